import { describe, expect, it } from 'vitest';
import { referenceRecords } from '../../src/data/index.js';
import { createExportReport, createFollowTheMoneyStream, toFollowTheMoney } from '../../src/export/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';
import { checkFtm } from './_lib/ftm-check.js';
import { allRecords, exampleRecords } from './_lib/records.js';

describe('toFollowTheMoney', () => {
  it('exports the example dataset plus all shipped data: every entity valid under FtM 4.5.2', () => {
    const entities = [...toFollowTheMoney(allRecords())];
    expect(entities.length).toBeGreaterThan(300);
    expect(checkFtm(entities, 4)).toEqual([]);
  });

  it('with version 3, every entity is valid under Aleph’s FtM 3.8.4 model', () => {
    const entities = [...toFollowTheMoney(allRecords(), { version: 3 })];
    expect(checkFtm(entities, 3)).toEqual([]);
    expect(entities.some((e) => e.properties['abbreviation'] !== undefined)).toBe(false);
  });

  it('the example dataset alone stands on its own (shipped records it points at are added)', () => {
    const report = createExportReport('ftm');
    const entities = [...toFollowTheMoney(exampleRecords(), { report })];
    expect(checkFtm(entities)).toEqual([]);
    expect(report.records).toBe(exampleRecords().length);
    expect(report.droppedReferences).toBe(0);
  });

  it('streams a one-shot iterable and adds referenced shipped records at the end', () => {
    const meeting = referenceRecords.find(
      (r) => r.type === 'meeting' && r.hostAgencyId !== undefined,
    ) as TansiqRecord & { id: string };
    function* once(): Generator<TansiqRecord> {
      yield meeting;
    }
    const entities = [...toFollowTheMoney(once())];
    expect(entities[0]?.id).toBe(meeting.id);
    expect(checkFtm(entities)).toEqual([]);
  });

  it('is deterministic and derived ids never collide with record ids', () => {
    const a = JSON.stringify([...toFollowTheMoney(allRecords())]);
    const b = JSON.stringify([...toFollowTheMoney(allRecords())]);
    expect(a).toBe(b);
    const recordIds = new Set<string>(allRecords().map((r) => r.id));
    for (const e of JSON.parse(a) as { id: string }[]) {
      if (recordIds.has(e.id)) continue;
      // derived: more than one dot, or a country stand-in
      expect(e.id.split('.').length > 2 || e.id.startsWith('country.')).toBe(true);
    }
  });

  it('puts states in as PublicBody stand-ins, co-chairs as Directorships', () => {
    const term = referenceRecords.find((r) => r.type === 'co-chair-term') as TansiqRecord & { type: 'co-chair-term' };
    const entities = [...toFollowTheMoney([term])];
    const directorships = entities.filter((e) => e.schema === 'Directorship');
    expect(directorships).toHaveLength(term.chairs.length);
    expect(directorships[0]?.id).toBe(`${term.id}.chairs.0`);
    const standIn = entities.find((e) => e.id.startsWith('country.'));
    expect(standIn?.schema).toBe('PublicBody');
    expect(standIn?.properties['country']?.[0]).toMatch(/^[a-z]{2}$/);
    expect(checkFtm(entities)).toEqual([]);
  });

  it('idPrefix namespaces every id and reference', () => {
    const entities = [...toFollowTheMoney(exampleRecords(), { idPrefix: 'tansiq-' })];
    expect(entities.every((e) => e.id.startsWith('tansiq-'))).toBe(true);
    expect(checkFtm(entities)).toEqual([]);
  });

  it('date-times become UTC without offset', () => {
    const [event] = [
      ...toFollowTheMoney(
        [
          {
            type: 'meeting',
            id: 'meeting.t',
            kind: 'bilateral-talks',
            status: 'held',
            start: '2022-06-15T11:00+02:00',
            sources: [{ url: 'https://example.org/' }],
          },
        ],
        { partial: true },
      ),
    ];
    expect(event?.properties['startDate']).toEqual(['2022-06-15T09:00']);
  });

  it('drops references to missing ids and counts them; partial keeps them', () => {
    const m: TansiqRecord = {
      type: 'membership',
      id: 'membership.x',
      member: { kind: 'person', id: 'person.nobody' },
      organizationId: 'agency.interpol',
      sources: [{ url: 'https://example.org/' }],
    };
    const report = createExportReport('ftm');
    expect(
      [...toFollowTheMoney([m], { missingIds: ['person.nobody'], report })].some((e) => e.schema === 'Membership'),
    ).toBe(false);
    expect(report.droppedReferences).toBe(1);
    expect([...toFollowTheMoney([m])].some((e) => e.schema === 'Membership')).toBe(false);
  });

  it('reports fields it cannot hold, including fields it does not know', () => {
    const report = createExportReport('ftm');
    const person = {
      type: 'person',
      id: 'person.x',
      name: 'X',
      sources: [],
      futureField: 1,
      names: [{ value: 'X', lang: 'en', kind: 'official', scheme: 'x' }],
    } as unknown as TansiqRecord;
    expect([...toFollowTheMoney([person], { report })]).toHaveLength(1);
    expect(report.leftOut['person.futureField']).toBe(1);
    expect(report.leftOut['person.names.scheme']).toBe(1);
  });

  it('the push-style stream gives the same output as the generator', () => {
    const stream = createFollowTheMoneyStream();
    const out = [];
    for (const r of allRecords()) out.push(...stream.write(r));
    out.push(...stream.end());
    function* once(): Generator<TansiqRecord> {
      yield* allRecords();
    }
    expect(out).toEqual([...toFollowTheMoney(once())]);
  });
});
