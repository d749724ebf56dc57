import { describe, expect, it } from 'vitest';
import { findArabicDates } from '../../../src/arabic/dates/index.js';

const ref = { reference: '2021-12-18' };

describe('findArabicDates', () => {
  it('finds every date of an article in order, with offsets into the original text', () => {
    const text =
      'الرباط – أعلنت المديرية العامة للأمن الوطني، يوم الخميس 16 دجنبر 2021، عن تفكيك خلية. ' +
      'وتأتي العملية بعد تفكيك خلية في الثالث من نونبر الماضي، كما أعلنت منذ عام 2002 عن تفكيك أكثر من مئتي خلية. ' +
      'وشارك المغرب في اجتماع لاهاي من 28 إلى 30 سبتمبر 2021. وقال مسؤول أمس إن الاجتماع المقبل في ماي 2022.';
    const found = findArabicDates(text, ref);
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['الخميس 16 دجنبر 2021', '2021-12-16'],
      ['الثالث من نونبر الماضي', '2021-11-03'],
      ['عام 2002', '2002'],
      ['من 28 إلى 30 سبتمبر 2021', '2021-09-28/2021-09-30'],
      ['أمس', '2021-12-17'],
      ['ماي 2022', '2022-05'],
    ]);
    for (const d of found) expect(text.slice(d.index, d.endIndex)).toBe(d.text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.index).toBeGreaterThanOrEqual(found[i - 1]!.endIndex);
  });

  it('counts bidi marks and tatweel in the offsets', () => {
    const text = '\u200F\u202Bفي ١٨\u200F/١٢\u200F/٢٠٢١ وفي 3 آذار\u0640 2022\u202C'; // RLM, RLE, PDF, tatweel
    const found = findArabicDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2021-12-18', '2022-03-03']);
    expect(found[0]?.text).toBe('١٨\u200F/١٢\u200F/٢٠٢١');
    expect(found[0]?.index).toBe(5);
    for (const d of found) expect(text.slice(d.index, d.endIndex)).toBe(d.text);
  });

  it('skips expressions that cannot be resolved', () => {
    expect(findArabicDates('أمس وفي 31 فبراير 2021 ثم 3 مارس 2022').map((d) => d.iso)).toEqual(['2022-03-03']);
  });

  it('finds nothing in text without dates', () => {
    expect(findArabicDates('مارس الضغط على الحكومة في الساعة 10 وسجلت 2019 حالة', ref)).toEqual([]);
    expect(findArabicDates('')).toEqual([]);
  });

  it('scans 1 MB of near-miss text in linear time', () => {
    const unit = 'مارس 31 فبراير كانون من 3 إلى الساعة 10 القرار 2254/2015 12-34-56 الحادي والثلاثين من ذو ربيع منذ قبل ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const t0 = performance.now();
    const found = findArabicDates(big, ref);
    const ms = performance.now() - t0;
    console.log(`findArabicDates on 1 MB of near-miss text: ${ms.toFixed(0)} ms, ${found.length} dates`);
    expect(found).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });

  it('scans 1 MB of date-dense text in linear time', () => {
    const unit = 'وفي 18 ديسمبر 2021 ثم من 3 إلى 5 آذار 2022 و15 رمضان 1443 هـ أمس، ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const t0 = performance.now();
    const found = findArabicDates(big, ref);
    const ms = performance.now() - t0;
    console.log(`findArabicDates on 1 MB of date-dense text: ${ms.toFixed(0)} ms, ${found.length} dates`);
    expect(found.length).toBeGreaterThan(50_000);
    expect(ms).toBeLessThan(10000);
  });
});
