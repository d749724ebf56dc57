import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  intervalContains,
  intervalsOverlap,
  InvalidPartialDateError,
  partialDateBounds,
} from '../../../src/schemas/index.js';

describe('partialDateBounds', () => {
  it('covers a year, a month and a day', () => {
    expect(partialDateBounds('2021')).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(partialDateBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(partialDateBounds('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(partialDateBounds('1900-02')).toEqual({ first: '1900-02-01', last: '1900-02-28' });
    expect(partialDateBounds('2000-02')).toEqual({ first: '2000-02-01', last: '2000-02-29' });
    expect(partialDateBounds('2021-04')).toEqual({ first: '2021-04-01', last: '2021-04-30' });
    expect(partialDateBounds('2021-12')).toEqual({ first: '2021-12-01', last: '2021-12-31' });
    expect(partialDateBounds('2011-09-22')).toEqual({ first: '2011-09-22', last: '2011-09-22' });
  });

  it('reads a date-time as the day written in it', () => {
    expect(partialDateBounds('2024-03-05T23:30-05:00')).toEqual({ first: '2024-03-05', last: '2024-03-05' });
  });

  it('reads a Date as its local calendar day', () => {
    expect(partialDateBounds(new Date(2021, 2, 5, 23, 59))).toEqual({ first: '2021-03-05', last: '2021-03-05' });
  });

  it('throws a typed error on invalid input', () => {
    for (const bad of ['2021-02-29', '2021-13', 'yesterday', '', '2021-1']) {
      expect(() => partialDateBounds(bad)).toThrow(InvalidPartialDateError);
    }
    expect(() => partialDateBounds(new Date(Number.NaN))).toThrow(InvalidPartialDateError);
    expect(() => partialDateBounds(new Date(Date.UTC(20000, 0, 1)))).toThrow(InvalidPartialDateError);
    expect(() => partialDateBounds(new Date(-70000000000000))).toThrow(InvalidPartialDateError);
    try {
      partialDateBounds('2021-13');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPartialDateError);
      expect((error as InvalidPartialDateError).code).toBe('invalid_partial_date');
      expect((error as InvalidPartialDateError).input).toBe('2021-13');
      expect((error as Error).message).toContain('2021-13');
      expect((error as Error).name).toBe('InvalidPartialDateError');
    }
  });
});

describe('comparePartialDates', () => {
  it('orders chronologically by first day, then by last day', () => {
    expect(comparePartialDates('2021-03', '2021-04-01')).toBe(-1);
    expect(comparePartialDates('2021-04-01', '2021-03')).toBe(1);
    expect(comparePartialDates('2021', '2021-01')).toBe(1);
    expect(comparePartialDates('2021-01', '2021')).toBe(-1);
    expect(comparePartialDates('2021', '2021')).toBe(0);
    expect(comparePartialDates('2021-03-05', '2021-03-05')).toBe(0);
    expect(['2022', '2021-06', '2021'].sort(comparePartialDates)).toEqual(['2021', '2021-06', '2022']);
  });

  it('compares two date-times as instants', () => {
    expect(comparePartialDates('2024-03-05T23:30-05:00', '2024-03-06T01:00+01:00')).toBe(1);
    expect(comparePartialDates('2024-03-06T00:00Z', '2024-03-06T01:00+01:00')).toBe(0);
    expect(comparePartialDates('2024-03-06T00:00Z', '2024-03-06T00:01Z')).toBe(-1);
  });

  it('compares a date-time with a date by the day written', () => {
    expect(comparePartialDates('2024-03-05T10:00Z', '2024-03')).toBe(1);
    expect(comparePartialDates('2024-03-05T10:00Z', '2024-03-05')).toBe(0);
  });

  it('accepts Date objects', () => {
    expect(comparePartialDates(new Date(2021, 0, 1), '2021')).toBe(-1);
  });
});

describe('intervalContains', () => {
  it('checks that every day of the date is inside the widest reading', () => {
    expect(intervalContains({ start: '2023-09', end: '2025' }, '2024-03-05')).toBe(true);
    expect(intervalContains({ start: '2023-09', end: '2025' }, '2023')).toBe(false);
    expect(intervalContains({ start: '2023-09', end: '2025' }, '2023-09')).toBe(true);
    expect(intervalContains({ start: '2023-09', end: '2025' }, '2025-12-31')).toBe(true);
    expect(intervalContains({ start: '2023-09', end: '2025' }, '2026')).toBe(false);
  });

  it('treats missing bounds as open whatever the status', () => {
    expect(intervalContains({ start: '2015-05' }, new Date(2026, 0, 1))).toBe(true);
    expect(intervalContains({ end: '2015', status: 'ended' }, '1990')).toBe(true);
    expect(intervalContains({}, '1990')).toBe(true);
  });

  it('accepts Date bounds and rejects invalid dates', () => {
    expect(intervalContains({ start: new Date(2020, 0, 1), end: new Date(2020, 11, 31) }, '2020-06')).toBe(true);
    expect(() => intervalContains({ start: '2020-13' }, '2020')).toThrow(InvalidPartialDateError);
  });
});

describe('intervalsOverlap', () => {
  it('detects shared days, handover days included', () => {
    expect(intervalsOverlap({ start: '2021', end: '2023' }, { start: '2023-06' })).toBe(true);
    expect(intervalsOverlap({ start: '2021', end: '2022' }, { start: '2023' })).toBe(false);
    expect(intervalsOverlap({ start: '2023' }, { start: '2021', end: '2022' })).toBe(false);
    expect(intervalsOverlap({ end: '2021-03' }, { start: '2021' })).toBe(true);
    expect(intervalsOverlap({ start: '2019-09-25', end: '2023-05-04' }, { start: '2023-05-04' })).toBe(true);
    expect(intervalsOverlap({}, {})).toBe(true);
  });
});
