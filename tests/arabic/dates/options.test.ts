/** Run-time checks of the options of the date functions, for JavaScript callers. */
import { describe, expect, it } from 'vitest';
import {
  findArabicDates,
  formatArabicDate,
  parseArabicDate,
  safeParseArabicDate,
} from '../../../src/arabic/dates/index.js';

// JavaScript callers are not held back by the types: these calls go through `unknown`.
const loose = <F extends (...args: never[]) => unknown>(f: F) => f as unknown as (...args: unknown[]) => unknown;

describe('options of the date functions', () => {
  const readers = [
    ['safeParseArabicDate', loose(safeParseArabicDate)],
    ['parseArabicDate', loose(parseArabicDate)],
    ['findArabicDates', loose(findArabicDates)],
  ] as const;

  for (const [name, fn] of readers) {
    it(`${name}: an unknown option is a TypeError naming the allowed ones`, () => {
      expect(() => fn('18 ديسمبر 2021', { refrence: '2021-12-18' })).toThrow(
        new TypeError(`${name}: unknown option 'refrence' (allowed: 'reference')`),
      );
    });
    it(`${name}: options that are not an object, and a reference of the wrong type, are TypeErrors`, () => {
      expect(() => fn('18 ديسمبر 2021', '2021-12-18')).toThrow(
        new TypeError(`${name}: options must be an object, got '2021-12-18'`),
      );
      expect(() => fn('18 ديسمبر 2021', { reference: 20211218 })).toThrow(
        new TypeError(`${name}: options.reference must be a 'YYYY-MM-DD' string or a Date, got a number`),
      );
      expect(() => fn('18 ديسمبر 2021', { reference: null })).toThrow(TypeError);
    });
    it(`${name}: a reference that is not a real day is a RangeError; undefined options are fine`, () => {
      expect(() => fn('أمس', { reference: '2021-02-30' })).toThrow(RangeError);
      expect(() => fn('أمس', { reference: new Date(Number.NaN) })).toThrow(RangeError);
      expect(() => fn('18 ديسمبر 2021', undefined)).not.toThrow();
      expect(() => fn('18 ديسمبر 2021', { reference: undefined })).not.toThrow();
      expect(() => fn('18 ديسمبر 2021', null)).not.toThrow();
    });
  }

  it('formatArabicDate: every option is checked, naming the allowed values', () => {
    const f = loose(formatArabicDate);
    expect(() => f('2021-12-18', { month: 'levant' })).toThrow(
      new TypeError("formatArabicDate: unknown option 'month' (allowed: 'months', 'digits', 'calendar', 'weekday')"),
    );
    expect(() => f('2021-12-18', { months: 'gulf' })).toThrow(
      new TypeError(
        "formatArabicDate: options.months must be one of 'egypt', 'maghreb', 'algeria-tunisia', 'levant', 'dual', got 'gulf'",
      ),
    );
    expect(() => f('2021-12-18', { digits: 'indic' })).toThrow(
      new TypeError("formatArabicDate: options.digits must be one of 'latin', 'arabic', got 'indic'"),
    );
    expect(() => f('2021-12-18', { calendar: 'islamic' })).toThrow(
      new TypeError("formatArabicDate: options.calendar must be one of 'gregorian', 'hijri', got 'islamic'"),
    );
    expect(() => f('2021-12-18', { weekday: 1 })).toThrow(
      new TypeError('formatArabicDate: options.weekday must be true or false, got 1'),
    );
    expect(() => f('2021-12-18', [])).toThrow(
      new TypeError('formatArabicDate: options must be an object, got an array'),
    );
    expect(f('2021-12-18', { months: 'levant', digits: 'arabic', calendar: 'gregorian', weekday: false })).toBe(
      '١٨ كانون الأول ٢٠٢١',
    );
  });
});
