import { countryOrId } from '../_lib/country-or-id.js';
import type { PartyRef } from '../common/party-ref.js';
import type { SecurityMeeting } from '../records/security-meeting.js';

/**
 * The distinct parties of a meeting, in order of first appearance: the host country and host
 * agency, each delegation's `party` and `onBehalfOf`, and each participant's `ref`. Parties are
 * compared by country code or record id, so a country named by several delegations appears
 * once. Outcome parties are not included (they signed something, they need not have attended).
 *
 * @param meeting - a parsed meeting record
 * @returns the parties, deduplicated
 * @example
 * ```ts
 * meetingParties({
 *   type: 'meeting', id: 'meeting.x', kind: 'bilateral-visit', status: 'held', hostCountry: 'MA',
 *   participants: [
 *     { ref: { kind: 'country', country: 'MA' }, roles: ['host'] },
 *     { ref: { kind: 'country', country: 'ES' }, roles: ['visitor'] },
 *   ],
 *   sources: [{ url: 'https://example.org/' }],
 * });
 * // [{ kind: 'country', country: 'MA' }, { kind: 'country', country: 'ES' }]
 * ```
 * @category Helpers
 */
export function meetingParties(meeting: SecurityMeeting): PartyRef[] {
  const seen = new Set<string>();
  const parties: PartyRef[] = [];
  const add = (party: PartyRef | undefined): void => {
    if (party === undefined) return;
    const key = `${party.kind}:${countryOrId(party)}`;
    if (seen.has(key)) return;
    seen.add(key);
    parties.push(party);
  };
  if (meeting.hostCountry !== undefined) add({ kind: 'country', country: meeting.hostCountry });
  if (meeting.hostAgencyId !== undefined) add({ kind: 'organization', id: meeting.hostAgencyId });
  for (const delegation of meeting.delegations ?? []) {
    add(delegation.party);
    add(delegation.onBehalfOf);
  }
  for (const participant of meeting.participants ?? []) add(participant.ref);
  return parties;
}
