import type { ArabicDate } from './arabic-date.js';
import type { ArabicDateError } from './arabic-date-error.js';

/**
 * Result of {@link safeParseArabicDate}, shaped like Zod's `safeParse` result.
 *
 * @example
 * ```ts
 * const r: SafeParseArabicDateResult = safeParseArabicDate('عام 2015');
 * r.success ? r.data.iso : r.error.code; // '2015'
 * ```
 *
 * @category Arabic dates
 */
export type SafeParseArabicDateResult =
  | {
      /** The text held a valid date expression. */
      readonly success: true;
      /** The first date expression of the text. */
      readonly data: ArabicDate;
    }
  | {
      /** No valid date could be read. */
      readonly success: false;
      /** Why, with a stable `code`. */
      readonly error: ArabicDateError;
    };
