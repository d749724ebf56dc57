import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/arabic/text/index.js';

describe('normalizeArabic', () => {
  it('removes tashkeel, tatweel and bidi marks', () => {
    // fatha, sukun, damma, shadda, kasra; RLM; tatweel
    expect(normalizeArabic('عَبْدُ اللَّطِيف\u200F  حـمـوشي')).toBe('عبد اللطيف حموشي');
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
    // dagger alef U+0670
    expect(normalizeArabic('الرحمٰن')).toBe('الرحمن');
    // ALM U+061C, LRI U+2066, PDI U+2069
    expect(normalizeArabic('\u061C\u2066حموشي\u2069')).toBe('حموشي');
  });

  it('keeps letters by default and folds them only on request', () => {
    expect(normalizeArabic('أسامة مصطفى إبراهيم مسؤول هيئة')).toBe('أسامة مصطفى إبراهيم مسؤول هيئة');
    expect(normalizeArabic('أسامة', { alef: true })).toBe('اسامة');
    expect(normalizeArabic('إبراهيم آل ٱلله', { alef: true })).toBe('ابراهيم ال الله');
    expect(normalizeArabic('مصطفى', { alefMaqsura: true })).toBe('مصطفي');
    expect(normalizeArabic('أسامة', { taMarbuta: true })).toBe('أسامه');
    expect(normalizeArabic('مسؤول هيئة', { hamza: true })).toBe('مسوول هيية');
    expect(normalizeArabic('٢٠٢٢ و۱۴۰۱', { digits: true })).toBe('2022 و1401');
    expect(normalizeArabic('٢٠٢٢')).toBe('٢٠٢٢');
  });

  it('composes a decomposed hamza or madda', () => {
    expect(normalizeArabic('ا\u0654حمد')).toBe('أحمد');
    expect(normalizeArabic('ا\u0655سلام')).toBe('إسلام');
    expect(normalizeArabic('ا\u0653دم')).toBe('آدم');
    expect(normalizeArabic('ا\u0654حمد', { alef: true })).toBe('احمد');
  });

  it('folds presentation forms and Persian/Urdu variants', () => {
    expect(normalizeArabic('ﻻ ﷲ')).toBe('لا الله');
    expect(normalizeArabic('ﻋﺒﺪ')).toBe('عبد');
    expect(normalizeArabic('علی کریم')).toBe('علي كريم');
    // distinct consonants stay
    expect(normalizeArabic('ڤيكتور پاريس')).toBe('ڤيكتور پاريس');
  });

  it('keeps ZWNJ in Persian compounds and ZWJ in emoji, removes stray ones', () => {
    // ZWNJ U+200C after dual-joining ی
    expect(normalizeArabic('می\u200Cخواهم')).toBe('مي\u200Cخواهم');
    // ZWNJ after right-joining ا has no effect
    expect(normalizeArabic('ا\u200Cب')).toBe('اب');
    // ZWJ U+200D inside a family emoji
    expect(normalizeArabic('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
    expect(normalizeArabic('حم\u200Dوشي\u200B')).toBe('حموشي');
  });

  it('normalizes whitespace', () => {
    expect(normalizeArabic('  عبد\u00A0\u00A0اللطيف \r\n حموشي \n')).toBe('عبد اللطيف\nحموشي');
    expect(normalizeArabic('\u200F \u200F')).toBe('');
  });

  it('passes non-Arabic text through unchanged', () => {
    for (const s of ['Héllo Wörld', 'Привет мир', 'Ğüneş', '😀 🇲🇦', '12.5%', 'ﬁ']) expect(normalizeArabic(s)).toBe(s);
  });

  it('is total on lone surrogates and odd input', () => {
    expect(normalizeArabic('\uD800a\uDC00')).toBe('\uFFFDa\uFFFD');
    // Removing a mark or an invisible control between two halves must not fuse them into U+10000.
    expect(normalizeArabic('\uD800\uFEFF\uDC00')).toBe('\uFFFD\uFFFD');
    expect(normalizeArabic('\uD800\u064E\uDC00')).toBe('\uFFFD\uFFFD');
    expect(normalizeArabic('😀\u0640')).toBe('😀');
    expect(normalizeArabic('')).toBe('');
    expect(normalizeArabic(123 as unknown as string)).toBe('123');
  });

  it('runs in linear time on a 1 MB string', () => {
    const unit = 'عَبْدُ اللَّطِيف\u200F حـمـوشي ﻻ 👨\u200D👩 ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const out = normalizeArabic(big, { alef: true, digits: true });
    const ms = performance.now() - t0;
    expect(out.length).toBeGreaterThan(500_000);
    expect(ms).toBeLessThan(5_000);
    const worst = '\u200C'.repeat(500_000) + 'ب'.repeat(500_000);
    expect(normalizeArabic(worst)).toBe('ب'.repeat(500_000));
  });
});
