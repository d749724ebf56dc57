import { describe, expect, it } from 'vitest';
import { referenceRecords } from '../../../../src/data/index.js';
import { recordReferences } from '../../../../src/schemas/index.js';
import { emptyFacts } from '../../../../src/validate/_lib/facts/facts.js';
import { createReferenceTable } from '../../../../src/validate/_lib/facts/reference-collector.js';
import { maskOf } from '../../../../src/validate/_lib/check/record-types.js';

describe('createReferenceTable', () => {
  it('finds exactly what recordReferences finds, on every shipped record', () => {
    const table = createReferenceTable();
    expect(referenceRecords.length).toBeGreaterThan(50);
    let total = 0;
    for (const record of referenceRecords) {
      const f = emptyFacts();
      table.collect(record as unknown as Record<string, unknown>, f, 7, 0);
      const expected = recordReferences(record).map((r) => [r.id, maskOf(r.expectedTypes), `/3${r.pointer}`]);
      const pointers = f.refId.map(
        (_, i) => `/3${table.pointer(f.refField[i] ?? -1, f.refI[i] ?? -1, f.refJ[i] ?? -1, f.refK[i] ?? -1)}`,
      );
      // Same references; the trie walks each array once, so the order may differ.
      const key = (r: unknown[]): string => JSON.stringify(r);
      expect(
        f.refId.map((id, i) => [id, f.refMask[i], pointers[i]]).sort((a, b) => (key(a) < key(b) ? -1 : 1)),
      ).toEqual(expected.sort((a, b) => (key(a) < key(b) ? -1 : 1)));
      expect(f.refLine.every((l) => l === 7)).toBe(true);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(100);
  });
});
