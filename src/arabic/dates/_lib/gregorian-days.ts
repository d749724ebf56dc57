/**
 * Proleptic Gregorian day arithmetic on integer day numbers (days since 1970-01-01), with no
 * `Date` objects.
 *
 * @internal
 */

/** Days since 1970-01-01 of a Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  // Below, every quotient is of non-negative integers: `(a / b) | 0` is their floor, and an
  // integer division for the compiler (Math.floor would divide in floating point).
  const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  // `| 0`: a small integer, never a boxed double (`era` comes from Math.floor), so that objects
  // holding day numbers keep their integer fields (see the tokenizer's numbers).
  return (era * 146097 + doe - 719468) | 0;
}

/** Gregorian `[year, month, day]` of a day number (Hinnant's civil_from_days). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0 … 146096
  // Quotients of non-negative integers: `| 0` is their floor (see daysFromCivil).
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** Number of days in a Gregorian month. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Weekday of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `-MM-DD` of every month and day, at `month << 5 | day`: built on first use. */
let monthDays: string[] | undefined;

/**
 * The last `YYYY-MM-DD` strings made, at their day number modulo 64 (`isoKeys` holds the day):
 * a text names the same few days again and again (a range's ends, a date and its weekday, an
 * article's dateline and its body), and a hit costs a comparison instead of a conversion and a
 * new string. Bounded: 64 strings at most.
 */
const isoKeys: number[] = [];
const isoStrings: string[] = [];

/** `YYYY-MM-DD` of a day number: the year and one `-MM-DD` from a table (one string built, not four). */
export function isoDay(days: number): string {
  const slot = days & 63;
  if (isoKeys[slot] === days) return isoStrings[slot] ?? '';
  const [y, m, d] = civilFromDays(days);
  monthDays ??= Array.from({ length: 13 << 5 }, (_, k) => `-${pad(k >> 5, 2)}-${pad(k & 31, 2)}`);
  const iso = (y >= 1000 ? String(y) : pad(y, 4)) + (monthDays[(m << 5) | d] ?? '');
  isoKeys[slot] = days;
  isoStrings[slot] = iso;
  return iso;
}

/** Smallest and largest years accepted anywhere. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;
/** Day numbers of 0001-01-01 and 9999-12-31. */
export const MIN_DAY = -719162;
export const MAX_DAY = 2932896;

/**
 * Parses `YYYY-MM-DD` (extra time parts after it are ignored) to a day number.
 *
 * @returns The day number, or `undefined` when not a real calendar day.
 */
export function parseIsoDay(s: string): number | undefined {
  if (s.length < 10 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return undefined;
  if (s.length > 10 && s.charCodeAt(10) !== 0x54 && s.charCodeAt(10) !== 0x20) return undefined;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/** Value of the decimal digits `s[a..b)`, or -1 when any is not a digit. */
export function digits(s: string, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
