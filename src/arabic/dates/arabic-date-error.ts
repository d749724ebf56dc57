/**
 * Stable codes of {@link ArabicDateError}.
 *
 * - `no_date`: the text holds no date expression.
 * - `invalid_date`: the expression names a day that does not exist (31 فبراير, day 30 of a
 *   29-day Hijri month) or a range that ends before it starts.
 * - `reference_required`: the expression is relative (أمس، الشهر الماضي، a weekday, a day and
 *   month without a year) and no `reference` was given.
 * - `conflicting_months`: a dual month form whose two names disagree (`فبراير (آذار)`).
 * - `before_hijri_epoch`: a day before 1 محرم 1 AH (19 July 622 CE) has no Hijri date; thrown by
 *   {@link toHijri} and by {@link formatArabicDate} with `calendar: 'hijri'` (never a year 0 or a
 *   negative year).
 *
 * @example
 * ```ts
 * const code: ArabicDateErrorCode = 'invalid_date';
 * ```
 *
 * @category Arabic dates
 */
export type ArabicDateErrorCode =
  'no_date' | 'invalid_date' | 'reference_required' | 'conflicting_months' | 'before_hijri_epoch';

/**
 * Error thrown by {@link parseArabicDate} and returned by {@link safeParseArabicDate}, with a
 * stable {@link ArabicDateErrorCode} and, when an expression was found, where it is.
 *
 * @example
 * ```ts
 * parseArabicDate('31 فبراير 2021'); // throws ArabicDateError, code 'invalid_date'
 * const r = safeParseArabicDate('31 فبراير 2021');
 * r.success ? undefined : r.error.text; // '31 فبراير 2021'
 * ```
 *
 * @category Arabic dates
 */
export class ArabicDateError extends Error {
  /** Stable machine-readable reason. */
  readonly code: ArabicDateErrorCode;
  /** The expression that failed (empty for `no_date`). */
  readonly text: string;
  /** Start offset of the expression in the input (-1 for `no_date`). */
  readonly index: number;
  /** End offset (exclusive) of the expression in the input (-1 for `no_date`). */
  readonly endIndex: number;

  /**
   * @param code - Stable reason.
   * @param message - Human-readable explanation.
   * @param text - The failing expression, `''` when none.
   * @param index - Its start offset, -1 when none.
   * @param endIndex - Its end offset, -1 when none.
   */
  constructor(code: ArabicDateErrorCode, message: string, text = '', index = -1, endIndex = -1) {
    super(message);
    this.name = 'ArabicDateError';
    this.code = code;
    this.text = text;
    this.index = index;
    this.endIndex = endIndex;
  }
}
