import type { Occupancy } from '../../schemas/index.js';
import { intervalContains } from '../../schemas/helpers/interval-contains.js';

/**
 * Whether an occupancy covers a date. A term with neither start nor end is never placed on a date;
 * one known to have ended on an unknown day (`status: 'ended'`, no end) covers its start only;
 * otherwise a missing start or end is open, as in `intervalContains`.
 *
 * @param occupancy - an occupancy record
 * @param date - a partial date or a `Date`
 * @returns true when the term covers the whole date
 */
export function occupancyOn(occupancy: Occupancy, date: string | Date): boolean {
  const { start, end, status } = occupancy.interval;
  if (start === undefined && end === undefined) return false;
  const interval = end === undefined && status === 'ended' ? { start, end: start } : occupancy.interval;
  return intervalContains(interval, date);
}
