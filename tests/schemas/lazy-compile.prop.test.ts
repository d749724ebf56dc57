import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID, lazyCompiler } from '../../src/schemas/_lib/lazy-compile.js';
import { RecordSchema, TANSIQ_SCHEMAS } from '../../src/schemas/index.js';
import { loadCases, loadRecords, schemaById } from './_lib/fixtures.js';
import { valuePaths } from './_lib/value-paths.js';
import type { Path } from './_lib/value-paths.js';

// The generated fast path (taken by default) and the runtime parser (`{ jitless: true }`, what
// runs where code generation is not allowed) agree on success, output and every issue, on
// records mutated the ways real data goes wrong: a field replaced by a near-miss value, removed,
// or an array item duplicated.

// Every record schema compiles now (rather than after its first thousand parses).
for (const schema of TANSIQ_SCHEMAS) lazyCompiler(schema)?.compile();

const records = loadRecords().map(({ record }) => record);
const recordCases = loadCases().filter(
  (c) => c.schema !== 'tansiq.Record' && typeof c.value === 'object' && c.value !== null,
);

/** Values a field of a record may wrongly hold: near misses of dates, ids, codes and shapes. */
const nearMiss = fc.oneof(
  fc.constantFrom<unknown>(
    '2021',
    '2021-13',
    '2021-02-29',
    '2024-02-29',
    '2022-06-14T10:00:00',
    '2022-06-14T10:00:00Z',
    '1999',
    '3000-01-01',
    'person.x',
    'agency.ma-dgsn',
    'meeting.Bad Id',
    'forum.gctf',
    'MA',
    'ma',
    'XX',
    'EU',
    'ar',
    'ar-Latn',
    'en_US',
    'https://example.org/a',
    'ftp://x',
    '',
    ' ',
    'held',
    'head',
    'visitor',
    null,
    0,
    -1,
    1.5,
    Number.POSITIVE_INFINITY,
    true,
    [],
    {},
    [null],
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 5000 }),
);

/** One mutation: `set` a value at a path, `delete` the field, or `dup` (repeat an array item). */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: nearMiss }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('dup' as const), pick: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(value: unknown, mutations: Mutation[]): unknown {
  let copy = structuredClone(value);
  for (const m of mutations) {
    const all = valuePaths(copy);
    const path = all[m.pick % all.length] as Path;
    if (path.length === 0) {
      if (m.kind === 'set') copy = m.value;
      continue;
    }
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (m.kind === 'set') parent[last] = structuredClone(m.value);
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (Array.isArray(parent)) parent.push(structuredClone(parent[last as number]));
  }
  return copy;
}

function outcome(result: { success: boolean; data?: unknown; error?: { issues: unknown[] } }) {
  return { success: result.success, data: result.data, issues: result.error?.issues };
}

describe('fast path and runtime parser agree', () => {
  it('compiled every record schema', () => {
    expect(TANSIQ_SCHEMAS.filter((schema) => lazyCompiler(schema)?.compiled)).toHaveLength(12);
  });

  it('on mutated example records (RecordSchema)', () => {
    let invalid = 0;
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (r, mutations) => {
        const input = mutate(records[r], mutations);
        const fast = outcome(RecordSchema.safeParse(input));
        if (!fast.success) invalid++;
        expect(fast).toEqual(outcome(RecordSchema.safeParse(input, { jitless: true })));
      }),
      { numRuns: 1500 },
    );
    // The mutations must mostly break records, or the comparison proves little.
    expect(invalid).toBeGreaterThan(500);
  });

  it('on mutated schema cases (each with its own schema)', () => {
    fc.assert(
      fc.property(
        fc.nat(recordCases.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (c, mutations) => {
          const { schema, value } = recordCases[c] as (typeof recordCases)[number];
          const input = mutate(value, mutations);
          const target = schemaById(schema);
          expect(outcome(target.safeParse(input))).toEqual(outcome(target.safeParse(input, { jitless: true })));
        },
      ),
      { numRuns: 800 },
    );
  });

  it('on mutated example records, through validate and the generated validator itself', () => {
    // `validate` generates the assert-only validator on its first call after the parser.
    RecordSchema.validate(records[0]);
    const validator = (RecordSchema._zod.bag as { validator?: (input: unknown) => unknown }).validator;
    if (validator === undefined) throw new Error('no generated validator');
    // A valid record is accepted without a copy of it being built (the cross-field checks of the
    // record objects run on the record itself).
    for (const record of records) expect(validator(record)).toBe(true);
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (r, mutations) => {
        const input = mutate(records[r], mutations);
        const runtime = RecordSchema.safeParse(input, { jitless: true }).success;
        expect(RecordSchema.validate(input)).toBe(runtime);
        // What the generated validator accepts, the runtime accepts (the validator calls it directly).
        if (validator(input) !== INVALID) expect(runtime).toBe(true);
        else rejected++;
      }),
      { numRuns: 1500 },
    );
    expect(rejected).toBeGreaterThan(500);
  });
});
