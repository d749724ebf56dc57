import type { PartyRef } from '../../schemas/index.js';

/**
 * The party's id qualified by its kind, `<kind>:<country code or record id>`: `country:MA`,
 * `organization:forum.gctf`, `person:person.x`. Unlike a bare id it cannot confuse a country
 * code with a record id, so it keys the indexes by party and the de-duplication of parties.
 *
 * @param party - a party reference
 * @returns `<kind>:<country code or record id>`
 */
export function qualifiedPartyId(party: PartyRef): string {
  return party.kind === 'country' ? `country:${party.country}` : `${party.kind}:${party.id}`;
}

/**
 * The parties of a list, without duplicates, in first-seen order.
 *
 * @param parties - party references, possibly repeated
 * @returns the distinct parties
 */
export function uniqueParties(parties: Iterable<PartyRef>): PartyRef[] {
  const seen = new Set<string>();
  const out: PartyRef[] = [];
  for (const party of parties) {
    const key = qualifiedPartyId(party);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(party);
  }
  return out;
}
