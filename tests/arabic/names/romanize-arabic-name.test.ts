import { describe, expect, it } from 'vitest';
import { romanizeArabicName } from '../../../src/arabic/names/index.js';

describe('romanizeArabicName', () => {
  it('romanizes in the three styles', () => {
    expect(romanizeArabicName('عبد اللطيف حموشي')).toBe('Abdellatif Hamouchi');
    expect(romanizeArabicName('عبد اللطيف حموشي', { style: 'mashreq' })).toBe('Abdul Latif Hamushi');
    expect(romanizeArabicName('عبد اللطيف حموشي', { style: 'ala-lc' })).toBe('ʻAbd al-Laṭīf Ḥamūshī');
  });

  it('uses the Maghrebi conventions: ou, ch, dj, fused Abd and Ben, -ine', () => {
    expect(romanizeArabicName('عبد الوافي لفتيت')).toBe('Abdelouafi Laftit');
    expect(romanizeArabicName('عبد المجيد تبون')).toBe('Abdelmadjid Taboune');
    expect(romanizeArabicName('عبد القادر بن صالح')).toBe('Abdelkader Bensaleh');
    expect(romanizeArabicName('عبد الرحمن اليوسفي')).toBe('Abderrahman El Yousfi');
    expect(romanizeArabicName('ياسين المنصوري')).toBe('Yassine El Mansouri');
  });

  it('uses the Mashreqi and ALA-LC conventions', () => {
    expect(romanizeArabicName('محمد بن سلمان آل سعود', { style: 'mashreq' })).toBe('Mohammed bin Salman Al Saud');
    expect(romanizeArabicName('محمد بن سلمان آل سعود', { style: 'ala-lc' })).toBe('Muḥammad bin Salmān Āl Saʻūd');
    expect(romanizeArabicName('نور الدين', { style: 'mashreq' })).toBe('Nur al-Din');
    expect(romanizeArabicName('ناصر بوريطة', { style: 'ala-lc' })).toBe('Nāṣir Būrīṭah');
  });

  it('writes regnal numbers as Roman numerals and drops honorifics', () => {
    expect(romanizeArabicName('الملك عبد الله الثاني بن الحسين', { style: 'mashreq' })).toBe('Abdullah II bin al-Hussein');
  });

  it('returns non-Arabic names normalized, and falls back to maghreb for an unknown style', () => {
    expect(romanizeArabicName('  Abdellatif   Hammouchi ')).toBe('Abdellatif Hammouchi');
    expect(romanizeArabicName('خالد', { style: 'klingon' as 'maghreb' })).toBe('Khalid');
    expect(romanizeArabicName('')).toBe('');
  });
});
