import { describe, expect, it } from 'vitest';
import { lazyCompiler } from '../../src/schemas/_lib/lazy-compile.js';
import { compileRecordSchema, IntervalSchema, RecordSchema } from '../../src/schemas/index.js';

// One parse reports every problem of a record: cross-field checks still run when another field
// of the same object has an issue (a typo must not hide an end date before the start).

const broken = {
  type: 'meeting',
  id: 'meeting.x',
  kind: 'bilateral-talks',
  status: 'held',
  start: '2022-06-15',
  end: '2022-06-14',
  sourcez: [],
  sources: [{ url: 'https://example.org/a' }],
  delegations: [
    { id: 'ma', party: { kind: 'country', country: 'MA' }, headPersonId: 'person.a', memberPersonIds: ['person.b'] },
  ],
  participants: [{ ref: { kind: 'country', country: 'XX' }, roles: ['host'], delegationId: 'es' }, null],
};

const summary = (issues: readonly { path: readonly PropertyKey[]; code: string }[] | undefined) =>
  (issues ?? []).map((i) => `${i.path.join('/')} ${i.code}`).sort();

describe('every problem in one parse', () => {
  it('reports field issues and cross-field issues of the same record together', () => {
    expect(summary(RecordSchema.safeParse(broken).error?.issues)).toEqual(
      [
        ' unrecognized_keys',
        'delegations/0/headPersonId custom',
        'end custom',
        'participants/0/delegationId custom',
        'participants/0/ref/country invalid_value',
        'participants/1 invalid_type',
      ].sort(),
    );
  });

  it('gives the same issues with and without the generated fast path', () => {
    expect(RecordSchema.safeParse(broken).error?.issues).toEqual(
      RecordSchema.safeParse(broken, { jitless: true }).error?.issues,
    );
  });

  it('really compiles a fast path despite the checks' + "' `when` conditions", () => {
    // z.compile refuses checks with a custom `when`: the fast path is compiled from a copy without them.
    expect(compileRecordSchema()).toBe(RecordSchema);
    expect(lazyCompiler(RecordSchema)?.compiled).toBe(true);
    expect(RecordSchema.safeParse(broken).error?.issues).toEqual(
      RecordSchema.safeParse(broken, { jitless: true }).error?.issues,
    );
  });

  it('checks an interval ordering even when its status is wrong', () => {
    expect(summary(IntervalSchema.safeParse({ start: '2022', end: '2021', status: 'bogus' }).error?.issues)).toEqual([
      'end custom',
      'status invalid_value',
    ]);
  });

  it('skips cross-field checks when the value is not an object at all', () => {
    expect(summary(IntervalSchema.safeParse('2021').error?.issues)).toEqual([' invalid_type']);
    expect(summary(RecordSchema.safeParse({ ...broken, participants: 'x', delegations: 3 }).error?.issues)).toContain(
      'participants invalid_type',
    );
  });
});
