import type { PartyRef } from '../schemas/index.js';
import { intervalContains } from '../schemas/helpers/interval-contains.js';
import { uniqueParties } from './_lib/parties.js';
import { FORUM_MEMBERSHIPS, FORUMS } from './_lib/tables.js';

/**
 * The members of a forum on a date, computed from the dated forum-membership records.
 *
 * A membership counts when its interval contains the whole date given: `'2023-09-18'` is a day,
 * `'2023-09'` a month, `'2023'` a year, so a country that joined during 2023 is not a member
 * "on 2023". Observers and partners are not members. Counts are never stored: take `.length`.
 *
 * @param forumId - a forum id such as `forum.gctf`
 * @param date - a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a `Date` (its UTC day)
 * @returns the member parties (countries and organizations such as the EU, as `PartyRef`s), or
 *   `undefined` when no forum has that id
 * @throws InvalidPartialDateError (from `tansiq/schemas`) when the date is not a real partial date
 * @example
 * ```ts
 * forumMembersOn('forum.gctf', '2020-09-29')?.length; // 30
 * forumMembersOn('forum.gctf', '2024-01-01')?.length; // 32
 * forumMembersOn('forum.gctf', '2011-09-22')?.some((p) => p.kind === 'country' && p.country === 'EU'); // true
 * forumMembersOn('forum.unknown', '2020'); // undefined
 * ```
 * @category Reference data
 */
export function forumMembersOn(forumId: string, date: string | Date): readonly PartyRef[] | undefined {
  if (!FORUMS().some((forum) => forum.id === forumId)) return undefined;
  const members: PartyRef[] = [];
  for (const membership of FORUM_MEMBERSHIPS()) {
    if (membership.forumId !== forumId) continue;
    if (membership.status === 'observer' || membership.status === 'partner') continue;
    if (intervalContains(membership.interval ?? {}, date)) members.push(membership.member);
  }
  return uniqueParties(members);
}
