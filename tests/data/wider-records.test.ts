// Checks over the whole shipped dataset that the schemas cannot make alone: dated names, the
// intervals of terms against each other, and the presence of sources on every statement.
import { describe, expect, it } from 'vitest';
import { referenceRecords } from '../../src/data/index.js';
import { comparePartialDates, partialDateBounds } from '../../src/schemas/index.js';
import type { Agency, Occupancy, Position } from '../../src/schemas/index.js';

const agencies = referenceRecords.filter((r): r is Agency => r.type === 'agency');
const positions = referenceRecords.filter((r): r is Position => r.type === 'position');
const occupancies = referenceRecords.filter((r): r is Occupancy => r.type === 'occupancy');

describe('dated names', () => {
  it('give former names an end, and current official names no end', () => {
    for (const agency of agencies) {
      for (const name of agency.names) {
        if (name.validTo !== undefined)
          expect(['former', 'acronym', 'alias', 'short'], `${agency.id} ${name.value}`).toContain(name.kind);
        if (name.kind === 'official') expect(name.validTo, `${agency.id} ${name.value}`).toBeUndefined();
      }
    }
  });

  it("make a renamed agency's names follow each other", () => {
    for (const agency of agencies) {
      const dated = agency.names.filter((n) => n.validFrom !== undefined && n.kind === 'official');
      for (const current of dated) {
        const before = agency.names.filter(
          (n) => n.kind === 'former' && n.lang === current.lang && n.validTo !== undefined,
        );
        for (const old of before) {
          expect(
            comparePartialDates(old.validTo as string, current.validFrom as string),
            `${agency.id} ${old.value}`,
          ).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});

describe('agencies', () => {
  it('link merged and replaced agencies both ways', () => {
    const byId = new Map(agencies.map((a) => [a.id, a]));
    for (const agency of agencies) {
      for (const next of agency.successors ?? [])
        expect(byId.get(next)?.predecessors ?? [], `${agency.id} → ${next}`).toContain(agency.id);
      if (agency.dissolved !== undefined && agency.successors !== undefined)
        expect(agency.successors.length).toBeGreaterThan(0);
    }
  });

  it('date the governments of agencies of rival executives without overlaps', () => {
    for (const agency of agencies) {
      const govs = agency.governments ?? [];
      for (let i = 1; i < govs.length; i++) {
        const prev = govs[i - 1]?.interval?.end;
        const next = govs[i]?.interval?.start;
        if (prev !== undefined && next !== undefined)
          expect(comparePartialDates(prev, next), agency.id).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe('terms of office', () => {
  it('each cite a source URL and give a start, an end, or a note saying why neither is known', () => {
    for (const o of occupancies) {
      expect(
        o.sources.some((s) => typeof s.url === 'string'),
        o.id,
      ).toBe(true);
      const { start, end, status } = o.interval;
      const open = start === undefined || (end === undefined && status !== undefined && status !== 'current');
      if (open) expect(o.notes ?? '', o.id).not.toBe('');
    }
  });

  it('mark running terms current and give them no end', () => {
    for (const o of occupancies) if (o.interval.status === 'current') expect(o.interval.end, o.id).toBeUndefined();
  });

  it('do not overlap on one post, except on a hand-over day or for acting and joint terms', () => {
    const problems: string[] = [];
    for (const position of positions) {
      const terms = occupancies
        .filter((o) => o.positionId === position.id && o.interval.start !== undefined)
        .sort((a, b) => comparePartialDates(a.interval.start as string, b.interval.start as string));
      for (let i = 1; i < terms.length; i++) {
        const prev = terms[i - 1] as Occupancy;
        const next = terms[i] as Occupancy;
        if (prev.acting === true || next.acting === true) continue;
        if (prev.interval.end === undefined) {
          if (prev.interval.status !== 'ended' && prev.interval.status !== 'unknown')
            problems.push(`${prev.id} runs on past ${next.id}`);
          continue;
        }
        const prevEnd = partialDateBounds(prev.interval.end);
        const nextStart = partialDateBounds(next.interval.start as string);
        // Terms may share their hand-over day (or month, at month precision), never more.
        if (prevEnd.first > nextStart.last) problems.push(`${prev.id} overlaps ${next.id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('name a head of government or another minister only on concurrent terms', () => {
    for (const o of occupancies) if (o.heldAs !== undefined) expect(o.concurrent, o.id).toBe(true);
  });
});
