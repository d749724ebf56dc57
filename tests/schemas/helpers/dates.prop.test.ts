import fc from 'fast-check';
import { isValid, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  intervalContains,
  IntervalSchema,
  intervalsOverlap,
  PartialDateSchema,
  partialDateBounds,
} from '../../../src/schemas/index.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Any partial date of year, month or day precision (valid by construction, 1900–2100). */
const partialDate = fc
  .tuple(
    fc.integer({ min: 1900, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([y, m, d, precision]) => {
    if (precision === 0) return pad(y, 4);
    if (precision === 1) return `${pad(y, 4)}-${pad(m, 2)}`;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, last), 2)}`;
  });

const interval = fc.record({
  start: fc.option(partialDate, { nil: undefined }),
  end: fc.option(partialDate, { nil: undefined }),
});

describe('dates (properties)', () => {
  it('PartialDateSchema accepts a YYYY-MM-DD exactly when it is a real calendar day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const value = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const parsed = parseISO(value);
          const real = isValid(parsed) && parsed.getDate() === d && parsed.getMonth() + 1 === m;
          // parseISO cannot represent year 0000; for it the proleptic rule (a leap year) applies
          if (y === 0) return;
          expect(PartialDateSchema.safeParse(value).success).toBe(real);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('bounds are ordered and valid, and the date lies within its own bounds', () => {
    fc.assert(
      fc.property(partialDate, (date) => {
        const { first, last } = partialDateBounds(date);
        expect(first <= last).toBe(true);
        expect(PartialDateSchema.safeParse(first).success).toBe(true);
        expect(PartialDateSchema.safeParse(last).success).toBe(true);
        expect(intervalContains({ start: first, end: last }, date)).toBe(true);
      }),
    );
  });

  it('comparePartialDates is a consistent ordering', () => {
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        expect(comparePartialDates(a, b)).toBe(-comparePartialDates(b, a) || 0);
        expect(comparePartialDates(a, a)).toBe(0);
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0)
          expect(comparePartialDates(a, c) <= 0).toBe(true);
      }),
    );
  });

  it('an interval is valid exactly when its bounds overlap or are ordered', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (start, end) => {
        const ordered = partialDateBounds(start).first <= partialDateBounds(end).last;
        expect(IntervalSchema.safeParse({ start, end }).success).toBe(ordered);
      }),
    );
  });

  it('overlap is symmetric and implied by containment', () => {
    fc.assert(
      fc.property(interval, interval, partialDate, (a, b, date) => {
        expect(intervalsOverlap(a, b)).toBe(intervalsOverlap(b, a));
        if (intervalContains(a, date) && intervalContains(b, date)) expect(intervalsOverlap(a, b)).toBe(true);
        if (intervalContains(a, date)) expect(intervalsOverlap(a, { start: date, end: date })).toBe(true);
      }),
    );
  });
});
