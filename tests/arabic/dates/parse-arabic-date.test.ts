import { describe, expect, it } from 'vitest';
import { ArabicDateError, parseArabicDate, safeParseArabicDate } from '../../../src/arabic/dates/index.js';

const ref = { reference: '2021-12-18' };

describe('parseArabicDate', () => {
  it('returns every field of a day', () => {
    const d = parseArabicDate('أعلنت الوزارة يوم السبت 18 ديسمبر 2021 عن');
    expect(d).toEqual({
      iso: '2021-12-18',
      precision: 'day',
      calendar: 'gregorian',
      start: '2021-12-18',
      end: '2021-12-18',
      text: 'السبت 18 ديسمبر 2021',
      index: 18,
      endIndex: 38,
      relative: false,
      weekdayMismatch: false,
    });
  });

  it('gives month and year intervals', () => {
    expect(parseArabicDate('فبراير 2020')).toMatchObject({
      iso: '2020-02',
      precision: 'month',
      start: '2020-02-01',
      end: '2020-02-29',
    });
    expect(parseArabicDate('عام 2021')).toMatchObject({
      iso: '2021',
      precision: 'year',
      start: '2021-01-01',
      end: '2021-12-31',
    });
  });

  it('returns a Hijri month as the Gregorian interval it covers', () => {
    const d = parseArabicDate('رمضان 1444');
    expect(d).toMatchObject({
      iso: '2023-03-23/2023-04-20',
      precision: 'month',
      calendar: 'hijri',
      hijri: { year: 1444, month: 9 },
    });
    expect(d.hijri).toEqual({ year: 1444, month: 9 });
    expect(parseArabicDate('عام 1445 هـ').hijri).toEqual({ year: 1445 });
    expect(parseArabicDate('15 رمضان 1443 هـ').hijri).toEqual({ year: 1443, month: 9, day: 15 });
  });

  it('reads a Hijri date with its Gregorian equivalent as one expression', () => {
    const d = parseArabicDate('صدر في 15 رمضان 1443 هـ الموافق 16 أبريل 2022 م بالرياض');
    expect(d.text).toBe('15 رمضان 1443 هـ الموافق 16 أبريل 2022 م');
    expect(d).toMatchObject({ iso: '2022-04-16', calendar: 'hijri', hijri: { year: 1443, month: 9, day: 15 } });
  });

  it('describes ranges with both ends', () => {
    const d = parseArabicDate('من 28 ديسمبر إلى 3 يناير 2022');
    expect(d.iso).toBe('2021-12-28/2022-01-03');
    expect(d.start).toBe('2021-12-28');
    expect(d.end).toBe('2022-01-03');
    expect(d.range?.from).toEqual({
      iso: '2021-12-28',
      precision: 'day',
      calendar: 'gregorian',
      start: '2021-12-28',
      end: '2021-12-28',
    });
    expect(d.range?.to.iso).toBe('2022-01-03');
    const h = parseArabicDate('من رمضان إلى شوال 1444');
    expect(h.iso).toBe('2023-03-23/2023-05-20');
    expect(h.range?.from.hijri).toEqual({ year: 1444, month: 9 });
  });

  it('sets part for مطلع/منتصف/أواخر', () => {
    expect(parseArabicDate('مطلع 2021').part).toBe('early');
    expect(parseArabicDate('منتصف مارس 2021').part).toBe('mid');
    expect(parseArabicDate('أواخر العام الماضي', ref)).toMatchObject({ iso: '2020', part: 'late', relative: true });
    expect(parseArabicDate('مارس 2021').part).toBeUndefined();
  });

  it('flags a weekday that contradicts the date and keeps the date', () => {
    expect(parseArabicDate('الخميس 18 ديسمبر 2021')).toMatchObject({ iso: '2021-12-18', weekdayMismatch: true });
    expect(parseArabicDate('السبت 18 ديسمبر 2021').weekdayMismatch).toBe(false);
  });

  it('resolves relative forms against the reference (string or Date)', () => {
    expect(parseArabicDate('أمس', ref)).toMatchObject({ iso: '2021-12-17', relative: true });
    expect(parseArabicDate('أمس', { reference: new Date('2021-12-18T23:30:00Z') }).iso).toBe('2021-12-17');
    expect(parseArabicDate('الأحد المقبل', ref).iso).toBe('2021-12-19');
    expect(parseArabicDate('الأحد الماضي', ref).iso).toBe('2021-12-12');
    expect(parseArabicDate('الخميس', ref).iso).toBe('2021-12-16');
    expect(parseArabicDate('مارس المقبل', ref).iso).toBe('2022-03');
    expect(parseArabicDate('ديسمبر الماضي', ref).iso).toBe('2020-12');
    expect(parseArabicDate('18 ديسمبر', ref)).toMatchObject({ iso: '2021-12-18', relative: true });
    expect(parseArabicDate('عام 2015', ref).relative).toBe(false);
  });

  it('takes the reference Hijri year for a Hijri month without a year', () => {
    // 2021-12-18 is 14 جمادى الأولى 1443.
    expect(parseArabicDate('في شهر رمضان', ref).iso).toBe('2022-04-02/2022-05-01');
    expect(parseArabicDate('15 شعبان', ref).hijri).toEqual({ year: 1443, month: 8, day: 15 });
  });

  it('throws ArabicDateError with a stable code', () => {
    const codes: [string, string][] = [
      ['لا تاريخ هنا', 'no_date'],
      ['', 'no_date'],
      ['31 فبراير 2021', 'invalid_date'],
      ['30 رمضان 1444', 'invalid_date'],
      ['أمس', 'reference_required'],
      ['فبراير (آذار) 2021', 'conflicting_months'],
    ];
    for (const [text, code] of codes) {
      let err: unknown;
      try {
        parseArabicDate(text);
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(ArabicDateError);
      expect((err as ArabicDateError).code, text).toBe(code);
      expect((err as ArabicDateError).name).toBe('ArabicDateError');
    }
  });

  it('reports where a failing expression is', () => {
    const r = safeParseArabicDate('قيل إن 31 فبراير 2021 موعد');
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error).toMatchObject({ code: 'invalid_date', text: '31 فبراير 2021', index: 7, endIndex: 21 });
    const n = safeParseArabicDate('لا شيء');
    if (!n.success) expect(n.error).toMatchObject({ code: 'no_date', text: '', index: -1, endIndex: -1 });
  });

  it('returns the first expression even when a later one is valid', () => {
    const r = safeParseArabicDate('أمس، وفي 3 مارس 2022');
    expect(r.success ? r.data.iso : r.error.code).toBe('reference_required');
  });

  it('rejects an invalid reference with RangeError', () => {
    expect(() => parseArabicDate('أمس', { reference: '2021-02-30' })).toThrow(RangeError);
    expect(() => parseArabicDate('أمس', { reference: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => parseArabicDate('أمس', { reference: 'yesterday' })).toThrow(RangeError);
  });

  it('returns no_date for non-string input', () => {
    const r = safeParseArabicDate(42 as unknown as string);
    expect(r.success).toBe(false);
  });

  it('keeps offsets into the original text across invisible marks', () => {
    const text = 'في \u200F18 ديســـمبر\u200F 2021\u200F، قال'; // RLM marks and tatweel (U+0640) inside
    const d = parseArabicDate(text);
    expect(d.iso).toBe('2021-12-18');
    expect(d.text).toBe(text.slice(d.index, d.endIndex));
    expect(d.text.startsWith('18')).toBe(true);
    expect(d.text.endsWith('2021\u200F')).toBe(true);
  });

  it('excludes clitics and prefixes from the matched text but keeps الـ', () => {
    expect(parseArabicDate('وفي 18 ديسمبر 2021').text).toBe('18 ديسمبر 2021');
    expect(parseArabicDate('ومارس 2021').text).toBe('مارس 2021');
    expect(parseArabicDate('في الـ18 من ديسمبر 2021').text).toBe('الـ18 من ديسمبر 2021');
    expect(parseArabicDate('مقارنة بـ2019').text).toBe('2019');
  });
});
