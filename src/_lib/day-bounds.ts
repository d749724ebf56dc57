// Day bounds of a syntactically valid partial date (or date-time) string, as `YYYY-MM-DD`
// strings that compare correctly with `<`. Shared by the schemas' refinements and helpers and by
// the validator's cross-record checks, both on their hot paths: no validation, no allocation
// beyond the result string.

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
