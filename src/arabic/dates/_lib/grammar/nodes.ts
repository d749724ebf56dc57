/**
 * The nodes the date grammar builds: absolute dates, relative offsets and weekdays, ranges, and a date
 * written in both calendars. Their token indices and offsets map each back to the text.
 *
 * @internal
 */

/** {@link DateNode} types. */
export const ABSOLUTE = 0;
export const RELATIVE = 1;
export const RELATIVE_WEEKDAY = 2;
export const RANGE = 3;
export const COMBINED = 4;

/** An absolute (possibly partial) date: day, month, year, with calendar 0 Gregorian, 1 Hijri. */
export interface AbsoluteDate {
  readonly type: typeof ABSOLUTE;
  /** 0 Gregorian, 1 Hijri, -1 unknown (day-only side of a range). */
  calendar: number;
  /** Year, 0 when missing. */
  year: number;
  /** Month 1–12, 0 when missing. */
  month: number;
  /** Day 1–31, 0 when missing. */
  day: number;
  /** Stated weekday, -1 when none. */
  weekday: number;
  /** Period part 0 early, 1 middle, 2 late, -1 none. */
  part: number;
  /** Month qualifier: 0 none, 1 past, 2 next, 3 current. */
  monthQualifier: number;
  /** Two month names that disagree. */
  conflict: boolean;
  /** Year given relative to the reference's (مارس من العام الماضي): offset, or NaN when not. */
  yearOffset: number;
  /** Month given relative to the reference's (15 من الشهر الجاري): offset, or NaN when not. */
  monthOffset: number;
  /** Day offset from the reference of a relative word written with the date (اليوم 7 أكتوبر: 0), or NaN. */
  relativeDay: number;
  /** First token index. */
  firstToken: number;
  /** Start offset in the original text. */
  startOffset: number;
  /** End token index (exclusive). */
  endToken: number;
}

/** A relative offset from the reference: `unit` 1 day, 3 month, 4 year; `offset` in those units. */
export interface RelativeOffset {
  readonly type: typeof RELATIVE;
  unit: number;
  offset: number;
  weekday: number;
  part: number;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

/** A weekday relative to the reference: `direction` -1 previous, 1 next, 0 latest on or before, 2 first on or after. */
export interface RelativeWeekday {
  readonly type: typeof RELATIVE_WEEKDAY;
  weekday: number;
  direction: number;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

/** A range of two points. */
export interface Range {
  readonly type: typeof RANGE;
  from: Point;
  to: Point;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

/** A Hijri date with its Gregorian equivalent (or the reverse), `first` written first. */
export interface CombinedDate {
  readonly type: typeof COMBINED;
  first: AbsoluteDate;
  second: AbsoluteDate;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

export type Point = AbsoluteDate | RelativeOffset | RelativeWeekday | CombinedDate;
export type DateNode = Point | Range;

/** The most days a list (8 و9 و10 مارس) may hold. */
export const MAX_LIST = 8;

/** Offset of a relative qualifier: past -1, next +1, current 0. */
export function relOffset(q: number): number {
  return q === 1 ? -1 : q === 2 ? 1 : 0;
}

/** An empty absolute date starting at token `ti`, offset `fs`, filled in by the rules. */
export function absoluteDate(ti: number, fs: number): AbsoluteDate {
  return {
    type: ABSOLUTE,
    calendar: 0,
    year: 0,
    month: 0,
    day: 0,
    weekday: -1,
    part: -1,
    monthQualifier: 0,
    conflict: false,
    yearOffset: Number.NaN,
    monthOffset: Number.NaN,
    relativeDay: Number.NaN,
    firstToken: ti,
    startOffset: fs,
    endToken: ti,
  };
}
