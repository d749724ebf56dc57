import type { ArabicDate } from './arabic-date.js';
import type { ArabicDateOptions } from './arabic-date-options.js';
import { scanArabicDates } from './_lib/scan-arabic-dates.js';

/**
 * Finds every date expression in running Arabic text, in order and non-overlapping.
 *
 * Offsets index the original string, bidi marks and tatweel included, so
 * `text.slice(d.index, d.endIndex) === d.text`. Each match starts and ends at a word boundary (or
 * after a clitic such as و or بـ) and never shares a letter with the previous one. Words are runs
 * of Arabic or Latin letters: a letter of another script ends a word, as a digit or a sign does. Expressions that cannot be resolved (an
 * impossible day, a relative form without `reference`, conflicting dual months) are skipped;
 * use {@link safeParseArabicDate} on a phrase to learn why one fails. Runs in time linear in the
 * text's length.
 *
 * @param text - Any text (a non-string gives `[]`).
 * @param options - `reference`: the article's date, for relative forms and missing years.
 * @returns The dates found, possibly empty.
 * @throws TypeError for an unknown option or a `reference` that is neither a string nor a `Date`;
 *   RangeError when `options.reference` is not a valid date.
 *
 * @example
 * ```ts
 * findArabicDates('اجتمع الوزراء أمس، وسيلتقون مجددا في 3 كانون الثاني 2022', { reference: '2021-12-18' })
 *   .map((d) => d.iso);
 * // ['2021-12-17', '2022-01-03']
 * ```
 *
 * @category Arabic dates
 */
export function findArabicDates(text: string, options?: ArabicDateOptions): ArabicDate[] {
  const out: ArabicDate[] = [];
  scanArabicDates('findArabicDates', text, options, false, undefined, out);
  return out;
}
