import { describe, expect, it } from 'vitest';
import { defaultEnv } from '../../../../src/validate/_lib/check/default-env.js';
import { processBlock } from '../../../../src/validate/_lib/check/process-block.js';
import { FactStore } from '../../../../src/validate/_lib/facts/fact-store.js';
import type { StoredIssue } from '../../../../src/validate/_lib/facts/fact-store.js';
import type { Facts, FactsView } from '../../../../src/validate/_lib/facts/facts.js';
import { numbersToTypedArrays } from '../../../../src/validate/_lib/facts/facts.js';

const src = [{ url: 'https://news.example.org/a/1', quote: 'x', method: 'manual' }];
const lines = [
  {
    type: 'agency',
    id: 'agency.a',
    names: [{ value: 'A', lang: 'en', kind: 'official' }],
    kind: 'police',
    country: 'MA',
    founded: '2010',
    sources: src,
  },
  { type: 'person', id: 'person.p', name: 'P', sources: src },
  { type: 'person', id: 'person.p', name: 'P again', sources: src },
  ...Array.from({ length: 600 }, (_, i) => ({
    type: 'membership',
    id: `membership.m-${i}`,
    member: { kind: 'person', id: i % 7 === 0 ? `person.nobody-${i % 3}` : i % 11 === 0 ? 'agency.a' : 'person.p' },
    organizationId: i % 13 === 0 ? 'person.p' : 'agency.a',
    role: 'officer',
    interval: { start: i % 17 === 0 ? '2005' : '2015-05', status: 'current' },
    sources: src,
  })),
  { type: 'person', id: 'person.nobody-1', name: 'Late', sources: src },
];

/** Merges the facts of the lines into a fresh store (in blocks of `per` lines) and returns its issues. */
function issuesOf(prepare: (f: Facts) => FactsView, per: number): StoredIssue[] {
  const env = defaultEnv(256, 1 << 20);
  const out: StoredIssue[] = [];
  const store = new FactStore(
    (file, line) => `${file}:${line}`,
    env.references.pointer,
    (issue) => out.push(issue),
    env.say,
  );
  for (let at = 0; at < lines.length; at += per) {
    const text = lines
      .slice(at, at + per)
      .map((l) => JSON.stringify(l))
      .join('\n');
    const block = processBlock(Buffer.from(text), env);
    store.merge(prepare(block.facts), 0, at);
  }
  store.finish();
  return out;
}

describe('FactStore.merge', () => {
  it('decides the same issues with the hashes computed at check time, without them, and from a worker’s packed numbers', () => {
    const withHashes = issuesOf((f) => f, 100);
    expect(withHashes.map((i) => i.code).sort()).toEqual(
      expect.arrayContaining(['duplicate_id', 'unknown_reference', 'outside_lifetime']),
    );
    const withoutHashes = issuesOf((f) => ({ ...f, declHash: [], refHash: [] }), 100);
    const packed = issuesOf((f) => {
      numbersToTypedArrays(f);
      return f;
    }, 100);
    const oneBlock = issuesOf((f) => f, lines.length);
    expect(withoutHashes).toEqual(withHashes);
    expect(packed).toEqual(withHashes);
    expect(oneBlock).toEqual(withHashes);
  });
});
