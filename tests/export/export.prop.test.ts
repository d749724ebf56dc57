import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countries, referenceRecords } from '../../src/data/index.js';
import { toFollowTheMoney, toJsonLd, toPlover, toPopolo } from '../../src/export/index.js';
import { MEETING_KINDS, PARTICIPANT_ROLES, SecurityMeetingSchema } from '../../src/schemas/index.js';
import type { PartyRef, TansiqRecord } from '../../src/schemas/index.js';
import { checkFtm } from './_lib/ftm-check.js';
import { checkTerms } from './_lib/json-ld-check.js';
import { checkPlover } from './_lib/plover-check.js';
import { checkPopolo } from './_lib/popolo-check.js';
import { exampleRecords } from './_lib/records.js';

const ALPHA3 = new Set(countries.map((c) => c.alpha3).filter((x): x is string => x !== null));
const POOL: readonly TansiqRecord[] = [...exampleRecords(), ...referenceRecords];
const AGENCIES = referenceRecords.filter((r) => r.type === 'agency').map((r) => r.id);
const PERSONS = referenceRecords.filter((r) => r.type === 'person').map((r) => r.id);
const COUNTRY_CODES = ['MA', 'ES', 'US', 'EU', 'FR', 'DZ', 'XK', 'EG'];

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const partialDate = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
  day.map((d) => `${d}T10:30+02:00`),
);
const party: fc.Arbitrary<PartyRef> = fc.oneof(
  fc.constantFrom(...COUNTRY_CODES).map((country) => ({ kind: 'country' as const, country })),
  fc.constantFrom(...AGENCIES).map((id) => ({ kind: 'organization' as const, id: id as `agency.${string}` })),
  fc.constantFrom(...PERSONS).map((id) => ({ kind: 'person' as const, id: id as `person.${string}` })),
);

/** Synthetic meetings that pass the schema, naming shipped agencies, persons and countries. */
const meeting = fc
  .record({
    n: fc.nat(1_000_000),
    kind: fc.constantFrom(...MEETING_KINDS),
    status: fc.constantFrom('held', 'planned', 'postponed', 'cancelled', 'unknown'),
    format: fc.option(fc.constantFrom('in-person', 'virtual', 'hybrid', 'phone'), { nil: undefined }),
    start: fc.option(partialDate, { nil: undefined }),
    participants: fc.uniqueArray(
      fc.record({
        ref: party,
        roles: fc.uniqueArray(fc.constantFrom(...PARTICIPANT_ROLES), { minLength: 1, maxLength: 2 }),
      }),
      { maxLength: 4, selector: (p) => JSON.stringify(p.ref) },
    ),
    host: fc.option(fc.constantFrom(...AGENCIES), { nil: undefined }),
  })
  .map((m) => {
    const record: Record<string, unknown> = {
      type: 'meeting',
      id: `meeting.p-${m.n}`,
      kind: m.kind,
      status: m.status,
      participants: m.participants,
      sources: [{ url: 'https://example.org/a' }],
    };
    if (m.format !== undefined) record['format'] = m.format;
    if (m.start !== undefined) record['start'] = m.start;
    if (m.host !== undefined) record['hostAgencyId'] = m.host;
    return SecurityMeetingSchema.parse(record) as TansiqRecord;
  });

/** A record set: a random subset of real records (references may point outside it) plus synthetic meetings. */
const recordSet = fc
  .tuple(fc.subarray([...POOL], { maxLength: 60 }), fc.uniqueArray(meeting, { maxLength: 5, selector: (m) => m.id }))
  .map(([subset, meetings]) => {
    const seen = new Set<string>();
    return [...subset, ...meetings].filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined);
  });

describe('exporters (property)', () => {
  it('any valid record set exports to all four formats without throwing and without dangling references', () => {
    fc.assert(
      fc.property(recordSet, fc.boolean(), (records, oneShot) => {
        const input = oneShot
          ? (function* () {
              yield* records;
            })()
          : records;
        expect(checkFtm([...toFollowTheMoney(input)])).toEqual([]);
        expect(checkPopolo(toPopolo(records))).toEqual([]);
        expect(checkTerms(toJsonLd(records))).toEqual([]);
        expect(checkPlover([...toPlover(records)], ALPHA3)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
