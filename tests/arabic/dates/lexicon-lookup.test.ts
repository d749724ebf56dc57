import { describe, expect, it, vi } from 'vitest';
import { safeParseArabicDate } from '../../../src/arabic/dates/index.js';
import { foldString } from '../../../src/arabic/dates/_lib/fold.js';
import { hashStep, loadLexicon, mayKnow } from '../../../src/arabic/dates/_lib/lexicon.js';

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

// Before any table probe, the tokenizer asks a filter over the hashes of every spelling it can
// look up (each key, behind و/ف, ب/ل/ك or both, and with لل for ال): a word the filter rejects is
// unknown without a probe, so the filter must admit every such spelling.
describe('the lexicon filter', () => {
  loadLexicon();
  const hashOf = (word: string): number => {
    let h = 0;
    for (const c of foldString(word)) h = hashStep(h, c.charCodeAt(0));
    return h;
  };

  it('admits every key, whole and behind each clitic the tokenizer strips', () => {
    const keys = [
      'العام',
      'السنة',
      'الشهر',
      'الأمس',
      'من',
      'منذ',
      'بين',
      'كانون',
      'ذي',
      'يناير',
      'دجنبر',
      'رمضان',
      'الماضي',
    ];
    const spellings = keys.flatMap((k) => ['', 'و', 'ف'].flatMap((p) => ['', 'ب', 'ل', 'ك'].map((q) => p + q + k)));
    for (const k of keys) if (k.startsWith('ال')) for (const p of ['', 'و', 'ف']) spellings.push(`${p}لل${k.slice(2)}`);
    expect(spellings.filter((w) => !mayKnow(hashOf(w)))).toEqual([]);
  });

  it('rejects most words it does not know', () => {
    const words =
      'أعلنت المديرية العامة للأمن الوطني عن تفكيك خلية إرهابية تتكون أربعة عناصر ينشطون بمدن طنجة وتطوان والدار البيضاء وذلك إطار عملية أمنية مشتركة المكتب المركزي للأبحاث القضائية'.split(
        ' ',
      );
    const admitted = words.filter((w) => mayKnow(hashOf(w)));
    expect(admitted.length).toBeLessThan(words.length / 4);
  });
});

// The lexicon is built on first use: importing the date functions does no work.
describe('the lexicon at import', () => {
  it('is built by the first scan, not before', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/arabic/dates/_lib/lexicon.js');
    const w = foldString('يناير');
    let h = 0;
    for (const c of w) h = hashStep(h, c.charCodeAt(0));
    expect(fresh.mayKnow(h)).toBe(false); // the filter is empty until the lexicon is built
    const dates = await import('../../../src/arabic/dates/index.js');
    expect(dates.findArabicDates('في 3 يناير 2022')).toHaveLength(1);
    expect(fresh.mayKnow(h)).toBe(true);
  });
});
