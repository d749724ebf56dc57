import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PAIRWISE_MAX, uniqueStrings } from '../../../src/schemas/_lib/unique-strings.js';
import { SecurityMeetingSchema } from '../../../src/schemas/index.js';

/** Indices of the items a set-based check reports: each string seen earlier in the array. */
function repeatsBySet(items: readonly unknown[]): number[] {
  const seen = new Set<unknown>();
  const out: number[] = [];
  items.forEach((item, i) => {
    if (typeof item !== 'string') return;
    if (seen.has(item)) out.push(i);
    else seen.add(item);
  });
  return out;
}

const item = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.string({ maxLength: 2 }), fc.integer({ max: 3 }));

describe('uniqueStrings', () => {
  const schema = uniqueStrings(z.string(), 'duplicate_role');
  it('reports the same repeats pairwise (short arrays) as with a set (long arrays)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: PAIRWISE_MAX * 3 }), (items) => {
        const r = schema.safeParse(items);
        const reported = r.success
          ? []
          : r.error.issues.filter((i) => i.code === 'custom').map((i) => i.path[0] as number);
        expect(reported).toEqual(repeatsBySet(items));
      }),
      { numRuns: 500 },
    );
  });
});

describe('SecurityMeetingSchema delegation ids', () => {
  it('reports the same duplicate and unknown delegation ids pairwise as with a set', () => {
    const id = fc.constantFrom('host', 'guest', 'x', 'y');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(id, fc.integer()), { maxLength: PAIRWISE_MAX + 6 }),
        fc.array(fc.option(id, { nil: undefined }), { maxLength: 4 }),
        (delegationIds, participantIds) => {
          const meeting = {
            type: 'meeting',
            id: 'meeting.2024-03-05-x',
            kind: 'bilateral-visit',
            status: 'held',
            delegations: delegationIds.map((d) => ({ id: d, party: { kind: 'country', country: 'ES' } })),
            participants: participantIds.map((d) => ({
              ref: { kind: 'country', country: 'ES' },
              roles: ['visitor'],
              ...(d === undefined ? {} : { delegationId: d }),
            })),
            sources: [{ articleId: 'article.2024-03-05-x' }],
          };
          const r = SecurityMeetingSchema.safeParse(meeting);
          const issues = r.success ? [] : r.error.issues.filter((i) => i.code === 'custom');
          const duplicates = issues.filter((i) => i.path[0] === 'delegations').map((i) => i.path[1]);
          const unknown = issues.filter((i) => i.path[0] === 'participants').map((i) => i.path[1]);
          const strings = new Set(delegationIds.filter((d) => typeof d === 'string'));
          expect(duplicates).toEqual(repeatsBySet(delegationIds));
          expect(unknown).toEqual(participantIds.flatMap((d, i) => (d !== undefined && !strings.has(d) ? [i] : [])));
        },
      ),
      { numRuns: 300 },
    );
  });
});
