/**
 * Arabic date normalization: find and parse dates in Arabic news text, format them, and convert
 * between Gregorian and Umm al-Qura Hijri.
 *
 * @module
 */
export { safeParseArabicDate } from './safe-parse-arabic-date.js';
export { parseArabicDate } from './parse-arabic-date.js';
export { findArabicDates } from './find-arabic-dates.js';
export { formatArabicDate } from './format-arabic-date.js';
export { toHijri } from './to-hijri.js';
export { fromHijri } from './from-hijri.js';
export { ArabicDateError } from './arabic-date-error.js';
export type { ArabicDateErrorCode } from './arabic-date-error.js';
export type {
  ArabicDate,
  ArabicDateEndpoint,
  ArabicDateHijri,
  ArabicDatePrecision,
  ArabicCalendar,
} from './arabic-date.js';
export type { ArabicDateOptions } from './arabic-date-options.js';
export type { SafeParseArabicDateResult } from './safe-parse-arabic-date-result.js';
export type { FormatArabicDateOptions, ArabicMonthFamily } from './format-arabic-date-options.js';
export type { HijriDate } from './hijri-date.js';
