// Day bounds of partial dates as `YYYY-MM-DD` strings, which compare correctly with `<`.

import { firstDay, lastDay } from '../../../schemas/_lib/bounds.js';

export { firstDay, lastDay };

/** Before any date. */
export const MIN_DAY = '0000-01-01';
/** After any date. */
export const MAX_DAY = '9999-12-31';

/**
 * The four day bounds of an interval: the true start lies in `[sLo, sHi]`, the true end in
 * `[eLo, eHi]`. A missing end with status `current` runs to {@link MAX_DAY}; a missing end
 * otherwise is unknown (anywhere from the start on); a missing start is unknown (anywhere up to
 * the end).
 */
export interface DayBounds {
  sLo: string;
  sHi: string;
  eLo: string;
  eHi: string;
}

/** Bounds of `{ start?, end?, status? }`; `fallbackEnd` stands in for a missing end (meetings). */
export function intervalBounds(start: string | undefined, end: string | undefined, status?: string): DayBounds {
  const sLo = start === undefined ? MIN_DAY : firstDay(start);
  let eLo: string;
  let eHi: string;
  if (end !== undefined) {
    eLo = firstDay(end);
    eHi = lastDay(end);
  } else if (status === 'current') {
    eLo = MAX_DAY;
    eHi = MAX_DAY;
  } else {
    eLo = sLo;
    eHi = MAX_DAY;
  }
  const sHi = start === undefined ? eHi : lastDay(start);
  return { sLo, sHi, eLo, eHi };
}

/**
 * Whether two intervals certainly share more than one day: some day after both latest starts
 * lies before both earliest ends. A handover day (one ends the day the other starts) is allowed.
 */
export function certainlyOverlap(aSHi: string, aELo: string, bSHi: string, bELo: string): boolean {
  const lateStart = aSHi > bSHi ? aSHi : bSHi;
  const earlyEnd = aELo < bELo ? aELo : bELo;
  return lateStart < earlyEnd;
}
