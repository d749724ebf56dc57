// Fast day bounds of a validated partial date (or date-time) string, as `YYYY-MM-DD` strings
// that compare correctly with `<`. Used by refinements on the hot validation path and by the
// public helpers.

import { PARTIAL_DATE_TIME_RE } from './patterns.js';

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First day covered by a syntactically valid partial date or date-time. */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value.slice(0, 10);
}

/** Last day covered by a syntactically valid partial date or date-time. */
export function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const days = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return `${value}-${days}`;
  }
  return value.slice(0, 10);
}

/** Whether a valid partial date-time string carries a time (and therefore an offset). */
export function hasTime(value: string): boolean {
  return value.length > 10;
}

/**
 * Whether `start` may precede or equal `end`: true when the earliest reading of `start` is not
 * after the latest reading of `end` (so `2021-03` vs `2021` is ordered). Two date-times are
 * compared as instants.
 */
export function isOrdered(start: string, end: string): boolean {
  if (hasTime(start) && hasTime(end)) return Date.parse(start) <= Date.parse(end);
  return firstDay(start) <= lastDay(end);
}

/**
 * False only when both values are well-formed partial date-times and `start` is after `end`:
 * malformed values already carry their own format issue, so no ordering issue is added. Takes
 * the raw field values: anything that is not a string (a Symbol, an object without a prototype
 * or with a throwing `toString`) is malformed and never coerced (`RegExp.test` would coerce it
 * and throw).
 */
export function isOrderedIfValid(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string') return true;
  if (!PARTIAL_DATE_TIME_RE.test(start) || !PARTIAL_DATE_TIME_RE.test(end)) return true;
  return isOrdered(start, end);
}
