/**
 * Answers the questions the example article raises, from tansiq's shipped reference data.
 * Run with `npx tsx examples/reference-lookups.ts` (in an installed project, import from
 * `tansiq/data` instead of the source path).
 */
import {
  coChairsOn,
  findAgencies,
  findPersons,
  forumMembersOn,
  getCountry,
  positionHoldersOn,
} from '../src/data/index.js';
import type { PartyRef } from '../src/schemas/index.js';

const label = (party: PartyRef): string =>
  party.kind === 'country' ? (getCountry(party.country)?.names.en[0] ?? party.country) : party.id;

const lines = [
  `"أف بي آي" is ${findAgencies('أف بي آي')
    .map((a) => a.names[0]?.value)
    .join(', ')}`,
  `"مراقبة التراب الوطني" is ${findAgencies('مراقبة التراب الوطني')
    .map((a) => a.names.find((n) => n.lang === 'fr')?.value)
    .join(', ')}`,
  `"عبد اللطيف حموشي" is ${findPersons('عبد اللطيف حموشي')
    .map((p) => p.name)
    .join(', ')}`,
  `FBI director on 2022-06-14: ${(positionHoldersOn('position.us-fbi-director', '2022-06-14') ?? []).map((p) => p.name).join(', ')}`,
  `CIA director on 2022-06-14: ${(positionHoldersOn('position.us-cia-director', '2022-06-14') ?? []).map((p) => p.name).join(', ')}`,
  `DNI on 2022-06-14: ${(positionHoldersOn('position.us-dni', '2022-06-14') ?? []).map((p) => p.name).join(', ')}`,
  `GCTF co-chairs on 2020-09-29: ${(coChairsOn('forum.gctf', '2020-09-29') ?? []).map(label).join(', ')}`,
  `GCTF members on 2020-09-29: ${forumMembersOn('forum.gctf', '2020-09-29')?.length}`,
  `GCTF members on 2024-01-01: ${forumMembersOn('forum.gctf', '2024-01-01')?.length}`,
  `Africa Focus Group co-chairs at creation: ${(coChairsOn('forum.africa-focus-group', '2021-12-02') ?? []).map(label).join(', ')}`,
];
console.log(lines.join('\n'));
