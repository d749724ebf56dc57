// The shipped data, validated by the built CLI as a user's CI would: the reference dataset
// inside the package (JSON Lines and the per-type JSON files) and the example dataset of `npm start`.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counts } from '../_lib/counts.js';
import { ROOT, run } from './_lib/run.js';

const validate = (...args: string[]) => run(['validate', ...args]);

describe('the built CLI on the shipped data', () => {
  it('finds the reference dataset (JSON Lines) valid, on its own', () => {
    const r = validate('--no-reference-data', 'dist/data/tansiq-reference.jsonl');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^tansiq: 1 file, ${counts().referenceRecords} records, 0 errors, 0 warnings`, 'u'),
    );
    expect(r.code).toBe(0);
  });

  it('finds the per-type JSON files valid together', () => {
    const files = readdirSync(resolve(ROOT, 'dist/data')).filter((f) => f.endsWith('.json') && f !== 'countries.json');
    expect(files.length).toBeGreaterThanOrEqual(10);
    const r = validate('--no-reference-data', ...files.map((f) => `dist/data/${f}`));
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(', 0 errors, 0 warnings');
    expect(r.code).toBe(0);
  });

  it('finds the example dataset of `npm start` valid', () => {
    // The count comes from the example dataset itself (one record per line), not a pinned number.
    const records = counts().exampleRecords;
    const r = validate('examples/');
    expect(r.stderr).toMatch(new RegExp(`^tansiq: 1 file, ${records} records, 0 errors, 0 warnings`, 'u'));
    expect(r.code).toBe(0);
  });
});
