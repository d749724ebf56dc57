// Day bounds of partial dates as `YYYY-MM-DD` strings, which compare correctly with `<`.

/** Before any date. */
export const MIN_DAY = '0000-01-01';
/** After any date. */
export const MAX_DAY = '9999-12-31';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First day covered by a valid partial date or date-time. */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value.slice(0, 10);
}

/** Last day covered by a valid partial date or date-time. */
export function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-${daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)))}`;
  return value.slice(0, 10);
}

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
