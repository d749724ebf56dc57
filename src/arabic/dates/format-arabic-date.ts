import type { ArabicDateHijri } from './arabic-date.js';
import { ArabicDateError } from './arabic-date-error.js';
import type { FormatArabicDateOptions } from './format-arabic-date-options.js';
import { civilFromDays, daysFromCivil, weekdayOf } from './_lib/civil.js';
import { invalid, parseIsoParts, toArabicDigits } from './_lib/format-helpers.js';
import { createHijriConverter } from './_lib/hijri.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from './_lib/names.js';

/**
 * Writes a date in Arabic, in any regional month family, with Latin or Arabic-Indic digits, in
 * the Gregorian or the Umm al-Qura Hijri calendar.
 *
 * The output is what {@link parseArabicDate} reads back: `18 ديسمبر 2021`, `ديسمبر 2021`,
 * `عام 2021`, `14 جمادى الأولى 1443 هـ`. Input precision is kept: `'YYYY-MM-DD'` gives a day,
 * `'YYYY-MM'` a month, `'YYYY'` a year. A `Date` is read by its UTC calendar day. Hijri fields
 * (`{ year, month?, day? }`) format a Hijri date directly (`calendar: 'hijri'`, the default for
 * them) or, with a day, its Gregorian equivalent. A Gregorian month or year has no single Hijri
 * equivalent, so formatting one in the Hijri calendar throws.
 *
 * @param date - `'YYYY'`, `'YYYY-MM'`, `'YYYY-MM-DD'`, a `Date`, or Hijri fields.
 * @param options - Month family, digits, calendar, weekday.
 * @returns The Arabic date.
 * @throws {@link ArabicDateError} `invalid_date` for an invalid input.
 *
 * @example
 * ```ts
 * formatArabicDate('2021-12-18', { months: 'levant' }); // '18 كانون الأول 2021'
 * formatArabicDate('2021-12-18', { months: 'dual', digits: 'arabic' }); // '١٨ ديسمبر (كانون الأول) ٢٠٢١'
 * formatArabicDate('2022-04-16', { calendar: 'hijri' }); // '15 رمضان 1443 هـ'
 * ```
 *
 * @category Arabic dates
 */
export function formatArabicDate(date: string | Date | ArabicDateHijri, options: FormatArabicDateOptions = {}): string {
  const family = options.months ?? 'egypt';
  let y: number;
  let m: number;
  let d: number;
  let hijriIn = false;
  if (typeof date === 'string') {
    const p = parseIsoParts(date);
    if (p === undefined) throw invalid(date);
    [y, m, d] = p;
  } else if (date instanceof Date) {
    const t = date.getTime();
    if (Number.isNaN(t)) throw invalid('Invalid Date');
    [y, m, d] = civilFromDays(Math.floor(t / 86400000));
  } else if (typeof date === 'object' && date !== null && Number.isInteger(date.year)) {
    hijriIn = true;
    y = date.year;
    m = date.month ?? 0;
    d = date.day ?? 0;
    if ((d > 0 && m === 0) || m < 0 || m > 12 || d < 0) throw invalid(date);
  } else throw invalid(date);
  const calendar = options.calendar ?? (hijriIn ? 'hijri' : 'gregorian');
  let days: number | undefined;
  if (hijriIn && calendar === 'gregorian') {
    days = d > 0 ? createHijriConverter().fromHijri(y, m, d) : undefined;
    if (days === undefined) throw invalid(date);
    [y, m, d] = civilFromDays(days);
  } else if (!hijriIn && calendar === 'hijri') {
    if (d === 0) throw new ArabicDateError('invalid_date', 'a Gregorian month or year has no single Hijri equivalent');
    days = daysFromCivil(y, m, d);
    [y, m, d] = createHijriConverter().toHijri(days);
  } else if (hijriIn && d > 0) {
    days = createHijriConverter().fromHijri(y, m, d);
    if (days === undefined) throw invalid(date);
  } else if (d > 0) days = daysFromCivil(y, m, d);
  let monthName = '';
  if (m > 0) {
    if (calendar === 'hijri') monthName = HIJRI_MONTHS[m - 1] ?? '';
    else if (family === 'dual') monthName = `${GREGORIAN_MONTHS.egypt[m - 1] ?? ''} (${GREGORIAN_MONTHS.levant[m - 1] ?? ''})`;
    else monthName = GREGORIAN_MONTHS[family][m - 1] ?? '';
  }
  let out = m === 0 ? `عام ${y}` : d === 0 ? `${monthName} ${y}` : `${d} ${monthName} ${y}`;
  if (calendar === 'hijri') out += ' هـ';
  if (options.weekday === true && days !== undefined) out = `${WEEKDAYS[weekdayOf(days)] ?? ''} ${out}`;
  return options.digits === 'arabic' ? toArabicDigits(out) : out;
}
