import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashId, IdTable } from '../../../../src/validate/_lib/facts/id-table.js';

describe('IdTable', () => {
  it('numbers ids in insertion order, through many growths', () => {
    const t = new IdTable();
    for (let i = 0; i < 50_000; i++) expect(t.add(`person.p-${i}`)).toBe(-1);
    expect(t.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) expect(t.get(JSON.parse(`"person.p-${i}"`) as string)).toBe(i);
    expect(t.add('person.p-42')).toBe(42);
    expect(t.size).toBe(50_000);
    expect(t.get('person.nobody')).toBe(-1);
  });

  it('behaves like a Map of first insertion numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
        const t = new IdTable();
        const m = new Map<string, number>();
        for (const k of keys) {
          const before = m.get(k);
          expect(t.add(k)).toBe(before ?? -1);
          if (before === undefined) m.set(k, m.size);
        }
        for (const [k, v] of m) expect(t.get(k)).toBe(v);
        expect(t.size).toBe(m.size);
      }),
      { numRuns: 100 },
    );
  });

  it('tells apart keys of any code units (non-ASCII, lone surrogates, prefixes)', () => {
    const t = new IdTable();
    const keys = [
      'a',
      'ab',
      '',
      '\u00ff',
      '\u00ff\u0000',
      '\u0000\u00ff',
      'ÿ\u00ff',
      'عبد',
      '\ud800',
      '\ud800\udc00',
      'x\uffff',
    ];
    keys.forEach((k) => expect(t.add(k)).toBe(-1));
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.get('a\u0000')).toBe(-1);
    expect(t.get('\u00fe')).toBe(-1);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 5 }), { maxLength: 2000 }), (list) => {
        const table = new IdTable();
        const m = new Map<string, number>();
        for (const k of list) {
          const before = m.get(k);
          expect(table.add(k)).toBe(before ?? -1);
          if (before === undefined) m.set(k, m.size);
        }
        for (const [k, v] of m) expect(table.get(k)).toBe(v);
      }),
      { numRuns: 100 },
    );
  });

  it('sized for an expected count, or looked up with prefetched hashes, gives the same numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 2000 }),
        fc.integer({ min: 0, max: 5000 }),
        (keys, expected) => {
          const sized = new IdTable(expected);
          const plain = new IdTable();
          const hashes = new Int32Array(keys.length);
          keys.forEach((k, i) => (hashes[i] = hashId(k)));
          sized.prefetch(hashes, keys.length);
          keys.forEach((k, i) => expect(sized.addHashed(k, hashes[i] as number)).toBe(plain.add(k)));
          expect(sized.size).toBe(plain.size);
          for (const k of keys) expect(sized.getHashed(k, hashId(k))).toBe(plain.get(k));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps a tag beside each key: set when added, changed by retag, -1 for an absent key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 8 }), fc.nat(1000), fc.boolean()), {
          maxLength: 2000,
        }),
        fc.integer({ min: 0, max: 3000 }),
        (ops, expected) => {
          const t = new IdTable(expected);
          const tags = new Map<string, number>();
          for (const [key, tag, retag] of ops) {
            if (retag) {
              expect(t.retagHashed(key, hashId(key), tag)).toBe(tags.has(key));
              if (tags.has(key)) tags.set(key, tag);
            } else {
              const before = t.get(key);
              expect(t.add(key, tag)).toBe(before);
              if (!tags.has(key)) tags.set(key, tag);
            }
          }
          for (const [key, tag] of tags) {
            expect(t.tag(key)).toBe(tag);
            expect(t.tagHashed(key, hashId(key))).toBe(tag);
          }
          expect(t.tag('\u0000absent\u0000key-longer-than-eight')).toBe(-1);
          expect(t.size).toBe(tags.size);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps long and non-ASCII keys and their tags across growths of its entry block', () => {
    const t = new IdTable();
    const key = (i: number): string => `person.${'عبد'.repeat(i % 7)}-${'x'.repeat(i % 300)}-${i}`;
    for (let i = 0; i < 20_000; i++) expect(t.add(key(i), i % 13)).toBe(-1);
    for (let i = 0; i < 20_000; i += 7) {
      expect(t.get(key(i))).toBe(i);
      expect(t.tag(key(i))).toBe(i % 13);
    }
    expect(t.get(`${key(5)}x`)).toBe(-1);
  });
});
