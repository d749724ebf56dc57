/**
 * Parses every schema fixture (the example records with `RecordSchema`, every case with its own
 * schema) and prints the results as JSON: `{ compiledBefore, compiledAfter, results }`. Run in a
 * child process by tests/schemas/lazy-compile.test.ts, in environments where code generation is
 * or is not allowed. Argument `jitless` sets `z.config({ jitless: true })` first, as an
 * application would at start-up; argument `compile` asks every record schema to compile before
 * parsing (else they parse too few values to compile).
 */
import * as z from 'zod';

if (process.argv.includes('jitless')) z.config({ jitless: true });

const { RecordSchema } = await import('../../../src/schemas/index.js');
const { lazyCompiler } = await import('../../../src/schemas/_lib/lazy-compile.js');
const { TANSIQ_SCHEMAS } = await import('../../../src/schemas/index.js');
const { loadCases, loadRecords, schemaById } = await import('./fixtures.js');

const compiledBefore = lazyCompiler(RecordSchema)?.compiled ?? null;
if (process.argv.includes('compile')) for (const schema of TANSIQ_SCHEMAS) lazyCompiler(schema)?.compile();
const results = [
  ...loadRecords().map(({ name, record }) => ({ name, result: RecordSchema.safeParse(record) })),
  ...loadCases().map((c) => ({ name: c.name, result: schemaById(c.schema).safeParse(c.value) })),
].map(({ name, result }) => ({ name, success: result.success, data: result.data, issues: result.error?.issues }));
const compiledAfter = lazyCompiler(RecordSchema)?.compiled ?? null;
process.stdout.write(JSON.stringify({ compiledBefore, compiledAfter, results }));
