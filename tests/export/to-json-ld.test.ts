import { describe, expect, it } from 'vitest';
import type { Event, Person, WithContext } from 'schema-dts';
import { createExportReport, toJsonLd } from '../../src/export/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';
import { checkExpansion, checkTerms } from './_lib/json-ld-check.js';
import { allRecords, exampleRecords } from './_lib/records.js';

describe('toJsonLd', () => {
  it('exports the example dataset plus all shipped data: schema.org terms only, expands offline with nothing dropped', async () => {
    const doc = toJsonLd(allRecords());
    expect(checkTerms(doc)).toEqual([]);
    expect(await checkExpansion(doc)).toEqual([]);
  });

  it('the example dataset alone has no dangling reference', async () => {
    const report = createExportReport('jsonld');
    const doc = toJsonLd(exampleRecords(), { report });
    expect(checkTerms(doc)).toEqual([]);
    expect(await checkExpansion(doc)).toEqual([]);
    expect(report.droppedReferences).toBe(0);
  });

  it('baseIri makes every @id absolute under it', () => {
    const doc = toJsonLd(exampleRecords(), { baseIri: 'https://data.example.org/tansiq/' });
    expect(doc['@graph'].every((n) => String(n['@id']).startsWith('https://data.example.org/tansiq/'))).toBe(true);
    expect(checkTerms(doc)).toEqual([]);
  });

  it('meeting nodes fit schema-dts types (compile time) and carry status and attendee roles', () => {
    const meeting: TansiqRecord = {
      type: 'meeting',
      id: 'meeting.2024-03-05-ma-es',
      kind: 'bilateral-talks',
      status: 'held',
      format: 'in-person',
      start: '2024-03-05',
      participants: [{ ref: { kind: 'country', country: 'ES' }, roles: ['visitor'] }],
      sources: [{ url: 'https://example.org/' }],
    };
    const doc = toJsonLd([meeting]);
    const node = doc['@graph'].find((n) => n['@type'] === 'Event');
    const typed: WithContext<Event> = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: String(node?.['name']),
      startDate: String(node?.['startDate']),
      eventStatus: 'https://schema.org/EventScheduled',
    };
    expect(typed.startDate).toBe('2024-03-05');
    expect(node?.['eventStatus']).toEqual({ '@id': 'https://schema.org/EventScheduled' });
    expect(node?.['attendee']).toEqual({
      '@id': 'urn:tansiq:meeting.2024-03-05-ma-es.participants.0',
      '@type': 'Role',
      roleName: 'visitor',
      attendee: { '@id': 'urn:tansiq:country.es' },
    });
    const person: Person = { '@type': 'Person', name: 'x', gender: 'https://schema.org/Male' };
    expect(person.name).toBe('x');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toJsonLd(allRecords()))).toBe(JSON.stringify(toJsonLd(allRecords())));
  });
});
