import type { ArabicDateOptions } from './arabic-date-options.js';
import type { SafeParseArabicDateResult } from './safe-parse-arabic-date-result.js';
import { firstDate } from './_lib/first-date.js';

/**
 * Reads the first date expression of an Arabic phrase or sentence, without throwing.
 *
 * Reads every regional month family at once (Egyptian/Gulf, Moroccan and Mauritanian,
 * Algerian/Tunisian, Levantine/Iraqi), dual forms (`فبراير (شباط) 2021`), Western,
 * Arabic-Indic and Persian digits, numeric dates (day-first `d/m/y`, `y/m/d`, ISO, dotted),
 * weekdays, Hijri dates (Umm al-Qura), relative forms, ranges, ordinal day words, month-year
 * and year-only forms, with clitics and bidi marks anywhere. A bare month name (مارس the verb,
 * رجب the name), times, scores and counts are not dates. If the first expression cannot be
 * resolved (31 فبراير, a relative form without `reference`, `فبراير (آذار)`), the result is that
 * error, not a later expression. A non-string input gives `no_date`. The returned error carries no
 * stack trace (building one would cost more than the parse); {@link parseArabicDate} throws one
 * that does.
 *
 * @param text - A phrase or sentence.
 * @param options - `reference`: the article's date, for relative forms and missing years.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a stable `error.code`.
 * @throws TypeError for an unknown option or a `reference` that is neither a string nor a `Date`;
 *   RangeError when `options.reference` is not a valid date.
 *
 * @example
 * ```ts
 * safeParseArabicDate('وفي 18 دجنبر 2021 أعلنت الوزارة');
 * // { success: true, data: { iso: '2021-12-18', precision: 'day', calendar: 'gregorian',
 * //   text: '18 دجنبر 2021', index: 4, endIndex: 17, … } }
 * safeParseArabicDate('أمس').success; // false (error.code === 'reference_required')
 * ```
 *
 * @category Arabic dates
 */
export function safeParseArabicDate(text: string, options?: ArabicDateOptions): SafeParseArabicDateResult {
  return firstDate('safeParseArabicDate', text, options);
}
