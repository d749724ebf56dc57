import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueSink } from '../../../../src/validate/_lib/run/finalize.js';
import type { ValidationIssue } from '../../../../src/validate/index.js';

// The sink keeps exactly the reading-order prefix that a sort of every issue followed by the
// limits would keep, whatever order issues arrive in, and counts everything.

const issue = fc.record({
  file: fc.integer({ min: 0, max: 2 }),
  line: fc.integer({ min: 1, max: 20 }),
  error: fc.boolean(),
});

describe('IssueSink', () => {
  it('keeps the first issues in reading order within maxErrors and maxIssues, and counts all', () => {
    fc.assert(
      fc.property(
        fc.array(issue, { maxLength: 80 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (items, maxErrors, maxIssues) => {
          const sink = new IssueSink(maxErrors, maxIssues);
          const all = items.map((x, order) => ({
            ...x,
            order,
            issue: {
              file: `f${x.file}`,
              line: x.line,
              pointer: '',
              code: 'custom',
              severity: x.error ? 'error' : 'warning',
              message: `#${order}`,
            } as ValidationIssue,
          }));
          for (const x of all) sink.add(x.file, x.issue);
          const sorted = [...all].sort((a, b) => a.file - b.file || a.line - b.line || a.order - b.order);
          const expected: ValidationIssue[] = [];
          let errors = 0;
          for (const x of sorted) {
            if (x.error && errors === maxErrors) break;
            if (expected.length === maxIssues) break;
            if (x.error) errors++;
            expected.push(x.issue);
          }
          const result = sink.finalize([], { files: 0, records: 0, invalidRecords: 0, started: 0 });
          expect(result.issues).toEqual(expected);
          expect(result.summary.errors).toBe(items.filter((x) => x.error).length);
          expect(result.summary.warnings).toBe(items.filter((x) => !x.error).length);
          expect(result.summary.omitted).toBe(items.length - expected.length);
          expect(result.summary.truncated).toBe(items.length > expected.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
