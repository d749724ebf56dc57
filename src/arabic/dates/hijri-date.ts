/**
 * A day of the Umm al-Qura Hijri calendar.
 *
 * @example
 * ```ts
 * const day: HijriDate = { year: 1443, month: 9, day: 15 };
 * fromHijri(day); // '2022-04-16'
 * toHijri('2022-04-16'); // { year: 1443, month: 9, day: 15 }
 * ```
 *
 * @category Arabic dates
 */
export interface HijriDate {
  /** Hijri year (AH), e.g. `1443`. */
  readonly year: number;
  /** Month 1 (محرم) … 12 (ذو الحجة). */
  readonly month: number;
  /** Day of the month, 1 … 29 or 30 depending on the month. */
  readonly day: number;
}
