/**
 * format → parse round trip for every date formatArabicDate accepts: Gregorian years 1–9999 at
 * every precision, Hijri output back to the Hijri epoch, Hijri fields in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArabicDateError, formatArabicDate, parseArabicDate, toHijri } from '../../../src/arabic/dates/index.js';
import type { ArabicMonthFamily } from '../../../src/arabic/dates/index.js';

const MIN_DAY = -719162; // 0001-01-01
const MAX_DAY = 2932896; // 9999-12-31
const HIJRI_EPOCH = -492148; // 0622-07-19, 1 محرم 1 AH (Umm al-Qura as Intl extends it)

const iso = (d: number): string => {
  const t = new Date(0);
  t.setUTCFullYear(1970, 0, 1 + d);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
};
const day = fc.oneof(
  fc.integer({ min: MIN_DAY, max: MAX_DAY }),
  fc.integer({ min: MIN_DAY, max: -600000 }), // the first centuries: 1-, 2- and 3-digit years
  fc.integer({ min: HIJRI_EPOCH - 400, max: HIJRI_EPOCH + 400 }),
);
const family = fc.constantFrom<ArabicMonthFamily>('egypt', 'maghreb', 'algeria-tunisia', 'levant', 'dual');
const digits = fc.constantFrom<'latin' | 'arabic'>('latin', 'arabic');

describe('format → parse round trip (property)', () => {
  it('the Hijri epoch is where the constants say', () => {
    expect(iso(HIJRI_EPOCH)).toBe('0622-07-19');
    expect(toHijri('0622-07-19')).toEqual({ year: 1, month: 1, day: 1 });
    expect(iso(MIN_DAY)).toBe('0001-01-01');
    expect(iso(MAX_DAY)).toBe('9999-12-31');
  });

  it('a Gregorian day, month or year of years 1–9999 reads back', () => {
    fc.assert(
      fc.property(day, family, digits, fc.boolean(), fc.constantFrom(10, 7, 4), (d, months, dg, weekday, len) => {
        const value = iso(d).slice(0, len);
        const text = formatArabicDate(value, { months, digits: dg, weekday });
        const r = parseArabicDate(text);
        expect(r.iso, text).toBe(value);
        expect(r.calendar).toBe('gregorian');
        expect(r.weekdayMismatch).toBe(false);
        expect(r.text).toBe(text);
      }),
      { numRuns: 4000 },
    );
  });

  it('a day in the Hijri calendar reads back from the epoch on; before it, before_hijri_epoch', () => {
    fc.assert(
      fc.property(day, digits, fc.boolean(), (d, dg, weekday) => {
        const value = iso(d);
        if (d < HIJRI_EPOCH) {
          expect(() => formatArabicDate(value, { calendar: 'hijri' })).toThrow(
            expect.objectContaining({ code: 'before_hijri_epoch' }) as Error,
          );
          expect(() => toHijri(value)).toThrow(ArabicDateError);
          return;
        }
        const text = formatArabicDate(value, { calendar: 'hijri', digits: dg, weekday });
        const r = parseArabicDate(text);
        expect(r.iso, text).toBe(value);
        expect(r.calendar).toBe('hijri');
        expect(r.hijri).toEqual(toHijri(value));
        expect(r.weekdayMismatch).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('Hijri fields read back, or the formatter refuses them', () => {
    const fields = fc.record(
      {
        year: fc.oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9667 })),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 30 }),
      },
      { requiredKeys: ['year'] },
    );
    fc.assert(
      fc.property(fields, digits, (h, dg) => {
        if (h.day !== undefined && h.month === undefined) return;
        let text: string;
        try {
          text = formatArabicDate(h, { digits: dg });
        } catch (e) {
          expect((e as ArabicDateError).code).toBe('invalid_date'); // day 30 of a 29-day month, or past 9999 CE
          return;
        }
        const r = parseArabicDate(text);
        expect(r.hijri, text).toEqual(h);
        expect(r.calendar).toBe('hijri');
      }),
      { numRuns: 3000 },
    );
  });

  it('the reported cases', () => {
    expect(formatArabicDate('0686-01-06')).toBe('6 يناير 686 م');
    expect(parseArabicDate('6 يناير 686').iso).toBe('0686-01-06');
    expect(parseArabicDate('6 يناير 686 م').iso).toBe('0686-01-06');
    expect(parseArabicDate('18 رمضان 963 هـ').hijri).toEqual({ year: 963, month: 9, day: 18 });
    expect(formatArabicDate('0500-03-01', { months: 'levant' })).toBe('1 آذار 500 م');
    expect(() => formatArabicDate('0500-03-01', { calendar: 'hijri' })).toThrow(
      expect.objectContaining({ code: 'before_hijri_epoch' }) as Error,
    );
  });
});
