import type { ArabicDateHijri } from './arabic-date.js';
import { ArabicDateError } from './arabic-date-error.js';
import type { FormatArabicDateOptions } from './format-arabic-date-options.js';
import { checkBoolean, checkOneOf, checkOptionsObject } from '../_lib/check-options.js';
import { civilFromDays, daysFromCivil, isoDay, MAX_DAY, MIN_DAY, weekdayOf } from './_lib/gregorian-days.js';
import { beforeHijriEpoch, invalid, parseIsoParts, toArabicDigits } from './_lib/format-helpers.js';
import { createHijriConverter, hijriMonthSpan, hijriYearSpan } from './_lib/hijri-converter.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from './_lib/calendar-names.js';

const FN = 'formatArabicDate';
const OPTION_NAMES = ['months', 'digits', 'calendar', 'weekday'] as const;
const FAMILIES = ['egypt', 'maghreb', 'algeria-tunisia', 'levant', 'dual'] as const;
const DIGITS = ['latin', 'arabic'] as const;
const CALENDARS = ['gregorian', 'hijri'] as const;

/**
 * Writes a date in Arabic, in any regional month family, with Latin or Arabic-Indic digits, in
 * the Gregorian or the Umm al-Qura Hijri calendar.
 *
 * The output is what {@link parseArabicDate} reads back: `18 ديسمبر 2021`, `ديسمبر 2021`,
 * `عام 2021`, `14 جمادى الأولى 1443 هـ`. Input precision is kept: `'YYYY-MM-DD'` gives a day,
 * `'YYYY-MM'` a month, `'YYYY'` a year. A `Date` is read by its UTC calendar day. Hijri fields
 * (`{ year, month?, day? }`) format a Hijri date directly (`calendar: 'hijri'`, the default for
 * them) or, with a day, its Gregorian equivalent. A Gregorian month or year has no single Hijri
 * equivalent, so formatting one in the Hijri calendar throws. Gregorian years 1–9999 are
 * accepted; a year before 1000 is written with the era marker م (`6 يناير 686 م`) so that it
 * reads back as a year. A day before the Hijri epoch (19 July 622) has no Hijri date: with
 * `calendar: 'hijri'` it throws `before_hijri_epoch`, never a year 0 or a negative year. Every
 * string this function returns is read back to the same date by {@link parseArabicDate}.
 *
 * @param date - `'YYYY'`, `'YYYY-MM'`, `'YYYY-MM-DD'`, a `Date`, or Hijri fields.
 * @param options - Month family, digits, calendar, weekday.
 * @returns The Arabic date.
 * @throws {@link ArabicDateError} `invalid_date` for an invalid input, `before_hijri_epoch` for a
 *   Hijri date of a day before 622-07-19. TypeError for an unknown option or a bad option value
 *   (the message names the allowed values).
 *
 * @example
 * ```ts
 * formatArabicDate('2021-12-18', { months: 'levant' }); // '18 كانون الأول 2021'
 * formatArabicDate('2021-12-18', { months: 'dual', digits: 'arabic' }); // '١٨ ديسمبر (كانون الأول) ٢٠٢١'
 * formatArabicDate('2022-04-16', { calendar: 'hijri' }); // '15 رمضان 1443 هـ'
 * formatArabicDate('0686-01-06'); // '6 يناير 686 م'
 * ```
 *
 * @category Arabic dates
 */
export function formatArabicDate(date: string | Date | ArabicDateHijri, options?: FormatArabicDateOptions): string {
  const o = checkOptionsObject(FN, options, OPTION_NAMES);
  const family = checkOneOf(FN, 'months', o.months, FAMILIES) ?? 'egypt';
  const digitStyle = checkOneOf(FN, 'digits', o.digits, DIGITS) ?? 'latin';
  const calendarOption = checkOneOf(FN, 'calendar', o.calendar, CALENDARS);
  const withWeekday = checkBoolean(FN, 'weekday', o.weekday) ?? false;
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
    const days = Math.floor(t / 86400000);
    if (days < MIN_DAY || days > MAX_DAY) throw invalid(date.toISOString());
    [y, m, d] = civilFromDays(days);
  } else if (typeof date === 'object' && date !== null && Number.isInteger(date.year)) {
    hijriIn = true;
    y = date.year;
    m = date.month ?? 0;
    d = date.day ?? 0;
    if (!Number.isInteger(m) || !Number.isInteger(d) || (d > 0 && m === 0) || m < 0 || m > 12 || d < 0)
      throw invalid(date);
    // Only Hijri dates whose days lie inside Gregorian years 1–9999 exist for the parser too.
    const c = createHijriConverter();
    const one = d > 0 ? c.fromHijri(y, m, d) : undefined;
    const span: readonly [number, number] | undefined =
      d > 0 ? (one === undefined ? undefined : [one, one]) : m > 0 ? hijriMonthSpan(c, y, m) : hijriYearSpan(c, y);
    if (span === undefined || span[0] < MIN_DAY || span[1] > MAX_DAY) throw invalid(date);
  } else throw invalid(date);
  const calendar = calendarOption ?? (hijriIn ? 'hijri' : 'gregorian');
  let days: number | undefined;
  if (hijriIn && calendar === 'gregorian') {
    days = d > 0 ? createHijriConverter().fromHijri(y, m, d) : undefined;
    if (days === undefined) throw invalid(date);
    [y, m, d] = civilFromDays(days);
  } else if (!hijriIn && calendar === 'hijri') {
    if (d === 0) throw new ArabicDateError('invalid_date', 'a Gregorian month or year has no single Hijri equivalent');
    days = daysFromCivil(y, m, d);
    const iso = isoDay(days);
    [y, m, d] = createHijriConverter().toHijri(days);
    if (y < 1) throw beforeHijriEpoch(iso);
  } else if (hijriIn && d > 0) {
    days = createHijriConverter().fromHijri(y, m, d);
    if (days === undefined) throw invalid(date);
  } else if (d > 0) days = daysFromCivil(y, m, d);
  let monthName = '';
  if (m > 0) {
    if (calendar === 'hijri') monthName = HIJRI_MONTHS[m - 1] ?? '';
    else if (family === 'dual')
      monthName = `${GREGORIAN_MONTHS.egypt[m - 1] ?? ''} (${GREGORIAN_MONTHS.levant[m - 1] ?? ''})`;
    else monthName = GREGORIAN_MONTHS[family][m - 1] ?? '';
  }
  let out = m === 0 ? `عام ${y}` : d === 0 ? `${monthName} ${y}` : `${d} ${monthName} ${y}`;
  if (calendar === 'hijri') out += ' هـ';
  else if (y < 1000) out += ' م'; // a short year reads back as a year only with its era marker
  if (withWeekday && days !== undefined) out = `${WEEKDAYS[weekdayOf(days)] ?? ''} ${out}`;
  return digitStyle === 'arabic' ? toArabicDigits(out) : out;
}
