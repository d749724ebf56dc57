/**
 * Precision of a parsed date: the finest unit the text states.
 *
 * @example
 * ```ts
 * parseArabicDate('مارس 2021').precision; // 'month'
 * ```
 *
 * @category Arabic dates
 */
export type ArabicDatePrecision = 'day' | 'month' | 'year';

/**
 * Calendar an Arabic date was written in.
 *
 * @example
 * ```ts
 * parseArabicDate('15 رمضان 1443 هـ').calendar; // 'hijri'
 * ```
 *
 * @category Arabic dates
 */
export type ArabicCalendar = 'gregorian' | 'hijri';

/**
 * The Hijri fields written in the text (a Hijri month or year has no `day`, a Hijri year no
 * `month`).
 *
 * @example
 * ```ts
 * parseArabicDate('رمضان 1444').hijri; // { year: 1444, month: 9 }
 * ```
 *
 * @category Arabic dates
 */
export interface ArabicDateHijri {
  /** Hijri year (AH). */
  readonly year: number;
  /** Hijri month 1–12, absent for a year alone. */
  readonly month?: number;
  /** Day of the Hijri month, absent for a month or a year. */
  readonly day?: number;
}

/**
 * One end of a date range, resolved on its own.
 *
 * @example
 * ```ts
 * parseArabicDate('من 3 إلى 5 مارس 2022').range?.to;
 * // { iso: '2022-03-05', precision: 'day', calendar: 'gregorian', start: '2022-03-05', end: '2022-03-05' }
 * ```
 *
 * @category Arabic dates
 */
export interface ArabicDateEndpoint {
  /**
   * ISO form at the end's precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a Hijri month or year is
   * the Gregorian day interval it covers (`2023-03-23/2023-04-20`).
   */
  readonly iso: string;
  /** Precision of this end as written. */
  readonly precision: ArabicDatePrecision;
  /** Calendar this end was written in. */
  readonly calendar: ArabicCalendar;
  /** First Gregorian day covered, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last Gregorian day covered, `YYYY-MM-DD`. */
  readonly end: string;
  /** Hijri fields when this end was written in the Hijri calendar. */
  readonly hijri?: ArabicDateHijri;
}

/**
 * A date expression found in Arabic text and resolved to the Gregorian calendar.
 *
 * `iso` keeps the precision of the input: `2021-12-18`, `2021-12` or `2021`. A range is
 * `from/to` with both ends at their input precision (`2022-03-03/2022-03-05`). A Hijri day is
 * its Umm al-Qura Gregorian day; a Hijri month or year is the Gregorian day interval it covers
 * (`2023-03-23/2023-04-20`). `start` and `end` always give the first and last Gregorian day
 * covered, whatever the precision.
 *
 * @example
 * ```ts
 * parseArabicDate('السبت 18 ديسمبر 2021');
 * // { iso: '2021-12-18', precision: 'day', calendar: 'gregorian', start: '2021-12-18',
 * //   end: '2021-12-18', text: 'السبت 18 ديسمبر 2021', index: 0, endIndex: 20,
 * //   relative: false, weekdayMismatch: false }
 * ```
 *
 * @category Arabic dates
 */
export interface ArabicDate {
  /** ISO 8601 form at the input's precision, or a `start/end` interval (see above). */
  readonly iso: string;
  /** The finest unit the text states (for a range: that of its first end). */
  readonly precision: ArabicDatePrecision;
  /**
   * Calendar of the text: `'hijri'` for a Hijri date (or a Hijri date written first with its
   * Gregorian equivalent), else `'gregorian'`.
   */
  readonly calendar: ArabicCalendar;
  /** First Gregorian day covered, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last Gregorian day covered, `YYYY-MM-DD`. */
  readonly end: string;
  /** The matched expression, exactly `input.slice(index, endIndex)`. */
  readonly text: string;
  /** Start offset of the expression in the original input (UTF-16 code units). */
  readonly index: number;
  /**
   * End offset (exclusive) in the original input; invisible marks (bidi controls, tatweel)
   * inside or right after the expression are included.
   */
  readonly endIndex: number;
  /** Hijri fields as written, when the input (or its first end, for a range) was Hijri. */
  readonly hijri?: ArabicDateHijri;
  /**
   * `true` when the reference date was needed: relative words (أمس، الشهر الماضي، قبل يومين),
   * weekdays without a date, month + الماضي/المقبل, or a day and month without a year.
   */
  readonly relative: boolean;
  /** `true` when a weekday written with the date contradicts it (the date wins). */
  readonly weekdayMismatch: boolean;
  /**
   * Present when a relative day word was written with an explicit date (`اليوم الخميس 7 أكتوبر`,
   * `أمس (6 أكتوبر)`) and a reference was given: `true` when they name different days (the
   * explicit date wins).
   */
  readonly relativeMismatch?: boolean;
  /**
   * Present when the date was written in both calendars (`3 رجب 1445 هـ الموافق 15 يناير 2024 م`):
   * `true` when the two disagree — Umm al-Qura days more than one day apart (a local moon
   * sighting may differ by a day), or a month or year that does not overlap. The Gregorian part
   * gives the dates either way.
   */
  readonly calendarMismatch?: boolean;
  /** Part of the period named by مطلع/أوائل (`'early'`), منتصف (`'mid'`), أواخر/نهاية (`'late'`). */
  readonly part?: 'early' | 'mid' | 'late';
  /** For a range, each end resolved on its own. */
  readonly range?: {
    /** First end of the range. */
    readonly from: ArabicDateEndpoint;
    /** Last end of the range. */
    readonly to: ArabicDateEndpoint;
  };
}
