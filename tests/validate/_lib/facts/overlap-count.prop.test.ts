import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certainlyOverlap } from '../../../../src/validate/_lib/facts/days.js';
import { countEarlierOverlaps } from '../../../../src/validate/_lib/facts/overlap-count.js';

const day = fc.integer({ min: 0, max: 40 }).map((d) => `2020-01-${String(d).padStart(2, '0')}`);
const interval = fc.tuple(day, day).map(([latestStart, earliestEnd]) => ({ latestStart, earliestEnd }));

describe('countEarlierOverlaps', () => {
  it('equals the pairwise count of certain overlaps with earlier intervals', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), (list) => {
        const expected = list.map(
          (t, a) =>
            list.slice(0, a).filter((u) => certainlyOverlap(u.latestStart, u.earliestEnd, t.latestStart, t.earliestEnd))
              .length,
        );
        expect([...countEarlierOverlaps(list)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('counts 100,000 copies of one interval without pairwise work', () => {
    const list = Array.from({ length: 100_000 }, () => ({ latestStart: '2020-01-01', earliestEnd: '2021-01-01' }));
    const counts = countEarlierOverlaps(list);
    expect(counts[99_999]).toBe(99_999);
    expect(counts[0]).toBe(0);
  });
});
