/**
 * Helpers of `formatArabicDate`.
 *
 * @internal
 */
import { ArabicDateError } from '../arabic-date-error.js';
import { daysInMonth, digits, MAX_YEAR, MIN_YEAR } from './gregorian-days.js';

/** Replaces Latin digits with Arabic-Indic ones. */
export function toArabicDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x30 && c <= 0x39 ? String.fromCharCode(c - 0x30 + 0x0660) : s[i];
  }
  return out;
}

/** The `before_hijri_epoch` error of a Gregorian day that has no Hijri date. */
export function beforeHijriEpoch(day: string): ArabicDateError {
  return new ArabicDateError(
    'before_hijri_epoch',
    `${day} is before the Hijri epoch (1 Muharram 1 AH = 0622-07-19): it has no Hijri date`,
  );
}

/** An `invalid_date` error for an input that cannot be formatted. */
export function invalid(what: unknown): ArabicDateError {
  return new ArabicDateError('invalid_date', `cannot format ${typeof what === 'string' ? what : JSON.stringify(what)}`);
}

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' into [y, m, d] (0 for missing parts). */
export function parseIsoParts(s: string): [number, number, number] | undefined {
  const y = s.length >= 4 ? digits(s, 0, 4) : -1;
  if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
  if (s.length === 4) return [y, 0, 0];
  if (s.charCodeAt(4) !== 0x2d) return undefined;
  const m = digits(s, 5, 7);
  if (m < 1 || m > 12) return undefined;
  if (s.length === 7) return [y, m, 0];
  if (s.length !== 10 || s.charCodeAt(7) !== 0x2d) return undefined;
  const d = digits(s, 8, 10);
  return d >= 1 && d <= daysInMonth(y, m) ? [y, m, d] : undefined;
}
