/** A party reference in its minimal structural form. */
export type PartyLike = { kind: 'country'; country: string } | { kind: 'organization' | 'person'; id: string };

/** What identifies a party within its kind: the country code of a country, else the record id. */
export function countryOrId(party: PartyLike): string {
  return party.kind === 'country' ? party.country : party.id;
}
