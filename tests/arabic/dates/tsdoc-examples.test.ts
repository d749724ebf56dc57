/** The @example blocks of the src/arabic/dates TSDoc, run with the results they show. */
import { describe, expect, it } from 'vitest';
import {
  ArabicDateError,
  findArabicDates,
  formatArabicDate,
  fromHijri,
  parseArabicDate,
  safeParseArabicDate,
  toHijri,
} from '../../../src/arabic/dates/index.js';

describe('TSDoc examples', () => {
  it('safeParseArabicDate', () => {
    const r = safeParseArabicDate('وفي 18 دجنبر 2021 أعلنت الوزارة');
    expect(r.success && r.data).toMatchObject({
      iso: '2021-12-18',
      precision: 'day',
      calendar: 'gregorian',
      text: '18 دجنبر 2021',
      index: 4,
      endIndex: 17,
    });
    const a = safeParseArabicDate('أمس');
    expect(a.success ? 'ok' : a.error.code).toBe('reference_required');
    const y = safeParseArabicDate('عام 2015');
    expect(y.success && y.data.iso).toBe('2015');
    expect(safeParseArabicDate('أمس', { reference: '2021-12-18' })).toMatchObject({
      success: true,
      data: { iso: '2021-12-17' },
    });
  });

  it('parseArabicDate', () => {
    expect(parseArabicDate('الثامن عشر من كانون الأول 2021').iso).toBe('2021-12-18');
    expect(parseArabicDate('منذ عامين', { reference: '2021-12-18' }).iso).toBe('2019');
    expect(() => parseArabicDate('31 فبراير 2021')).toThrow(ArabicDateError);
    expect(parseArabicDate('مارس 2021').precision).toBe('month');
    expect(parseArabicDate('15 رمضان 1443 هـ').calendar).toBe('hijri');
    expect(parseArabicDate('رمضان 1444').hijri).toEqual({ year: 1444, month: 9 });
    expect(parseArabicDate('السبت 18 ديسمبر 2021')).toEqual({
      iso: '2021-12-18',
      precision: 'day',
      calendar: 'gregorian',
      start: '2021-12-18',
      end: '2021-12-18',
      text: 'السبت 18 ديسمبر 2021',
      index: 0,
      endIndex: 20,
      relative: false,
      weekdayMismatch: false,
    });
    expect(parseArabicDate('من 3 إلى 5 مارس 2022').range?.to).toEqual({
      iso: '2022-03-05',
      precision: 'day',
      calendar: 'gregorian',
      start: '2022-03-05',
      end: '2022-03-05',
    });
  });

  it('findArabicDates', () => {
    expect(
      findArabicDates('اجتمع الوزراء أمس، وسيلتقون مجددا في 3 كانون الثاني 2022', { reference: '2021-12-18' }).map(
        (d) => d.iso,
      ),
    ).toEqual(['2021-12-17', '2022-01-03']);
  });

  it('formatArabicDate and the Hijri conversions', () => {
    expect(formatArabicDate('2021-12-18', { months: 'levant' })).toBe('18 كانون الأول 2021');
    expect(formatArabicDate('2021-12-18', { months: 'dual', digits: 'arabic' })).toBe('١٨ ديسمبر (كانون الأول) ٢٠٢١');
    expect(formatArabicDate('2022-04-16', { calendar: 'hijri' })).toBe('15 رمضان 1443 هـ');
    expect(formatArabicDate('2021-12-18', { months: 'maghreb', digits: 'arabic' })).toBe('١٨ دجنبر ٢٠٢١');
    expect(toHijri('2022-04-16')).toEqual({ year: 1443, month: 9, day: 15 });
    expect(fromHijri({ year: 1443, month: 9, day: 15 })).toBe('2022-04-16');
    expect(() => fromHijri({ year: 1444, month: 9, day: 30 })).toThrow(ArabicDateError);
  });
});
