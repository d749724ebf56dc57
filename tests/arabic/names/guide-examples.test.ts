/**
 * Every example of docs/guides/arabic-names.md, run with the results the guide shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  inspectName,
  NAME_MATCH_THRESHOLD,
  nameKey,
  namesMatch,
  normalizeArabic,
  parseArabicName,
  romanizeArabicName,
  transliterate,
  untransliterate,
} from '../../../src/arabic/index.js';

describe('Arabic names guide examples', () => {
  it('folding', () => {
    expect(normalizeArabic('عَبْدُ اللَّطِيف\u200F  حـمـوشي')).toBe('عبد اللطيف حموشي');
    expect(normalizeArabic('إِسْماعِيل ١٢', { alef: true, digits: true })).toBe('اسماعيل 12');
    expect(nameKey('اللواء عبدُ اللطيف الحمّوشي')).toBe('عبداللطيف حموشي');
    expect(nameKey('Dr. Abd el-Latif El Hammouchi')).toBe('abdellatif hammouchi');
  });

  it('structure', () => {
    expect(parseArabicName('اللواء عبد اللطيف الحموشي')).toMatchObject({
      honorifics: ['اللواء'],
      given: 'عبد اللطيف',
      family: 'الحموشي',
      nisba: 'الحموشي',
      nasab: [],
    });
    expect(parseArabicName('وزير الداخلية عبد الوافي لفتيت')).toMatchObject({
      honorifics: ['وزير الداخلية'],
      given: 'عبد الوافي',
      family: 'لفتيت',
    });
    expect(parseArabicName('محمد بن سلمان بن عبد العزيز آل سعود')).toMatchObject({
      given: 'محمد',
      nasab: ['سلمان', 'عبد العزيز'],
      family: 'آل سعود',
    });
    expect(parseArabicName('Mohamed Ould Cheikh El Ghazouani')).toMatchObject({
      given: 'Mohamed',
      nasab: ['Cheikh'],
      family: 'El Ghazouani',
    });
    expect(parseArabicName('عبد الله الثاني بن الحسين')).toMatchObject({
      given: 'عبد الله',
      laqab: 'الثاني',
      ordinal: 2,
      nasab: ['الحسين'],
    });
  });

  it('romanization table and examples', () => {
    const table: Array<[string, string, string, string]> = [
      ['عبد اللطيف حموشي', 'Abdellatif Hammouchi', 'Abdul Latif Hammouchi', 'ʻAbd al-Laṭīf Ḥammūshī'],
      ['حسان دياب', 'Hassane Diab', 'Hassan Diab', 'Ḥassān Diyāb'],
      ['عبد القادر مساهل', 'Abdelkader Messahel', 'Abdul Qader Messahel', 'ʻAbd al-Qādir Masāhil'],
      ['عبد القادر بن صالح', 'Abdelkader Bensalah', 'Abdul Qader bin Saleh', 'ʻAbd al-Qādir bin Ṣāliḥ'],
      [
        'محمد بن سلمان آل سعود',
        'Mohamed Ben Salmane Al Saoud',
        'Mohammed bin Salman Al Saud',
        'Muḥammad bin Salmān Āl Saʻūd',
      ],
      ['نور الدين', 'Noureddine', 'Nour al-Din', 'Nūr al-Dīn'],
      ['ياسين المنصوري', 'Yassine Mansouri', 'Yassin al-Mansouri', 'Yāsīn al-Manṣūrī'],
      ['أنجيلا ميركل', 'Angela Merkel', 'Angela Merkel', 'Angela Merkel'],
    ];
    for (const [ar, maghreb, mashreq, alalc] of table) {
      expect(romanizeArabicName(ar)).toBe(maghreb);
      expect(romanizeArabicName(ar, { style: 'mashreq' })).toBe(mashreq);
      expect(romanizeArabicName(ar, { style: 'ala-lc' })).toBe(alalc);
    }
    expect(romanizeArabicName('أحمد الشرع')).toBe('Ahmed Charaa');
    expect(romanizeArabicName('أحمد الشرع', { known: ['Asaad al-Shaibani', 'Ahmed al-Sharaa'] })).toBe(
      'Ahmed al-Sharaa',
    );
    expect(inspectName('جورج بوش').origin).toBe('foreign');
    expect(inspectName('حسان دياب').origin).toBe('arabic');
    expect(transliterate('عبد اللطيف حموشي')).toBe('Ebd AllTyf Hmw$y');
    expect(untransliterate('Ebd AllTyf Hmw$y')).toBe('عبد اللطيف حموشي');
  });

  it('the before/after table shows what romanizeArabicName returns now', () => {
    const guide = readFileSync(new URL('../../../docs/guides/arabic-names.md', import.meta.url), 'utf8');
    const section = guide.slice(guide.indexOf('### Before and after'), guide.indexOf('### Foreign names'));
    const rows = [...section.matchAll(/^\| ([^|`]+) \| `(maghreb|mashreq|ala-lc)` \| [^|]+ \| ([^|]+) \|$/gmu)];
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const [, arabic, style, after] of rows) {
      expect(romanizeArabicName((arabic as string).trim(), { style: style as 'maghreb' })).toBe(
        (after as string).trim(),
      );
    }
  });

  it('the rules the guide names', () => {
    expect(romanizeArabicName('المنصوري')).toBe('Mansouri');
    expect(romanizeArabicName('العرباوي')).toBe('Larbaoui');
    expect(romanizeArabicName('راشد الغنوشي')).toBe('Rached Ghannouchi');
    expect(romanizeArabicName('حياة سالم')).toBe('Hayat Salem');
    expect(romanizeArabicName('عبد العزيز بوتفليقة')).toBe('Abdelaziz Bouteflika');
    expect(romanizeArabicName('ماريو كوستيلو')).toBe('Mario Kostilo');
    expect(romanizeArabicName('زياد حداد', { style: 'mashreq' })).toBe('Ziad Haddad');
  });

  it('scores', () => {
    expect(compareNames('عبد اللطيف حموشي', 'Abdul Latif Hamouchi')).toBe(1);
    expect(compareNames('أفريل هينز', 'Avril Haines')).toBeCloseTo(0.89, 2);
    expect(compareNames('حموشي', 'Abdellatif Hammouchi')).toBeCloseTo(0.81, 2);
    expect(compareNames('محمد', 'Mohammed bin Salman')).toBeCloseTo(0.53, 2);
    expect(compareNames('محمد بن سلمان', 'سلمان بن محمد')).toBeCloseTo(0.3, 5);
    expect(compareNames('Haines', 'Hines')).toBeCloseTo(0.51, 2);
    expect(compareNames('عمر', 'عمرو')).toBe(0);
    expect(namesMatch('كريستوفر راي', 'Christopher Wray')).toBe(true);
    expect(namesMatch('Bashar al-Assad', 'حافظ الأسد')).toBe(false);
    expect(NAME_MATCH_THRESHOLD).toBe(0.65);
  });

  it('warnings', () => {
    expect(inspectName('عبد اللطيف\u200F حموشي').map((w) => [w.code, w.offset])).toEqual([['bidi-control', 10]]);
    expect(inspectName('H\u0430mmouchi').map((w) => [w.code, w.offset])).toEqual([['confusable', 1]]);
    expect(inspectName('Abdellatif Hammouchi')).toEqual([]);
  });
});
