import type { Person } from '../schemas/index.js';
import { occupancyOn } from './_lib/occupancy-on.js';
import {
  agencyById,
  forumById,
  HEAD_ROLES,
  occupanciesByPosition,
  personById,
  positionsByOrganization,
} from './_lib/indexes.js';

/**
 * The persons heading an agency (or a forum) on a date, found through its head positions, so you
 * need not know position ids.
 *
 * The head positions are those with the role `minister`, `head`, `director-general` or
 * `director` (deputies, secretaries of state and advisers are not heads). A person counts when
 * one of their occupancies of such a post contains the whole date: `'2021-05-01'` is a day,
 * `'2021'` the whole year (so a year with a change of head may give nobody). Acting heads count.
 * Usually one person; two on a hand-over day, or when the sources record a joint interim, or when
 * the body has two head posts (e.g. a forum's secretary-general and honorary president are on
 * different records). Occupancies with neither start nor end are never placed on a date; a term
 * with only an end covers every earlier day; one with only a start runs on, unless it is marked
 * `ended` (then it covers its start only, as its end is unknown). Results follow the table order
 * and have no duplicates.
 *
 * For a country with rival governments (Libya), each government's ministry is its own agency
 * (`agency.ly-interior` in Tripoli, `agency.ly-interior-east`).
 *
 * @param organizationId - an agency id such as `agency.dz-dgsn` (or a forum id)
 * @param date - a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a `Date` (its UTC day)
 * @returns the heads on that date, or `undefined` when no agency or forum has that id
 * @throws InvalidPartialDateError (from `tansiq/schemas`) when the date is not a real partial date
 * @example
 * ```ts
 * headsOn('agency.dz-dgsn', '2022-06-01')?.map((p) => p.name); // ['Farid Zineddine Bencheikh']
 * headsOn('agency.jo-gid', '2020-01-01')?.map((p) => p.name); // ['Ahmad Husni']
 * headsOn('agency.qa-interior', '2021-06-01')?.map((p) => p.id); // ['person.khalid-bin-khalifa-bin-abdulaziz-al-thani']
 * headsOn('agency.ly-interior-east', '2024-01-01')?.map((p) => p.name); // ['Essam Abu Zariba']
 * headsOn('agency.ma-dgsn', '2022-06-14')?.map((p) => p.name); // ['Abdellatif Hammouchi']
 * headsOn('agency.unknown', '2020'); // undefined
 * ```
 * @category Reference data
 */
export function headsOn(organizationId: string, date: string | Date): readonly Person[] | undefined {
  if (!agencyById().has(organizationId) && !forumById().has(organizationId)) return undefined;
  const heads: Person[] = [];
  for (const position of positionsByOrganization().get(organizationId) ?? []) {
    if (!HEAD_ROLES.has(position.role)) continue;
    for (const occupancy of occupanciesByPosition().get(position.id) ?? []) {
      if (!occupancyOn(occupancy, date)) continue;
      const person = personById().get(occupancy.personId);
      if (person !== undefined && !heads.includes(person)) heads.push(person);
    }
  }
  return heads;
}
