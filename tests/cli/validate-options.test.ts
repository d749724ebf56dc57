// What the bin reads before it loads the library: the threads a `tansiq validate` will run on,
// to start its worker threads early. Any doubt gives 1 (no early worker): the command itself
// reads its arguments again and reports their errors.
import { describe, expect, it } from 'vitest';
import { validateJobs } from '../../src/cli/_lib/validate-options.js';

describe('validateJobs', () => {
  it.each([
    [['validate', '--jobs', '2', 'data/'], 2],
    [['validate', '-j', '4', 'a.jsonl', 'b.jsonl'], 4],
    [['validate', '-j3', 'data/'], 3],
    [['validate', '--jobs=2', '-'], 2],
    [['--locale', 'ar', 'validate', '--jobs', '2', 'data/'], 2],
    [['validate', '--locale=ar', '-j', '2', '--format', 'json', 'data/'], 2],
    [['validate', '--jobs', '2', '--jobs', '3', 'data/'], 3],
    [['validate', 'data/'], 1],
  ])('%j → %i', (argv, jobs) => {
    expect(validateJobs(argv)).toBe(jobs);
  });

  it.each([
    [['validate', '--jobs', '2']], // no paths: a usage error
    [['validate', '--jobs', '2', '--help', 'data/']],
    [['validate', '--jobs', '0', 'data/']],
    [['validate', '--jobs', 'many', 'data/']],
    [['validate', '--jobs', '2', '--bogus', 'data/']],
    [['extract', '--jobs', '2', 'a.txt']],
    [['--jobs', '2', 'validate', 'data/']],
    [[]],
  ])('%j → 1', (argv) => {
    expect(validateJobs(argv)).toBe(1);
  });
});
