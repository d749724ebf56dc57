import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  firstDay,
  firstDayNumber,
  intervalBounds,
  intervalUseBounds,
  lastDay,
  lastDayNumber,
  MAX_DAY,
  MAX_DAY_NUMBER,
  MIN_DAY,
  MIN_DAY_NUMBER,
} from '../../../../src/validate/_lib/facts/days.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Partial dates and date-times as the schemas accept them: `YYYY`, `YYYY-MM`, `YYYY-MM-DD[Thh:mm…]`. */
const partialDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .chain(([y, m, d]) =>
    fc.constantFrom(
      pad(y, 4),
      `${pad(y, 4)}-${pad(m, 2)}`,
      `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
      `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T10:30:00+01:00`,
    ),
  );

describe('day numbers', () => {
  it('are the day strings as numbers, in the same order', () => {
    expect(dayNumber(MIN_DAY)).toBe(MIN_DAY_NUMBER);
    expect(dayNumber(MAX_DAY)).toBe(MAX_DAY_NUMBER);
    expect(lastDayNumber('2024-02')).toBe(20240229);
    expect(lastDayNumber('1900-02')).toBe(19000228);
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        expect(firstDayNumber(a)).toBe(dayNumber(firstDay(a)));
        expect(lastDayNumber(a)).toBe(dayNumber(lastDay(a)));
        expect(Math.sign(firstDayNumber(a) - lastDayNumber(b))).toBe(
          firstDay(a) < lastDay(b) ? -1 : firstDay(a) === lastDay(b) ? 0 : 1,
        );
      }),
    );
  });

  it('give the use bounds of intervalBounds', () => {
    const maybe = fc.option(partialDate, { nil: undefined });
    const status = fc.constantFrom(undefined, 'current', 'ended', 'unknown');
    fc.assert(
      fc.property(maybe, maybe, status, (start, end, st) => {
        const b = intervalBounds(start, end, st);
        const out = { latestStart: 0, earliestEnd: 0 };
        intervalUseBounds(start, end, st, out);
        expect(out).toEqual({ latestStart: dayNumber(b.latestStart), earliestEnd: dayNumber(b.earliestEnd) });
      }),
    );
  });
});
