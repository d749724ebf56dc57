import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRecordSchema, RecordSchema } from '../../src/schemas/index.js';
import { loadRecords } from './_lib/fixtures.js';
import { valuePaths } from './_lib/value-paths.js';
import type { Path } from './_lib/value-paths.js';

// `safeParse` never throws, whatever sits at any position of a record: values that are not JSON
// (Symbols, BigInts, functions, objects without a prototype, objects whose toString/valueOf
// throw, getters and Proxies that throw) are type errors at their own path. Both the runtime
// parser and the generated fast path are checked, and they must agree.

const records = loadRecords().map(({ record }) => record);
// The runtime parser alone (what runs where code generation is not allowed) and the default
// (generated fast path first).
const Runtime = {
  safeParse: (input: unknown) => RecordSchema.safeParse(input, { jitless: true }),
  parse: (input: unknown) => RecordSchema.parse(input, { jitless: true }),
};
const Fast = compileRecordSchema();

/** A copy of `record` with `value` at `path` (defined with `get` when `getter` is set). */
function withValue(record: unknown, path: Path, value: () => unknown, getter: boolean): unknown {
  if (path.length === 0) return value();
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (getter) Object.defineProperty(at, last, { get: value, enumerable: true, configurable: true });
  else at[last] = value();
  return copy;
}

const throwing = (what: string) => () => {
  throw new Error(what);
};

/** Hostile values fast-check's `anything` does not make. */
const exotic = fc.constantFrom<() => unknown>(
  () => Object.create(null),
  () => Symbol('s'),
  () => 10n,
  () => () => 1,
  () => ({ toString: throwing('toString'), valueOf: throwing('valueOf') }),
  () => ({ [Symbol.toPrimitive]: throwing('toPrimitive') }),
  () => new Proxy({}, { get: throwing('proxy get'), ownKeys: throwing('proxy keys') }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => new Date(Number.NaN),
  () => [Symbol('in array')],
);

const value = fc.oneof(
  fc
    .anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    })
    .map((v) => () => v),
  exotic,
);

const site = fc
  .constantFrom(...records.map((_, i) => i))
  .chain((r) => fc.tuple(fc.constant(r), fc.constantFrom(...valuePaths(records[r]))));

function issuesOf(result: ReturnType<typeof RecordSchema.safeParse>): string[] {
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('/')} ${i.code}`).sort();
}

describe('RecordSchema.safeParse is total', () => {
  it('never throws, in both parsers, whatever value sits at any position (also behind a throwing getter)', () => {
    fc.assert(
      fc.property(site, value, fc.boolean(), ([r, path], make, getter) => {
        const input = withValue(records[r], path, make, getter);
        let plain: ReturnType<typeof RecordSchema.safeParse> | undefined;
        let fast: ReturnType<typeof RecordSchema.safeParse> | undefined;
        expect(() => (plain = Runtime.safeParse(input))).not.toThrow();
        expect(() => (fast = Fast.safeParse(input))).not.toThrow();
        expect(issuesOf(fast as never)).toEqual(issuesOf(plain as never));
      }),
      { numRuns: 1500 },
    );
  });

  it('reports a throwing value as a type error at its own path', () => {
    const record = records.find((x) => (x as { type?: string }).type === 'occupancy') as { interval: object };
    for (const make of [() => Object.create(null), () => Symbol('s'), () => ({ toString: throwing('t') })]) {
      for (const key of ['start', 'end']) {
        const input = withValue(record, ['interval', key], make, false);
        for (const schema of [Runtime, Fast]) {
          const result = schema.safeParse(input);
          expect(result.success).toBe(false);
          expect(result.error?.issues.map((i) => [i.path.join('/'), i.code])).toContainEqual([
            `interval/${key}`,
            'invalid_type',
          ]);
        }
      }
    }
    const input = withValue(record, ['interval', 'end'], throwing('getter'), true);
    for (const schema of [Runtime, Fast]) {
      const result = schema.safeParse(input);
      expect(result.error?.issues).toEqual([
        expect.objectContaining({
          path: ['interval', 'end'],
          code: 'invalid_type',
          message: 'the value could not be read (getter)',
        }),
      ]);
      expect(() => schema.parse(input)).toThrow(/could not be read/);
    }
  });

  it('span bounds that are not numbers are type errors, not thrown', () => {
    const article = records.find((x) => (x as { type?: string }).type === 'article');
    const spans = valuePaths(article).filter((p) => p[p.length - 1] === 'span');
    expect(spans.length).toBeGreaterThan(0);
    for (const p of spans) {
      const input = withValue(article, [...p, 'end'], () => Symbol('end'), false);
      const result = RecordSchema.safeParse(input);
      expect(result.error?.issues.map((i) => i.path.join('/'))).toEqual([[...p, 'end'].join('/')]);
    }
  });
});
