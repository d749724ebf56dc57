import type { Person } from '../schemas/index.js';
import { occupanciesByPosition, personById, positionById } from './_lib/indexes.js';
import { occupancyOn } from './_lib/occupancy-on.js';

/**
 * Who held a post on a date, from the dated occupancy records.
 *
 * Usually one person; two on a hand-over day when the outgoing term ends and the next one starts
 * on the same day. A term without an end date is taken as running on (the sources did not give
 * an end) unless it is marked `ended` (then it covers its start only), a term with only an end
 * date covers every earlier day, and a term with neither is not placed on any date. An empty list means no
 * shipped record covers the date (e.g. an acting director between two terms).
 *
 * @param positionId - a position id such as `position.us-fbi-director`
 * @param date - a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a `Date` (its UTC day)
 * @returns the holders, or `undefined` when no position has that id
 * @throws InvalidPartialDateError (from `tansiq/schemas`) when the date is not a real partial date
 * @example
 * ```ts
 * positionHoldersOn('position.us-fbi-director', '2022-06-14')?.map((p) => p.name); // ['Christopher Wray']
 * positionHoldersOn('position.us-dni', '2022-06-14')?.map((p) => p.name); // ['Avril Haines']
 * positionHoldersOn('position.ma-dgsn-director-general', '2022-06-14')?.map((p) => p.name); // ['Abdellatif Hammouchi']
 * positionHoldersOn('position.unknown', '2022'); // undefined
 * ```
 * @category Reference data
 */
export function positionHoldersOn(positionId: string, date: string | Date): readonly Person[] | undefined {
  if (!positionById().has(positionId)) return undefined;
  const holders: Person[] = [];
  for (const occupancy of occupanciesByPosition().get(positionId) ?? []) {
    if (!occupancyOn(occupancy, date)) continue;
    const person = personById().get(occupancy.personId);
    if (person !== undefined && !holders.includes(person)) holders.push(person);
  }
  return holders;
}
