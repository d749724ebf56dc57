import { describe, expect, it } from 'vitest';
import { ArabicDateError, toHijri } from '../../../src/arabic/dates/index.js';

describe('toHijri', () => {
  it('converts Gregorian days to Umm al-Qura', () => {
    expect(toHijri('2022-04-16')).toEqual({ year: 1443, month: 9, day: 15 });
    expect(toHijri('2023-07-19')).toEqual({ year: 1445, month: 1, day: 1 });
    expect(toHijri(new Date('2024-06-15T18:00:00Z'))).toEqual({ year: 1445, month: 12, day: 9 });
  });

  it('rejects invalid input', () => {
    expect(() => toHijri('2021-02-29')).toThrow(ArabicDateError);
    expect(() => toHijri(new Date(Number.NaN))).toThrow(ArabicDateError);
  });
});
