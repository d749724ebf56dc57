/**
 * Options of {@link safeParseArabicDate}, {@link parseArabicDate} and {@link findArabicDates}.
 *
 * @example
 * ```ts
 * const options: ArabicDateOptions = { reference: '2021-12-18' };
 * parseArabicDate('أمس', options).iso; // '2021-12-17'
 * ```
 *
 * @category Arabic dates
 */
export interface ArabicDateOptions {
  /**
   * The article's date, as `'YYYY-MM-DD'` (a time part after it is ignored) or a `Date` (its UTC
   * calendar day is used). It resolves relative forms (أمس، الشهر الماضي، الخميس) and supplies
   * the year of a day and month written without one. Without it, such expressions fail with
   * `reference_required`. An invalid reference throws a `RangeError`.
   */
  readonly reference?: string | Date;
}
