import type { PartyRef } from '../schemas/index.js';
import { intervalContains } from '../schemas/helpers/interval-contains.js';
import { uniqueParties } from './_lib/parties.js';
import { CO_CHAIR_TERMS, FORUMS, WORKING_GROUPS } from './_lib/tables.js';

/**
 * The co-chairs of a forum or of a working group on a date, from the co-chair-term records.
 *
 * On a hand-over day both the outgoing and the incoming co-chairs are returned (terms share that
 * day). A term with no end date is taken as running on. A coarse date (`'2020'`) only matches
 * terms that cover all of it.
 *
 * @param bodyId - a forum id (`forum.gctf`, `forum.africa-focus-group`) or a working-group id
 *   (`working-group.gctf-cve`)
 * @param date - a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a `Date` (its UTC day)
 * @returns the co-chairs as `PartyRef`s (countries, or organizations such as the EU), or
 *   `undefined` when no forum or working group has that id
 * @throws InvalidPartialDateError (from `tansiq/schemas`) when the date is not a real partial date
 * @example
 * ```ts
 * coChairsOn('forum.gctf', '2020-09-29'); // [{ kind: 'country', country: 'MA' }, { kind: 'country', country: 'CA' }]
 * coChairsOn('forum.gctf', '2024-01-01'); // [{ kind: 'country', country: 'EU' }, { kind: 'country', country: 'EG' }]
 * coChairsOn('working-group.gctf-cve', '2020-01-01')?.length; // 2 (Australia and Indonesia)
 * coChairsOn('forum.unknown', '2020'); // undefined
 * ```
 * @category Reference data
 */
export function coChairsOn(bodyId: string, date: string | Date): readonly PartyRef[] | undefined {
  const known = FORUMS().some((f) => f.id === bodyId) || WORKING_GROUPS().some((w) => w.id === bodyId);
  if (!known) return undefined;
  const chairs: PartyRef[] = [];
  for (const term of CO_CHAIR_TERMS()) {
    if (term.bodyId !== bodyId || !intervalContains(term.interval, date)) continue;
    for (const chair of term.chairs) chairs.push(chair.party);
  }
  return uniqueParties(chairs);
}
