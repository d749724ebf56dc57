import { describe, expect, it } from 'vitest';
import type { SecurityMeeting, TansiqRecord } from '../../../src/schemas/index.js';
import {
  meetingParties,
  recordReferences,
  RecordSchema,
  recordTypeOfId,
  REFERENCE_FIELDS,
  RECORD_TYPES,
  SecurityMeetingSchema,
} from '../../../src/schemas/index.js';
import { loadRecords } from '../_lib/fixtures.js';

const records = loadRecords().map(({ name, record }) => ({ name, record: RecordSchema.parse(record) }));
const meeting = (name: string): SecurityMeeting => records.find((r) => r.name === name)?.record as SecurityMeeting;

function resolvePointer(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe('recordTypeOfId', () => {
  it('reads the prefix', () => {
    expect(recordTypeOfId('co-chair-term.gctf-2023')).toBe('co-chair-term');
    expect(recordTypeOfId('agency.ma-dgsn')).toBe('agency');
    expect(recordTypeOfId('country.ma')).toBeUndefined();
    expect(recordTypeOfId('agency')).toBeUndefined();
    expect(recordTypeOfId('.x')).toBeUndefined();
  });
});

describe('meetingParties', () => {
  it('lists host, delegations and participants once each, in order', () => {
    expect(meetingParties(meeting('meeting-hammouchi-washington'))).toEqual([
      { kind: 'country', country: 'US' },
      { kind: 'country', country: 'MA' },
      { kind: 'person', id: 'person.abdellatif-hammouchi' },
      { kind: 'person', id: 'person.avril-haines' },
      { kind: 'person', id: 'person.william-burns' },
      { kind: 'person', id: 'person.christopher-wray' },
      { kind: 'organization', id: 'agency.us-fbi' },
    ]);
    expect(meetingParties(meeting('meeting-laftit-marlaska'))).toEqual([
      { kind: 'country', country: 'ES' },
      { kind: 'organization', id: 'agency.es-interior' },
      { kind: 'person', id: 'person.abdelouafi-laftit' },
      { kind: 'person', id: 'person.fernando-grande-marlaska' },
    ]);
  });

  it('includes on-behalf-of parties and handles a bare meeting', () => {
    const m = SecurityMeetingSchema.parse({
      type: 'meeting',
      id: 'meeting.x',
      kind: 'plenary',
      status: 'held',
      delegations: [
        {
          id: 'eu',
          party: { kind: 'organization', id: 'agency.eu-eeas' },
          onBehalfOf: { kind: 'country', country: 'EU' },
        },
      ],
      sources: [{ url: 'https://example.org/' }],
    });
    expect(meetingParties(m)).toEqual([
      { kind: 'organization', id: 'agency.eu-eeas' },
      { kind: 'country', country: 'EU' },
    ]);
    expect(meetingParties({ ...m, delegations: undefined } as unknown as SecurityMeeting)).toEqual([]);
  });

  it('matches the documented example', () => {
    const parties = meetingParties({
      type: 'meeting',
      id: 'meeting.x',
      kind: 'bilateral-visit',
      status: 'held',
      hostCountry: 'MA',
      participants: [
        { ref: { kind: 'country', country: 'MA' }, roles: ['host'] },
        { ref: { kind: 'country', country: 'ES' }, roles: ['visitor'] },
      ],
      sources: [{ url: 'https://example.org/' }],
    });
    expect(parties).toEqual([
      { kind: 'country', country: 'MA' },
      { kind: 'country', country: 'ES' },
    ]);
  });
});

describe('recordReferences', () => {
  it.each(records)('$name: every pointer resolves to its id, of an expected type', ({ record }) => {
    for (const ref of recordReferences(record)) {
      expect(resolvePointer(record, ref.pointer)).toBe(ref.id);
      expect(ref.expectedTypes).toContain(recordTypeOfId(ref.id));
    }
  });

  it('finds references in most example records', () => {
    const total = records.reduce((n, { record }) => n + recordReferences(record).length, 0);
    expect(total).toBeGreaterThan(30);
  });

  it('finds every kind of reference in a meeting', () => {
    const refs = recordReferences(meeting('meeting-hammouchi-washington'));
    const pointers = refs.map((r) => r.pointer);
    expect(pointers).toContain('/sources/0/articleId');
    expect(pointers).toContain('/delegations/0/headPersonId');
    expect(pointers).toContain('/delegations/1/memberPersonIds/2');
    expect(pointers).toContain('/participants/4/ref/id');
    expect(pointers).toContain('/participants/0/positionId');
    expect(pointers).toContain('/participants/3/sources/0/articleId');
    expect(pointers).toContain('/outcomes/0/parties/1/id');
    expect(pointers).toContain('/articleIds/0');
    // country parties are not references
    expect(pointers).not.toContain('/delegations/0/party/id');
    expect(refs.find((r) => r.pointer === '/participants/4/ref/id')?.expectedTypes).toEqual(['agency', 'forum']);
  });

  it('matches the documented example', () => {
    expect(
      recordReferences({
        type: 'position',
        id: 'position.ma-dgsn-dg',
        organizationId: 'agency.ma-dgsn',
        label: [{ value: 'Directeur général', lang: 'fr' }],
        role: 'director-general',
        sources: [{ articleId: 'article.x' }],
      }),
    ).toEqual([
      { pointer: '/sources/0/articleId', id: 'article.x', expectedTypes: ['article'] },
      { pointer: '/organizationId', id: 'agency.ma-dgsn', expectedTypes: ['agency', 'forum'] },
    ]);
  });

  it('skips malformed values instead of throwing', () => {
    const broken = {
      type: 'meeting',
      id: 'meeting.x',
      sources: 'nope',
      participants: [
        null,
        { ref: 'x' },
        { ref: { kind: 'person', id: 7 } },
        { ref: { kind: 'country', country: 'MA' } },
      ],
      delegations: [{ memberPersonIds: [1, 'person.a'] }],
      hostAgencyId: 5,
    } as unknown as TansiqRecord;
    expect(recordReferences(broken)).toEqual([
      { pointer: '/delegations/0/memberPersonIds/1', id: 'person.a', expectedTypes: ['person'] },
    ]);
    expect(recordReferences({ type: 'unknown' } as unknown as TansiqRecord)).toEqual([]);
  });

  it('has a table entry for every record type', () => {
    expect(Object.keys(REFERENCE_FIELDS).sort()).toEqual([...RECORD_TYPES].sort());
    expect(REFERENCE_FIELDS['co-chair-term'].map((f) => f.path.join('.'))).toEqual([
      'sources.*.articleId',
      'bodyId',
      'chairs.*.party',
      'chairs.*.representativePersonId',
    ]);
  });
});
