/**
 * The day arithmetic under every resolved date: day numbers to and from Gregorian dates over the
 * whole supported range (years 1–9999), checked against the platform's own calendar (Date.UTC).
 */
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  isoDay,
  MAX_DAY,
  MIN_DAY,
} from '../../../src/arabic/dates/_lib/gregorian-days.js';

describe('Gregorian day numbers', () => {
  it('round-trip on every day from 0001-01-01 to 9999-12-31 and agree with Date.UTC', () => {
    let bad = 0;
    const probe = new Date(0);
    for (let day = MIN_DAY; day <= MAX_DAY; day++) {
      const [y, m, d] = civilFromDays(day);
      if (daysFromCivil(y, m, d) !== day) bad++;
      if (day % 97 === 0) {
        probe.setTime(day * 86400000);
        if (probe.getUTCFullYear() !== y || probe.getUTCMonth() + 1 !== m || probe.getUTCDate() !== d) bad++;
      }
    }
    expect(bad).toBe(0);
    expect(civilFromDays(MIN_DAY)).toEqual([1, 1, 1]);
    expect(civilFromDays(MAX_DAY)).toEqual([9999, 12, 31]);
  });

  it('writes ISO days with four-digit years and two-digit months and days', () => {
    expect(isoDay(0)).toBe('1970-01-01');
    expect(isoDay(MIN_DAY)).toBe('0001-01-01');
    expect(isoDay(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
    expect(isoDay(daysFromCivil(999, 12, 9))).toBe('0999-12-09');
  });
});
