import { describe, expect, it } from 'vitest';
import { inspectName, romanizeArabicName } from '../../../src/arabic/names/index.js';

describe('romanizeArabicName', () => {
  it('romanizes in the three styles', () => {
    expect(romanizeArabicName('عبد اللطيف حموشي')).toBe('Abdellatif Hammouchi');
    expect(romanizeArabicName('عبد اللطيف حموشي', { style: 'mashreq' })).toBe('Abdul Latif Hammouchi');
    expect(romanizeArabicName('عبد اللطيف حموشي', { style: 'ala-lc' })).toBe('ʻAbd al-Laṭīf Ḥammūshī');
  });

  it('uses the Maghrebi conventions: ou, ch, fused Abd and Ben, -ine / -ane, no article on a family name', () => {
    expect(romanizeArabicName('عبد الوافي لفتيت')).toBe('Abdelouafi Laftit');
    expect(romanizeArabicName('عبد المجيد تبون')).toBe('Abdelmadjid Tebboune');
    expect(romanizeArabicName('عبد القادر بن صالح')).toBe('Abdelkader Bensalah');
    expect(romanizeArabicName('ياسين المنصوري')).toBe('Yassine Mansouri');
    expect(romanizeArabicName('نذير العرباوي')).toBe('Nadir Larbaoui');
    expect(romanizeArabicName('محمد ولد الشيخ الغزواني')).toBe('Mohamed Ould Cheikh El Ghazouani');
  });

  it('assimilates the article to a sun letter in the Maghreb only', () => {
    expect(romanizeArabicName('عبد الرحمن')).toBe('Abderrahmane');
    expect(romanizeArabicName('عبد الرحمن', { style: 'mashreq' })).toBe('Abdulrahman');
    expect(romanizeArabicName('عبد الرحمن', { style: 'ala-lc' })).toBe('ʻAbd al-Raḥmān');
    expect(romanizeArabicName('عبد الستار')).toBe('Abdessatar');
    expect(romanizeArabicName('عبد الستار', { style: 'mashreq' })).toBe('Abdul Sattar');
  });

  it('reads unknown words with the patterns faʻʻāl, fāʻil, mafʻūl, CiyāC and the nisba', () => {
    expect(romanizeArabicName('خالد حداد', { style: 'mashreq' })).toBe('Khaled Haddad');
    expect(romanizeArabicName('زياد منصور', { style: 'mashreq' })).toBe('Ziad Mansour');
    expect(romanizeArabicName('سامر الطحطاوي', { style: 'mashreq' })).toBe('Samer al-Tahtawi');
    expect(romanizeArabicName('سامر الطحطاوي')).toBe('Samer Tahtaoui');
    expect(romanizeArabicName('علي الحنيطي', { style: 'mashreq' })).toBe('Ali al-Hunaiti');
    expect(romanizeArabicName('أيمن', { style: 'ala-lc' })).toBe('Ayman');
  });

  it('keeps the order of the text for middle names, nasab and family name', () => {
    expect(romanizeArabicName('أحمد عوض بن مبارك', { style: 'mashreq' })).toBe('Ahmed Awad bin Mubarak');
    expect(romanizeArabicName('محمد سالم ولد مرزوك')).toBe('Mohamed Salem Ould Marzouk');
  });

  it('uses the Mashreqi and ALA-LC conventions', () => {
    expect(romanizeArabicName('محمد بن سلمان آل سعود', { style: 'mashreq' })).toBe('Mohammed bin Salman Al Saud');
    expect(romanizeArabicName('محمد بن سلمان آل سعود', { style: 'ala-lc' })).toBe('Muḥammad bin Salmān Āl Saʻūd');
    expect(romanizeArabicName('نور الدين', { style: 'mashreq' })).toBe('Nour al-Din');
    expect(romanizeArabicName('ناصر بوريطة', { style: 'ala-lc' })).toBe('Nāṣir Būrīṭah');
  });

  it('writes regnal numbers as Roman numerals and drops honorifics', () => {
    expect(romanizeArabicName('الملك عبد الله الثاني بن الحسين', { style: 'mashreq' })).toBe(
      'Abdullah II bin al-Hussein',
    );
  });

  it('gives foreign names their own spelling, in every style, and a phonetic one otherwise', () => {
    for (const style of ['maghreb', 'mashreq', 'ala-lc'] as const) {
      expect(romanizeArabicName('أنجيلا ميركل', { style })).toBe('Angela Merkel');
      expect(romanizeArabicName('جورج بوش', { style })).toBe('George Bush');
      expect(romanizeArabicName('ماتيو سالفيني', { style })).toBe('Matteo Salvini');
      expect(romanizeArabicName('بوريس جونسون', { style })).toBe('Boris Johnson');
    }
    expect(romanizeArabicName('فولوديمير زيلينسكي')).toBe('Volodymyr Zelensky');
    expect(romanizeArabicName('ماريو كوستيلو')).toBe('Mario Kostilo'); // an unknown surname: phonetic
    expect(inspectName('ماريو كوستيلو').origin).toBe('foreign');
  });

  it('prefers a known Latin spelling of the same person', () => {
    expect(romanizeArabicName('عبد الوافي لفتيت', { style: 'ala-lc', known: ['Abdelouafi Laftit'] })).toBe(
      'Abdelouafi Laftit',
    );
    expect(romanizeArabicName('شكيب بنموسى', { known: new Set(['Nasser Bourita', 'Chakib Benmoussa']) })).toBe(
      'Chakib Benmoussa',
    );
    expect(romanizeArabicName('هشام المشيشي', { known: ['Hichem Mechichi'] })).toBe('Hichem Mechichi');
    expect(romanizeArabicName('المشيشي', { known: ['Hichem Mechichi'] })).toBe('Hichem Mechichi'); // a surname alone
    expect(romanizeArabicName('هشام جعيط', { known: ['Hichem Mechichi'] })).not.toBe('Hichem Mechichi');
    expect(romanizeArabicName('محمد', { known: ['Mohamed Benchaaboun'] })).toBe('Mohamed'); // a given name alone is not enough
    expect(romanizeArabicName('حسان دياب', { style: 'mashreq', known: [] })).toBe('Hassan Diab');
  });

  it('returns non-Arabic names normalized', () => {
    expect(romanizeArabicName('  Abdellatif   Hammouchi ')).toBe('Abdellatif Hammouchi');
    expect(romanizeArabicName('')).toBe('');
  });

  it('rejects bad options with a TypeError naming the allowed values', () => {
    const bad =
      (o: unknown): (() => string) =>
      () =>
        romanizeArabicName('خالد', o as { style: 'maghreb' });
    expect(bad({ style: 'english' })).toThrow(
      new TypeError("romanizeArabicName: options.style must be one of 'maghreb', 'mashreq', 'ala-lc', got 'english'"),
    );
    expect(bad({ style: 'klingon' })).toThrow(TypeError);
    expect(bad({ style: 3 })).toThrow(/must be one of 'maghreb', 'mashreq', 'ala-lc', got 3/u);
    expect(bad({ sytle: 'mashreq' })).toThrow(/unknown option 'sytle' \(allowed: 'style', 'known'\)/u);
    expect(bad('mashreq')).toThrow(/options must be an object/u);
    expect(bad({ known: 'Hassan Diab' })).toThrow(/options.known must be an iterable of strings/u);
    expect(bad({ known: 3 })).toThrow(TypeError);
    expect(bad(undefined)()).toBe('Khaled');
    expect(bad({})()).toBe('Khaled');
    expect(bad({ style: undefined })()).toBe('Khaled');
  });
});
