import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coChairsOn,
  findAgencies,
  findForums,
  findPersons,
  forumMembersOn,
  getCountry,
  getRecord,
  headsOn,
  membershipsOn,
  positionHoldersOn,
  referenceRecords,
} from '../../src/data/index.js';
import type { Agency, Position } from '../../src/schemas/index.js';

const DAY = 86_400_000;
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
/** Any day from the GCTF's launch to the end of 2030. */
const gctfDay = fc
  .integer({ min: Date.UTC(2011, 8, 22), max: Date.UTC(2030, 11, 31) })
  .map((t) => isoDay(Math.floor(t / DAY) * DAY));

const TATWEEL = '\u0640'; // Arabic tatweel (kashida), decorative
const FATHA = '\u064E'; // Arabic short vowel mark

describe('lookups (properties)', () => {
  it('never throw on arbitrary text and return arrays or undefined', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(Array.isArray(findAgencies(text))).toBe(true);
        expect(Array.isArray(findPersons(text))).toBe(true);
        const country = getCountry(text);
        expect(country === undefined || typeof country.code === 'string').toBe(true);
        const record = getRecord(text);
        expect(record === undefined || record.id === text).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('count 30 GCTF members before 2023-09-18 and 32 from then on', () => {
    fc.assert(
      fc.property(gctfDay, (day) => {
        expect(forumMembersOn('forum.gctf', day)).toHaveLength(day < '2023-09-18' ? 30 : 32);
      }),
      { numRuns: 300 },
    );
  });

  it('give the GCTF two co-chairs on any day, three on a hand-over day', () => {
    const handovers = new Set(['2016-04-13', '2019-09-25', '2022-09-21', '2023-05-04']);
    fc.assert(
      fc.property(gctfDay, (day) => {
        const chairs = coChairsOn('forum.gctf', day) ?? [];
        if (day.startsWith('2015-09')) expect(chairs.length).toBe(3);
        else expect(chairs.length).toBe(handovers.has(day) ? 3 : 2);
      }),
      { numRuns: 300 },
    );
  });

  it('name one FBI director on any day of Wray’s term', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2017, 7, 2), max: Date.UTC(2025, 0, 19) }), (t) => {
        expect(positionHoldersOn('position.us-fbi-director', new Date(t))?.map((p) => p.id)).toEqual([
          'person.christopher-wray',
        ]);
      }),
      { numRuns: 100 },
    );
  });

  it('find an agency by any Arabic name despite tatweel and short vowels', () => {
    const agencies = referenceRecords.filter((r): r is Agency => r.type === 'agency');
    const arabicNames = agencies.flatMap((a) =>
      a.names.filter((n) => n.lang === 'ar').map((n) => ({ id: a.id, value: n.value })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...arabicNames),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.boolean(),
        ({ id, value }, positions, vowel) => {
          const letters = [...value];
          for (const p of positions) {
            const at = 1 + (p % Math.max(1, letters.length - 1));
            const prev = letters[at - 1] ?? '';
            if (/^[\u0628-\u064A]$/u.test(prev)) letters.splice(at, 0, vowel ? FATHA : TATWEEL);
          }
          expect(findAgencies(letters.join('')).map((a) => a.id)).toContain(id);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('wider lookups (properties)', () => {
  const day2018 = fc
    .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2025, 11, 31) })
    .map((t) => isoDay(Math.floor(t / DAY) * DAY));

  it('never throw on arbitrary text for names, countries and parties', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 4 }), (text, country) => {
        expect(Array.isArray(findForums(text))).toBe(true);
        expect(Array.isArray(findAgencies(text, { country }))).toBe(true);
        expect(Array.isArray(findPersons(text, { country }))).toBe(true);
        expect(Array.isArray(membershipsOn(text, '2022-01-01'))).toBe(true);
        expect(headsOn(text, '2022-01-01') === undefined || text.includes('.')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('narrowing by country only ever removes results, all of that country', () => {
    const queries = [
      'DGSN',
      'وزارة الداخلية',
      'الأمن الوطني',
      'Ministry of Interior',
      'الحرس الوطني',
      'جهاز أمن الدولة',
    ];
    const codes = ['DZ', 'TN', 'LY', 'EG', 'JO', 'IQ', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'LB', 'MR', 'MA', 'GB'];
    fc.assert(
      fc.property(fc.constantFrom(...queries), fc.constantFrom(...codes), (query, code) => {
        const narrowed = findAgencies(query, { country: code });
        for (const agency of narrowed) expect(agency.country).toBe(code);
        const all = findAgencies(query).map((a) => a.id);
        if (all.some((id) => narrowed.length > 0 && id === narrowed[0]?.id))
          expect(all).toEqual(expect.arrayContaining(narrowed.map((a) => a.id)));
      }),
      { numRuns: 200 },
    );
  });

  it('name at most two heads of a national service on any day since 2018 (outside handovers known only to the month or year)', () => {
    const ids = referenceRecords
      .filter((r): r is Agency => r.type === 'agency' && r.country !== undefined)
      .map((a) => a.id);
    // A term ending in '2024-11' and its successor's starting in '2024-11' both hold on every day of
    // that month: the data says no more. Such days are not evidence of too many heads.
    const agencyOfPosition = new Map(
      referenceRecords.filter((r): r is Position => r.type === 'position').map((p) => [p.id, p.organizationId]),
    );
    const coarseBounds = new Map<string, string[]>();
    for (const r of referenceRecords) {
      if (r.type !== 'occupancy') continue;
      const agency = r.organizationId ?? (r.positionId === undefined ? undefined : agencyOfPosition.get(r.positionId));
      if (agency === undefined) continue;
      for (const bound of [r.interval?.start, r.interval?.end]) {
        if (bound !== undefined && bound.length < 10)
          coarseBounds.set(agency, [...(coarseBounds.get(agency) ?? []), bound]);
      }
    }
    const inCoarseBound = (id: string, day: string): boolean =>
      (coarseBounds.get(id) ?? []).some((b) => day.startsWith(b));
    fc.assert(
      fc.property(fc.constantFrom(...ids), day2018, (id, day) => {
        fc.pre(!inCoarseBound(id, day));
        expect((headsOn(id, day) ?? []).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });
});
