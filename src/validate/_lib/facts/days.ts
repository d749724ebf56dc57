// Day bounds of partial dates as `YYYY-MM-DD` strings, which compare correctly with `<`.

import { firstDay, lastDay } from '../../../_lib/day-bounds.js';

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
