import type { Person } from '../schemas/index.js';
import { intervalContains } from '../schemas/helpers/interval-contains.js';
import { OCCUPANCIES, PERSONS, POSITIONS } from './_lib/tables.js';

/**
 * Who held a post on a date, from the dated occupancy records.
 *
 * Usually one person; two on a hand-over day when the outgoing term ends and the next one starts
 * on the same day. A term without an end date is taken as running on (the sources did not give
 * an end), and a term with only an end date covers every earlier day. An empty list means no
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
  if (!POSITIONS.some((position) => position.id === positionId)) return undefined;
  const holders: Person[] = [];
  for (const occupancy of OCCUPANCIES) {
    if (occupancy.positionId !== positionId || !intervalContains(occupancy.interval, date)) continue;
    const person = PERSONS.find((p) => p.id === occupancy.personId);
    if (person !== undefined && !holders.includes(person)) holders.push(person);
  }
  return holders;
}
