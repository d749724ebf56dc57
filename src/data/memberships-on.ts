import type { Forum, PartyRef } from '../schemas/index.js';
import { intervalContains } from '../schemas/helpers/interval-contains.js';
import { qualifiedPartyId } from './_lib/parties.js';
import { forumById, membershipsByParty } from './_lib/indexes.js';

/** A country code (any case) or a record id, as a party key. */
function keyOf(party: PartyRef | string): string | undefined {
  if (typeof party !== 'string') return qualifiedPartyId(party);
  const text = party.trim();
  if (/^[a-z]{2}$/i.test(text)) return `country:${text.toUpperCase()}`;
  if (text.startsWith('person.')) return `person:${text}`;
  if (text.includes('.')) return `organization:${text}`;
  return undefined;
}

/**
 * The forums a country or organization belongs to on a date, from the dated forum-membership
 * records.
 *
 * A membership counts when its interval contains the whole date (`'2020-11-10'` a day, `'2020'`
 * the whole year) and the forum existed then (a membership whose join date is unknown is counted
 * from the forum's founding). Observers, partners and withdrawn members are not members.
 *
 * @param party - a country code (`'MR'`, any case), an organization id (`'agency.x'`, `'forum.x'`)
 *   or a party reference (`{ kind: 'country', country: 'MR' }`)
 * @param date - a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a `Date` (its UTC day)
 * @returns the forums, in table order (empty when none or for an unknown party)
 * @throws InvalidPartialDateError (from `tansiq/schemas`) when the date is not a real partial date
 * @example
 * ```ts
 * membershipsOn('MR', '2021-01-01').map((f) => f.id).includes('forum.global-coalition-against-daesh'); // true
 * membershipsOn('MR', '2020-01-01').map((f) => f.id).includes('forum.global-coalition-against-daesh'); // false
 * membershipsOn('IQ', '2005-01-01').map((f) => f.id).includes('forum.menafatf'); // false
 * membershipsOn('IQ', '2006-01-01').map((f) => f.id).includes('forum.menafatf'); // true
 * membershipsOn({ kind: 'country', country: 'QA' }, '2024-01-01').map((f) => f.id).includes('forum.gcc'); // true
 * membershipsOn('ZZ', '2024'); // []
 * ```
 * @category Reference data
 */
export function membershipsOn(party: PartyRef | string, date: string | Date): readonly Forum[] {
  const key = keyOf(party);
  if (key === undefined) return [];
  const forums: Forum[] = [];
  for (const membership of membershipsByParty().get(key) ?? []) {
    if (membership.status === 'observer' || membership.status === 'partner' || membership.status === 'withdrawn')
      continue;
    const forum = forumById().get(membership.forumId);
    if (forum === undefined || forums.includes(forum)) continue;
    const interval = membership.interval ?? {};
    const from = interval.start ?? forum.founded;
    if (!intervalContains({ start: from, end: interval.end }, date)) continue;
    forums.push(forum);
  }
  return forums;
}
