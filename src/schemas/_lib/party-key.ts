/** A party reference in its minimal structural form. */
export type PartyLike = { kind: 'country'; country: string } | { kind: 'organization' | 'person'; id: string };

/** A stable string key for a party reference: the country code or the record id. */
export function partyKey(party: PartyLike): string {
  return party.kind === 'country' ? party.country : party.id;
}
