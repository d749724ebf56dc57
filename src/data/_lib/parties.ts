import type { PartyRef } from '../../schemas/index.js';

/**
 * A string that identifies a party: `country:MA`, `organization:forum.gctf`, `person:person.x`.
 *
 * @param party - a party reference
 * @returns its key
 */
export function partyKey(party: PartyRef): string {
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
    const key = partyKey(party);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(party);
  }
  return out;
}
