import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHijriConverter, IntlHijriConverter } from '../../../src/arabic/dates/_lib/hijri-converter.js';
import {
  HIJRI_TABLE_EPOCH,
  HIJRI_TABLE_FIRST_YEAR,
  HIJRI_TABLE_LAST_YEAR,
} from '../../../src/arabic/dates/_lib/hijri-table.js';
import { fromHijri, toHijri } from '../../../src/arabic/dates/index.js';
import { buildHijriTable, HIJRI_TABLE_PATH, renderHijriTableModule } from '../../../scripts/generate-hijri-table.js';

const intl = new IntlHijriConverter();
const table = createHijriConverter();

describe('Umm al-Qura month-length table', () => {
  it('is up to date: regenerating it from Intl gives the committed file', () => {
    expect(renderHijriTableModule(buildHijriTable())).toBe(readFileSync(HIJRI_TABLE_PATH, 'utf8'));
  });

  it('starts on 1 Muharram 1300 (1882-11-12)', () => {
    expect(HIJRI_TABLE_EPOCH).toBe(Date.UTC(1882, 10, 12) / 86400000);
    expect(intl.toHijri(HIJRI_TABLE_EPOCH)).toEqual([1300, 1, 1]);
    expect(intl.toHijri(HIJRI_TABLE_EPOCH - 1)[0]).toBe(1299);
  });

  it('agrees with Intl on every day of 1300–1600 AH, both ways, and a year either side', () => {
    const first = intl.fromHijri(HIJRI_TABLE_FIRST_YEAR - 1, 1, 1) ?? Number.NaN;
    const last = (intl.fromHijri(HIJRI_TABLE_LAST_YEAR + 2, 1, 1) ?? Number.NaN) - 1;
    expect(last - first).toBeGreaterThan(300 * 354);
    let mismatches = 0;
    let days = 0;
    for (let day = first; day <= last; day++) {
      const h = intl.toHijri(day);
      const t = table.toHijri(day);
      if (h[0] !== t[0] || h[1] !== t[1] || h[2] !== t[2]) mismatches++;
      if (table.fromHijri(h[0], h[1], h[2]) !== day) mismatches++;
      days++;
    }
    expect(days).toBe(last - first + 1);
    expect(mismatches).toBe(0);
  });

  it('knows which months have 30 days exactly as Intl does', () => {
    let mismatches = 0;
    for (let y = HIJRI_TABLE_FIRST_YEAR; y <= HIJRI_TABLE_LAST_YEAR; y++) {
      for (let m = 1; m <= 12; m++) {
        if (table.fromHijri(y, m, 30) !== intl.fromHijri(y, m, 30)) mismatches++;
        if (table.fromHijri(y, m, 31) !== undefined || table.fromHijri(y, m, 0) !== undefined) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('rejects what the Intl path rejects', () => {
    for (const [y, m, d] of [
      [1443, 13, 1],
      [1443, 0, 1],
      [1443.5, 1, 1],
      [1443, 1, 1.5],
      [Number.NaN, 1, 1],
      [1443, 9, 31],
    ] as const) {
      expect(table.fromHijri(y, m, d)).toBeUndefined();
      expect(intl.fromHijri(y, m, d)).toBeUndefined();
    }
  });

  it('leaves days outside the table to Intl', () => {
    expect(toHijri('1850-06-01')).toEqual(
      Object.fromEntries(['year', 'month', 'day'].map((k, i) => [k, intl.toHijri(Date.UTC(1850, 5, 1) / 86400000)[i]])),
    );
    expect(toHijri('2200-01-01')).toEqual(
      Object.fromEntries(['year', 'month', 'day'].map((k, i) => [k, intl.toHijri(Date.UTC(2200, 0, 1) / 86400000)[i]])),
    );
    expect(fromHijri({ year: 1250, month: 9, day: 1 })).toBe(
      new Date((intl.fromHijri(1250, 9, 1) ?? 0) * 86400000).toISOString().slice(0, 10),
    );
    expect(fromHijri({ year: 1700, month: 1, day: 1 })).toBe(
      new Date((intl.fromHijri(1700, 1, 1) ?? 0) * 86400000).toISOString().slice(0, 10),
    );
  });

  it('converts known Umm al-Qura days', () => {
    expect(toHijri('2022-04-16')).toEqual({ year: 1443, month: 9, day: 15 });
    expect(fromHijri({ year: 1443, month: 9, day: 15 })).toBe('2022-04-16');
    expect(() => fromHijri({ year: 1444, month: 9, day: 30 })).toThrow();
  });
});
