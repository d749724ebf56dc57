import { describe, expect, it } from 'vitest';
import { inspectName } from '../../../src/arabic/names/index.js';

describe('inspectName', () => {
  it('is empty for clean names', () => {
    expect(inspectName('عبد اللطيف حموشي')).toEqual([]);
    expect(inspectName('Abdellatif Hammouchi')).toEqual([]);
    // ZWNJ in a Persian compound
    expect(inspectName('می\u200Cخواهم')).toEqual([]);
  });

  it('reports bidi controls with offsets', () => {
    const w = inspectName('عبد اللطيف\u200F حموشي');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'bidi-control', offset: 10, length: 1, text: '\u200F' });
  });

  it('reports invisible characters', () => {
    expect(inspectName('حم\u200Bوشي').map((w) => [w.code, w.offset])).toEqual([['invisible-character', 2]]);
    expect(inspectName('\uFEFFAli').map((w) => w.code)).toEqual(['invisible-character']);
    expect(inspectName('ا\u200Cب').map((w) => w.code)).toEqual(['invisible-character']);
  });

  it('reports mixed scripts in a word', () => {
    const w = inspectName('Hammouchiحموشي');
    expect(w.map((x) => [x.code, x.offset, x.length])).toEqual([['mixed-script', 0, 14]]);
  });

  it('reports presentation forms, merged when consecutive', () => {
    const w = inspectName('ﻋﺒﺪ الله');
    expect(w.map((x) => [x.code, x.offset, x.length])).toEqual([['presentation-form', 0, 3]]);
  });

  it('reports Cyrillic look-alikes', () => {
    // Cyrillic а (U+0430) inside a Latin word
    expect(inspectName('H\u0430mmouchi').map((x) => [x.code, x.offset])).toEqual([['confusable', 1]]);
    // A whole Cyrillic look-alike word in a Latin name
    expect(inspectName('\u0410li Hassan').map((x) => [x.code, x.offset])).toEqual([['confusable', 0]]);
    expect(inspectName('\u0421\u0430\u0440 Smith').map((x) => x.code)).toEqual([
      'confusable',
      'confusable',
      'confusable',
    ]);
  });

  it('reports irregular whitespace', () => {
    expect(inspectName(' Ali  Hassan\u00A0X').map((x) => [x.code, x.offset])).toEqual([
      ['irregular-whitespace', 0],
      ['irregular-whitespace', 5],
      ['irregular-whitespace', 12],
    ]);
  });

  it('is linear on a 1 MB string', () => {
    const big = 'H\u0430mmouchi \u200F'.repeat(100_000);
    const t0 = performance.now();
    const w = inspectName(big);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(w.length).toBeGreaterThan(100_000);
  });
});

describe('inspectName origin', () => {
  it('says which origin it takes a name for, as a non-enumerable property', () => {
    const r = inspectName('أنجيلا ميركل');
    expect(r.origin).toBe('foreign');
    expect(r).toEqual([]);
    expect(Object.keys(r)).toEqual([]);
    expect(JSON.stringify(r)).toBe('[]');
  });

  it('reads Arabic-script names', () => {
    for (const n of [
      'جورج بوش',
      'ماتيو سالفيني',
      'بوريس جونسون',
      'الرئيس الروسي فلاديمير بوتين',
      'فولوديمير زيلينسكي',
      'ڤيكتور أوربان',
    ])
      expect(inspectName(n).origin, n).toBe('foreign');
    for (const n of [
      'حسان دياب',
      'عبد اللطيف حموشي',
      'محمد بن سلمان آل سعود',
      'سمير ديلو',
      'إدريس جطو',
      'حسن نصر الله',
    ])
      expect(inspectName(n).origin, n).toBe('arabic');
  });

  it('finds foreign names by their sounds, not only by a listed spelling', () => {
    for (const n of [
      'أنغيلا ميركيل',
      'فرانك فالتر شتاينماير',
      'ميخائيل ميشوستين',
      'خوسيه مانويل ألباريس',
      'مولود جاويش أوغلو',
      'برنار كازنوف',
      'بيني غانتس', // تس inside a word
      'نيكوس ديندياس', // -وس
    ])
      expect(inspectName(n).origin, n).toBe('foreign');
    // Arab names that sound like a foreign one but do not write its vowels, or carry ة, the
    // article or a letter foreign names do not use
    for (const n of [
      'نجلاء بودن',
      'أشرف ريفي',
      'إميل لحود',
      'خميس الجهيناوي',
      'النعم ميارة',
      'مولود حمروش',
      'جبريل الرجوب',
    ])
      expect(inspectName(n).origin, n).toBe('arabic');
  });

  it('reads Latin names when the lexicons say something, else unknown', () => {
    expect(inspectName('Angela Merkel').origin).toBe('foreign');
    expect(inspectName('Abdellatif El Hammouchi').origin).toBe('arabic');
    expect(inspectName('Mohammed bin Salman').origin).toBe('arabic');
    expect(inspectName('Zyx Wvut').origin).toBe('unknown');
    expect(inspectName('').origin).toBe('unknown');
  });
});
