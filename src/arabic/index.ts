/**
 * Arabic text, date and name functions: pure string code with no zod and no Node-only API,
 * usable in browsers as well as Node.
 *
 * @module tansiq/arabic
 */

// --- text (owned by names work) ---
export { normalizeArabic, transliterate, untransliterate } from './text/index.js';
export type { NormalizeArabicOptions, TransliterateOptions } from './text/index.js';

// --- names ---
export {
  compareNames,
  inspectName,
  NAME_MATCH_THRESHOLD,
  nameKey,
  namesMatch,
  parseArabicName,
  romanizeArabicName,
} from './names/index.js';
export type {
  NameInspection,
  NameOrigin,
  NamesMatchOptions,
  NameWarning,
  NameWarningCode,
  ParsedArabicName,
  RomanizeArabicNameOptions,
} from './names/index.js';

// --- dates ---
export {
  safeParseArabicDate,
  parseArabicDate,
  findArabicDates,
  formatArabicDate,
  toHijri,
  fromHijri,
  ArabicDateError,
} from './dates/index.js';
export type {
  ArabicDate,
  ArabicDateEndpoint,
  ArabicDateHijri,
  ArabicDatePrecision,
  ArabicCalendar,
  ArabicDateErrorCode,
  ArabicDateOptions,
  SafeParseArabicDateResult,
  FormatArabicDateOptions,
  ArabicMonthFamily,
  HijriDate,
} from './dates/index.js';
