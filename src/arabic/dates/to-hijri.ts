import { ArabicDateError } from './arabic-date-error.js';
import { beforeHijriEpoch } from './_lib/format-helpers.js';
import type { HijriDate } from './hijri-date.js';
import { isoDay, MAX_DAY, MIN_DAY, parseIsoDay } from './_lib/gregorian-days.js';
import { createHijriConverter } from './_lib/hijri-converter.js';

/**
 * Converts a Gregorian day to the Umm al-Qura Hijri calendar.
 *
 * Inside Hijri years 1300–1600 (1882–2174 CE) it reads a table of month lengths generated from
 * ICU's Umm al-Qura data and checked against `Intl` for every day; outside them it uses
 * `Intl.DateTimeFormat` with `-u-ca-islamic-umalqura` requested explicitly (plain `islamic` is a
 * different, tabular calendar, and the default calendar of `ar-SA` differs between runtimes).
 * A `Date` is read by its UTC calendar day.
 *
 * @param date - `'YYYY-MM-DD'` or a `Date`.
 * @returns The Hijri day.
 * @throws {@link ArabicDateError} `invalid_date` when the input is not a real date;
 *   `before_hijri_epoch` for a day before 1 محرم 1 AH (19 July 622 CE), which has no Hijri date.
 *   A `Date` outside years 1–9999 is `invalid_date`.
 *
 * @example
 * ```ts
 * toHijri('2022-04-16'); // { year: 1443, month: 9, day: 15 }
 * ```
 *
 * @category Arabic dates
 */
export function toHijri(date: string | Date): HijriDate {
  const days =
    date instanceof Date
      ? Number.isNaN(date.getTime())
        ? undefined
        : Math.floor(date.getTime() / 86400000)
      : typeof date === 'string'
        ? parseIsoDay(date)
        : undefined;
  if (days === undefined || days < MIN_DAY || days > MAX_DAY)
    throw new ArabicDateError('invalid_date', `not a date: ${String(date)}`);
  const [year, month, day] = createHijriConverter().toHijri(days);
  if (year < 1) throw beforeHijriEpoch(isoDay(days));
  return { year, month, day };
}
