import { describe, expect, it } from 'vitest';
import { ArabicDateError, formatArabicDate, parseArabicDate } from '../../../src/arabic/dates/index.js';

describe('formatArabicDate', () => {
  it('writes each month family', () => {
    expect(formatArabicDate('2021-12-18')).toBe('18 ديسمبر 2021');
    expect(formatArabicDate('2021-12-18', { months: 'egypt' })).toBe('18 ديسمبر 2021');
    expect(formatArabicDate('2021-12-18', { months: 'maghreb' })).toBe('18 دجنبر 2021');
    expect(formatArabicDate('2021-08-04', { months: 'algeria-tunisia' })).toBe('4 أوت 2021');
    expect(formatArabicDate('2021-12-18', { months: 'levant' })).toBe('18 كانون الأول 2021');
    expect(formatArabicDate('2021-12-18', { months: 'dual' })).toBe('18 ديسمبر (كانون الأول) 2021');
  });

  it('writes Arabic-Indic digits', () => {
    expect(formatArabicDate('2021-12-18', { months: 'maghreb', digits: 'arabic' })).toBe('١٨ دجنبر ٢٠٢١');
  });

  it('keeps the precision of the input', () => {
    expect(formatArabicDate('2021-07', { months: 'maghreb' })).toBe('يوليوز 2021');
    expect(formatArabicDate('2021')).toBe('عام 2021');
    expect(formatArabicDate(new Date('2021-12-18T22:00:00Z'))).toBe('18 ديسمبر 2021');
  });

  it('writes the Hijri calendar', () => {
    expect(formatArabicDate('2022-04-16', { calendar: 'hijri' })).toBe('15 رمضان 1443 هـ');
    expect(formatArabicDate('2022-04-16', { calendar: 'hijri', digits: 'arabic' })).toBe('١٥ رمضان ١٤٤٣ هـ');
    expect(formatArabicDate({ year: 1444, month: 9 })).toBe('رمضان 1444 هـ');
    expect(formatArabicDate({ year: 1445 })).toBe('عام 1445 هـ');
    expect(formatArabicDate({ year: 1443, month: 9, day: 15 }, { calendar: 'gregorian', months: 'levant' })).toBe(
      '16 نيسان 2022',
    );
  });

  it('writes the weekday on request', () => {
    expect(formatArabicDate('2021-12-18', { weekday: true })).toBe('السبت 18 ديسمبر 2021');
    expect(formatArabicDate('2022-04-16', { weekday: true, calendar: 'hijri' })).toBe('السبت 15 رمضان 1443 هـ');
  });

  it('reads back what it writes', () => {
    for (const months of ['egypt', 'maghreb', 'algeria-tunisia', 'levant', 'dual'] as const) {
      expect(parseArabicDate(formatArabicDate('2020-02-29', { months })).iso).toBe('2020-02-29');
      expect(parseArabicDate(formatArabicDate('2020-02', { months })).iso).toBe('2020-02');
    }
    expect(parseArabicDate(formatArabicDate('2021')).iso).toBe('2021');
  });

  it('throws invalid_date on impossible input', () => {
    const bad: unknown[] = [
      '2021-02-30',
      '2021-13',
      '21',
      'x',
      new Date(Number.NaN),
      { year: 1444, month: 9, day: 30 },
      { year: 1444, day: 3 },
    ];
    for (const b of bad) {
      expect(() => formatArabicDate(b as string), String(b)).toThrow(ArabicDateError);
    }
    expect(() => formatArabicDate('2021-12', { calendar: 'hijri' })).toThrow(/no single Hijri/);
  });
});
