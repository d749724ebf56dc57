import type { ArabicDate } from './arabic-date.js';
import type { ArabicDateOptions } from './arabic-date-options.js';
import { ArabicDateError } from './arabic-date-error.js';
import { firstDate } from './_lib/first-date.js';

/**
 * Reads the first date expression of an Arabic phrase or sentence; the throwing twin of
 * {@link safeParseArabicDate}, with the same reading rules.
 *
 * @param text - A phrase or sentence.
 * @param options - `reference`: the article's date, for relative forms and missing years.
 * @returns The first date expression, resolved.
 * @throws {@link ArabicDateError} with `code` `no_date`, `invalid_date`, `reference_required`
 *   or `conflicting_months`; TypeError for an unknown option or a `reference` of the wrong type;
 *   RangeError when `options.reference` is not a valid date.
 *
 * @example
 * ```ts
 * parseArabicDate('الثامن عشر من كانون الأول 2021').iso; // '2021-12-18'
 * parseArabicDate('منذ عامين', { reference: '2021-12-18' }).iso; // '2019'
 * parseArabicDate('31 فبراير 2021'); // throws ArabicDateError, code 'invalid_date'
 * ```
 *
 * @category Arabic dates
 */
export function parseArabicDate(text: string, options?: ArabicDateOptions): ArabicDate {
  const r = firstDate('parseArabicDate', text, options);
  if (r.success) return r.data;
  const e = r.error;
  throw new ArabicDateError(e.code, e.message, e.text, e.index, e.endIndex);
}
