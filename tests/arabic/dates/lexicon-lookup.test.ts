import { describe, expect, it } from 'vitest';
import { safeParseArabicDate } from '../../../src/arabic/dates/index.js';

// Words reach the lexicon through its hash table, whole or after stripping the clitics و/ف then
// ب/ل/ك, and لل → ال; the expression's text starts after the stripped clitic.
const CASES: readonly (readonly [string, string, string])[] = [
  ['وفي 18 دجنبر 2021 أعلنت', '2021-12-18', '18 دجنبر 2021'],
  ['وبين 3 و5 مارس 2022', '2022-03-03/2022-03-05', 'بين 3 و5 مارس 2022'],
  ['وللسنة الماضية', '2020', 'لسنة الماضية'],
  ['للشهر المقبل', '2022-01', 'لشهر المقبل'],
  ['فمنذ عامين', '2019', 'منذ عامين'],
  ['وبالأمس الخميس', '2021-12-17', 'الأمس الخميس'],
  ['بالعام الماضي', '2020', 'العام الماضي'],
  ['كالعام الماضي', '2020', 'العام الماضي'],
  ['وكانون الثاني 2022', '2022-01', 'كانون الثاني 2022'],
  ['في كانون الثانى 2022', '2022-01', 'كانون الثانى 2022'],
  ['ربيع الآخرة 1443', '2021-11-06/2021-12-04', 'ربيع الآخرة 1443'],
  ['مقارنة بـ2019', '2019', '2019'],
  ['مقارنة ب 2019', '2019', '2019'],
  ['أمس الأول', '2021-12-16', 'أمس الأول'],
  ['بالـ18 من الشهر الجاري', '2021-12-18', 'الـ18 من الشهر الجاري'],
  ['وللمصالح الأمنية في 3 مارس 2022', '2022-03-03', '3 مارس 2022'],
  ['والأحد 19 ديسمبر 2021', '2021-12-19', 'الأحد 19 ديسمبر 2021'],
  ['فلذي الحجة 1443 هـ', '2022-06-30/2022-07-29', 'ذي الحجة 1443 هـ'],
];

describe('lexicon lookups with clitics', () => {
  it.each(CASES)('%s → %s', (input, iso, text) => {
    const r = safeParseArabicDate(input, { reference: '2021-12-18' });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.iso).toBe(iso);
    expect(r.data.text).toBe(text);
    expect(input.slice(r.data.index, r.data.endIndex)).toBe(text);
  });

  it('does not read a word that only looks like a lexicon word', () => {
    expect(safeParseArabicDate('ومارسوا 2022', { reference: '2021-12-18' }).success).toBe(false);
    expect(safeParseArabicDate('المصالح 2022', { reference: '2021-12-18' }).success).toBe(false);
  });
});
