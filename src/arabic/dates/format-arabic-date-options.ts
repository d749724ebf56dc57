import type { ArabicCalendar } from './arabic-date.js';

/**
 * Regional month-name family for {@link formatArabicDate}.
 *
 * - `'egypt'`: Egypt and the Gulf (يناير … ديسمبر).
 * - `'maghreb'`: Morocco (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر).
 * - `'algeria-tunisia'`: Algeria and Tunisia (جانفي، فيفري، أفريل، جوان، جويلية، أوت).
 * - `'levant'`: Syria, Lebanon, Jordan, Palestine, Iraq (كانون الثاني … كانون الأول).
 * - `'dual'`: Egyptian name with the Levantine one in parentheses (`ديسمبر (كانون الأول)`).
 *
 * @example
 * ```ts
 * const family: ArabicMonthFamily = 'levant';
 * ```
 *
 * @category Arabic dates
 */
export type ArabicMonthFamily = 'egypt' | 'maghreb' | 'algeria-tunisia' | 'levant' | 'dual';

/**
 * Options of {@link formatArabicDate}.
 *
 * @example
 * ```ts
 * const options: FormatArabicDateOptions = { months: 'maghreb', digits: 'arabic' };
 * formatArabicDate('2021-12-18', options); // '١٨ دجنبر ٢٠٢١'
 * ```
 *
 * @category Arabic dates
 */
export interface FormatArabicDateOptions {
  /** Month-name family of Gregorian dates; default `'egypt'`. Ignored for Hijri output. */
  readonly months?: ArabicMonthFamily;
  /** `'latin'` (0–9, default) or `'arabic'` (Arabic-Indic ٠–٩). */
  readonly digits?: 'latin' | 'arabic';
  /** `'gregorian'` (default) or `'hijri'` (Umm al-Qura, with the هـ marker). */
  readonly calendar?: ArabicCalendar;
  /** Write the weekday name first (`السبت 18 ديسمبر 2021`); only for a day. Default `false`. */
  readonly weekday?: boolean;
}
