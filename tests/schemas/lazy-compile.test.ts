import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { COMPILE_AFTER_USES, lazyCompiler } from '../../src/schemas/_lib/lazy-compile.js';
import {
  compileRecordSchema,
  PersonSchema,
  RecordSchema,
  SecurityMeetingSchema,
  TANSIQ_SCHEMAS,
} from '../../src/schemas/index.js';
import { loadCases, loadRecords, schemaById } from './_lib/fixtures.js';

// The record schemas compile themselves once used (COMPILE_AFTER_USES parses) where code
// generation is allowed, and keep Zod's runtime parser where it is not; the issues are the same
// either way (the runtime reports them in both cases). Property tests on mutated records:
// lazy-compile.prop.test.ts.

const ROOT = join(import.meta.dirname, '../..');
const records = loadRecords();
const cases = loadCases();
const recordOf = (type: string) =>
  records.find(({ record }) => (record as { type: string }).type === type)?.record as Record<string, unknown>;
const meeting = recordOf('meeting');

/** What a parse gives, in a form two parsers can be compared on. */
function outcome(result: { success: boolean; data?: unknown; error?: { issues: unknown[] } }) {
  return { success: result.success, data: result.data, issues: result.error?.issues };
}

/** Every fixture parsed by the runtime parser (no generated code, `{ jitless: true }`). */
function runtimeResults() {
  return [
    ...records.map(({ name, record }) => ({ name, ...outcome(RecordSchema.safeParse(record, { jitless: true })) })),
    ...cases.map((c) => ({ name: c.name, ...outcome(schemaById(c.schema).safeParse(c.value, { jitless: true })) })),
  ];
}

/** Runs tests/schemas/_lib/parse-fixtures.ts in a child process with the given node flags. */
function parseInChild(
  nodeFlags: string[],
  args: string[],
): { compiledBefore: boolean; compiledAfter: boolean; results: unknown[] } {
  const out = execFileSync(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', 'tests/schemas/_lib/parse-fixtures.ts', ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out) as { compiledBefore: boolean; compiledAfter: boolean; results: unknown[] };
}

describe('record schemas compile once used', () => {
  it('does no work at import, and compiles each schema on its own after COMPILE_AFTER_USES parses', () => {
    // First test of the file: this module graph has not parsed anything yet.
    expect(lazyCompiler(RecordSchema)?.compiled).toBe(false);
    const person = recordOf('person');
    // A script that checks a few records never pays for code generation…
    for (let i = 1; i < COMPILE_AFTER_USES; i++) expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(lazyCompiler(PersonSchema)?.compiled).toBe(false);
    // …and the parse that reaches the threshold compiles (each call counts once).
    expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(lazyCompiler(PersonSchema)?.compiled).toBe(true);
    expect(lazyCompiler(RecordSchema)?.compiled).toBe(false);
    expect(lazyCompiler(SecurityMeetingSchema)?.compiled).toBe(false);
    // Uses through composition count too.
    const Batch = z.array(SecurityMeetingSchema);
    expect(Batch.safeParse(Array.from({ length: COMPILE_AFTER_USES }, () => meeting)).success).toBe(true);
    expect(lazyCompiler(SecurityMeetingSchema)?.compiled).toBe(true);
  });

  it('installs the fast path on every record schema (each of the eleven and RecordSchema)', () => {
    const withCompiler = TANSIQ_SCHEMAS.filter((schema) => lazyCompiler(schema) !== undefined);
    expect(withCompiler).toHaveLength(12);
    expect(withCompiler).toContain(RecordSchema);
  });

  it('gives the same results and issues as the runtime parser on every fixture', () => {
    for (const schema of TANSIQ_SCHEMAS) lazyCompiler(schema)?.compile();
    expect(TANSIQ_SCHEMAS.filter((schema) => lazyCompiler(schema)?.compiled)).toHaveLength(12);
    const fast = [
      ...records.map(({ name, record }) => ({ name, ...outcome(RecordSchema.safeParse(record)) })),
      ...cases.map((c) => ({ name: c.name, ...outcome(schemaById(c.schema).safeParse(c.value)) })),
    ];
    expect(fast).toEqual(runtimeResults());
    expect(fast.filter((r) => !r.success).length).toBeGreaterThan(40);
  });

  it('takes the fast path also where users compose the schema (arrays, optional, objects)', () => {
    compileRecordSchema();
    const Batch = z.object({ records: z.array(RecordSchema), first: RecordSchema.optional() });
    const valid = { records: records.map(({ record }) => record), first: meeting };
    expect(Batch.safeParse(valid).success).toBe(true);
    const broken = {
      records: [...valid.records, { ...meeting, end: '1999' }, meeting],
      first: { ...meeting, kind: 'party' },
    };
    expect(outcome(Batch.safeParse(broken))).toEqual(outcome(Batch.safeParse(broken, { jitless: true })));
    expect(Batch.safeParse(broken).error?.issues.map((i) => i.path.join('/'))).toEqual([
      `records/${records.length}/end`,
      'first/kind',
    ]);
  });

  it('keeps parse, validate and compileRecordSchema consistent with safeParse', () => {
    expect(compileRecordSchema()).toBe(RecordSchema);
    expect(lazyCompiler(RecordSchema)?.compiled).toBe(true);
    expect(RecordSchema.parse(meeting)).toEqual(meeting);
    expect(() => RecordSchema.parse({ ...meeting, end: '1999' })).toThrow(/before start/);
    expect(RecordSchema.validate(meeting)).toBe(true);
    expect(RecordSchema.validate({ ...meeting, end: '1999' })).toBe(false);
    expect(RecordSchema.validate(meeting)).toBe(true);
  });

  it('keeps the runtime parser where code generation is forbidden (node --disallow-code-generation-from-strings)', () => {
    const child = parseInChild(['--disallow-code-generation-from-strings'], ['compile']);
    expect(child.compiledBefore).toBe(false);
    expect(child.compiledAfter).toBe(false);
    expect(child.results).toEqual(JSON.parse(JSON.stringify(runtimeResults())));
  });

  it('keeps the runtime parser under z.config({ jitless: true }), and compiles in a child where allowed', () => {
    const jitless = parseInChild([], ['jitless', 'compile']);
    expect(jitless.compiledAfter).toBe(false);
    const allowed = parseInChild([], ['compile']);
    expect(allowed.compiledBefore).toBe(false);
    expect(allowed.compiledAfter).toBe(true);
    const expected = JSON.parse(JSON.stringify(runtimeResults())) as unknown;
    expect(jitless.results).toEqual(expected);
    expect(allowed.results).toEqual(expected);
  });
});
