// Day bounds of partial dates as `YYYY-MM-DD` strings, which compare correctly with `<`.

import { daysInMonth, firstDay, lastDay } from '../../../_lib/day-bounds.js';

export { firstDay, lastDay };

/** Before any date. */
export const MIN_DAY = '0000-01-01';
/** After any date. */
export const MAX_DAY = '9999-12-31';

/**
 * The four day bounds of an interval: the true start lies in `[earliestStart, latestStart]`, the true end in
 * `[earliestEnd, latestEnd]`. A missing end with status `current` runs to {@link MAX_DAY}; a missing end
 * otherwise is unknown (anywhere from the start on); a missing start is unknown (anywhere up to
 * the end).
 */
export interface DayBounds {
  earliestStart: string;
  latestStart: string;
  earliestEnd: string;
  latestEnd: string;
}

/** Bounds of `{ start?, end?, status? }`; `fallbackEnd` stands in for a missing end (meetings). */
export function intervalBounds(start: string | undefined, end: string | undefined, status?: string): DayBounds {
  const earliestStart = start === undefined ? MIN_DAY : firstDay(start);
  let earliestEnd: string;
  let latestEnd: string;
  if (end !== undefined) {
    earliestEnd = firstDay(end);
    latestEnd = lastDay(end);
  } else if (status === 'current') {
    earliestEnd = MAX_DAY;
    latestEnd = MAX_DAY;
  } else {
    earliestEnd = earliestStart;
    latestEnd = MAX_DAY;
  }
  const latestStart = start === undefined ? latestEnd : lastDay(start);
  return { earliestStart, latestStart, earliestEnd, latestEnd };
}

/**
 * Whether two intervals certainly share more than one day: some day after both latest starts
 * lies before both earliest ends. A handover day (one ends the day the other starts) is allowed.
 */
export function certainlyOverlap(
  aLatestStart: string,
  aEarliestEnd: string,
  bLatestStart: string,
  bEarliestEnd: string,
): boolean {
  const lateStart = aLatestStart > bLatestStart ? aLatestStart : bLatestStart;
  const earlyEnd = aEarliestEnd < bEarliestEnd ? aEarliestEnd : bEarliestEnd;
  return lateStart < earlyEnd;
}

/** {@link MIN_DAY} as a day number. */
export const MIN_DAY_NUMBER = 101;
/** {@link MAX_DAY} as a day number. */
export const MAX_DAY_NUMBER = 99991231;

/** Digits `i..i+n` of a string as a number (the characters are known to be digits). */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) v = v * 10 + s.charCodeAt(k) - 48;
  return v;
}

/**
 * A day bound as the number `YYYYMMDD` (`2015-05-31` → 20150531): such numbers compare as the
 * `YYYY-MM-DD` strings do, and cost no string. `day` starts with a valid `YYYY-MM-DD`.
 */
export function dayNumber(day: string): number {
  return digits(day, 0, 4) * 10000 + digits(day, 5, 2) * 100 + digits(day, 8, 2);
}

/** {@link firstDay} as a day number, without building the string. */
export function firstDayNumber(value: string): number {
  if (value.length === 4) return digits(value, 0, 4) * 10000 + 101;
  if (value.length === 7) return digits(value, 0, 4) * 10000 + digits(value, 5, 2) * 100 + 1;
  return dayNumber(value);
}

/** {@link lastDay} as a day number, without building the string. */
export function lastDayNumber(value: string): number {
  if (value.length === 4) return digits(value, 0, 4) * 10000 + 1231;
  if (value.length === 7) {
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 2);
    return year * 10000 + month * 100 + daysInMonth(year, month);
  }
  return dayNumber(value);
}

/**
 * The latest start and earliest end of `{ start?, end?, status? }` as day numbers, as
 * {@link intervalBounds} computes them, written into `out` (no allocation).
 */
export function intervalUseBounds(
  start: string | undefined,
  end: string | undefined,
  status: string | undefined,
  out: { latestStart: number; earliestEnd: number },
): void {
  const earliestStart = start === undefined ? MIN_DAY_NUMBER : firstDayNumber(start);
  let latestEnd: number;
  if (end !== undefined) {
    out.earliestEnd = firstDayNumber(end);
    latestEnd = lastDayNumber(end);
  } else if (status === 'current') {
    out.earliestEnd = MAX_DAY_NUMBER;
    latestEnd = MAX_DAY_NUMBER;
  } else {
    out.earliestEnd = earliestStart;
    latestEnd = MAX_DAY_NUMBER;
  }
  out.latestStart = start === undefined ? latestEnd : lastDayNumber(start);
}
