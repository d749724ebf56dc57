import { ArabicDateError } from './arabic-date-error.js';
import type { HijriDate } from './hijri-date.js';
import { isoDay } from './_lib/gregorian-days.js';
import { createHijriConverter } from './_lib/hijri-converter.js';

/**
 * Converts an Umm al-Qura Hijri day to its Gregorian day.
 *
 * Inside Hijri years 1300–1600 it reads a table of month lengths generated from ICU's Umm al-Qura
 * data and checked against `Intl` for every day. Outside them, since `Intl` only converts
 * Gregorian → Hijri, it starts from the tabular Islamic estimate (within two days) and corrects it
 * with `Intl` until the Hijri date matches. Month lengths are checked: day 30 of a 29-day month
 * does not exist.
 *
 * @param hijri - Year, month (1–12) and day (1–30).
 * @returns The Gregorian day, `YYYY-MM-DD`.
 * @throws {@link ArabicDateError} `invalid_date` when the Hijri day does not exist.
 *
 * @example
 * ```ts
 * fromHijri({ year: 1443, month: 9, day: 15 }); // '2022-04-16'
 * fromHijri({ year: 1444, month: 9, day: 30 }); // throws: Ramadan 1444 has 29 days
 * ```
 *
 * @category Arabic dates
 */
export function fromHijri(hijri: HijriDate): string {
  const days = createHijriConverter().fromHijri(hijri.year, hijri.month, hijri.day);
  if (days === undefined) {
    throw new ArabicDateError('invalid_date', `no such Hijri day: ${hijri.day}/${hijri.month}/${hijri.year}`);
  }
  return isoDay(days);
}
