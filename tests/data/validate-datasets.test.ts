import { describe, expect, it } from 'vitest';
import { referenceRecords } from '../../src/data/index.js';
import { validateRecords } from '../../src/validate/index.js';
import { exampleLines } from '../_lib/counts.js';

describe('dataset validation of the shipped data (the checks `tansiq validate` runs)', () => {
  it('finds no error and no warning in the shipped records, cross-record checks included', () => {
    const result = validateRecords(referenceRecords, { referenceData: false });
    expect(result.issues).toEqual([]);
    expect(result.summary.records).toBe(referenceRecords.length);
  });

  it('finds no error and no warning in the example dataset', () => {
    const lines = exampleLines();
    const result = validateRecords(lines.map((l) => JSON.parse(l) as unknown));
    expect(result.issues).toEqual([]);
    expect(result.summary.records).toBe(lines.length);
  });
});
