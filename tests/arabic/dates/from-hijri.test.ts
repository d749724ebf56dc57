import { describe, expect, it } from 'vitest';
import { ArabicDateError, fromHijri, toHijri } from '../../../src/arabic/dates/index.js';

function iso(days: number): string {
  return new Date(days * 86400000).toISOString().slice(0, 10);
}

describe('fromHijri', () => {
  it('converts Umm al-Qura days to Gregorian', () => {
    expect(fromHijri({ year: 1443, month: 9, day: 15 })).toBe('2022-04-16');
    expect(fromHijri({ year: 1445, month: 9, day: 30 })).toBe('2024-04-09');
    expect(fromHijri({ year: 1446, month: 1, day: 1 })).toBe('2024-07-07');
  });

  it('checks month lengths', () => {
    expect(() => fromHijri({ year: 1444, month: 9, day: 30 })).toThrow(ArabicDateError);
    expect(() => fromHijri({ year: 1444, month: 13, day: 1 })).toThrow(ArabicDateError);
    expect(() => fromHijri({ year: 1444, month: 1, day: 0 })).toThrow(ArabicDateError);
    expect(() => fromHijri({ year: 1444.5, month: 1, day: 1 })).toThrow(ArabicDateError);
  });

  it('inverts toHijri on every day of 1990–2040, and day 30 exists exactly when Intl has it', () => {
    const start = Date.UTC(1990, 0, 1) / 86400000;
    const end = Date.UTC(2040, 11, 31) / 86400000;
    let checked = 0;
    let lastMonth = '';
    for (let d = start; d <= end; d++) {
      const h = toHijri(iso(d));
      // Check every 5th day and every month's first and last days.
      const key = `${h.year}-${h.month}`;
      const next = toHijri(iso(d + 1));
      if (d % 5 === 0 || key !== lastMonth || next.month !== h.month) {
        expect(fromHijri(h)).toBe(iso(d));
        checked++;
      }
      if (next.month !== h.month && h.day === 29) {
        expect(() => fromHijri({ ...h, day: 30 })).toThrow(ArabicDateError);
      }
      lastMonth = key;
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
