/**
 * RecordSchema.safeParse on typical meeting records, against ajv on the generated JSON Schema
 * for the same records. Run: `npx tsx bench/schemas.bench.ts` (BENCH_SMOKE=1 for a few-second
 * smoke run). The records are in-sample (built from the repository's own fixtures).
 *
 * Records: equal thirds of three meeting shapes seen in the news — a phone call (2 participants,
 * 1 source), bilateral talks (2 participants, location, topics, a date-time), a delegation visit
 * (2 delegations, 5 participants, outcome, CAMEO/PLOVER coding, 2 sources) — each copy with its
 * own id. Prints records/s for `RecordSchema.safeParse` as users call it (it compiles itself,
 * zod's generated parser, once it has parsed a thousand values), for the same call on Zod's runtime parser alone
 * (`{ jitless: true }`: what runs where code generation is not allowed — strict CSP, Cloudflare
 * Workers, `z.config({ jitless: true })`), for `z.array(RecordSchema)` (the fast path also holds
 * when users compose the schema) and for ajv (strict, on `record.json` and on
 * `security-meeting.json` alone), with the time ratios to ajv measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Bench } from 'tinybench';
import * as z from 'zod';
import { COMPILE_AFTER_USES } from '../src/schemas/_lib/lazy-compile.js';
import { jsonSchemaFiles, RecordSchema } from '../src/schemas/index.js';

const smoke = process.env.BENCH_SMOKE === '1';
const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures', 'schemas', 'records');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Record<string, unknown>;

const visit = read('meeting-hammouchi-washington.json');
const talks = read('meeting-laftit-marlaska.json');
const call: Record<string, unknown> = {
  type: 'meeting',
  id: 'meeting.phone-call',
  kind: 'phone-call',
  format: 'phone',
  status: 'held',
  start: '2022-06-20',
  participants: [
    { ref: { kind: 'person', id: 'person.abdelouafi-laftit' }, roles: ['speaker'] },
    { ref: { kind: 'person', id: 'person.fernando-grande-marlaska' }, roles: ['speaker'] },
  ],
  sources: [{ url: 'https://www.example.org/news/1' }],
};
const shapes = { 'phone call': call, 'bilateral talks': talks, 'delegation visit': visit };

const batchSize = smoke ? 90 : 900;
const makeBatch = (templates: Record<string, unknown>[]): Record<string, unknown>[] =>
  Array.from({ length: batchSize }, (_, i) => {
    const record = structuredClone(templates[i % templates.length] as Record<string, unknown>);
    record.id = `${String(record.id)}-${i}`;
    return record;
  });

// RecordSchema parses its first thousand values on the runtime parser, then compiles itself on
// the next parse: that parse is timed here, once per process.
for (let i = 1; i < COMPILE_AFTER_USES; i++) RecordSchema.safeParse(call);
const compileStart = performance.now();
RecordSchema.safeParse(call);
const firstUseMs = performance.now() - compileStart;
const RecordArray = z.array(RecordSchema);
// A plain copy of RecordSchema and of its eleven record schemas, none compiled on first use:
// Zod's runtime parser with its own object fast path (what `RecordSchema.safeParse` ran before
// it compiled itself).
const Plain = z.discriminatedUnion(
  'type',
  RecordSchema.options.map((option) => z.core.clone(option)) as unknown as typeof RecordSchema.options,
);
const files = jsonSchemaFiles();
const ajv = new Ajv2020({ strict: true });
const ajvRecord = ajv.compile(files['record.json'] as object);
const ajvMeeting = ajv.compile(files['security-meeting.json'] as object);

const validators: Record<string, (record: unknown) => boolean> = {
  'RecordSchema.safeParse': (record) => RecordSchema.safeParse(record).success,
  'runtime parser (jitless)': (record) => RecordSchema.safeParse(record, { jitless: true }).success,
  'runtime parser (plain copy)': (record) => Plain.safeParse(record).success,
  'ajv record.json': (record) => ajvRecord(record),
  'ajv security-meeting.json': (record) => ajvMeeting(record),
};

// The machine may be shared: each figure is the best of several short rounds, validators
// interleaved, which is far less sensitive to other processes than one long run.
const rounds = smoke ? 1 : 5;

async function measure(batch: Record<string, unknown>[]): Promise<Map<string, number>> {
  for (const record of batch) {
    for (const [name, validate] of Object.entries(validators)) {
      if (!validate(record)) throw new Error(`${name} rejected ${String(record.id)}`);
    }
  }
  let sink = 0;
  const best = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench(smoke ? { time: 40, warmupTime: 10, iterations: 3 } : { time: 250, warmupTime: 100 });
    for (const [name, validate] of Object.entries(validators)) {
      bench.add(name, () => {
        for (const record of batch) if (validate(record)) sink++;
      });
    }
    bench.add('z.array(RecordSchema)', () => {
      if (RecordArray.safeParse(batch).success) sink++;
    });
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      const rate = (batch.length * 1000) / result.latency.mean;
      best.set(task.name, Math.max(best.get(task.name) ?? 0, rate));
    }
  }
  if (sink < 0) console.log(sink);
  return best;
}

const fmt = (n: number | undefined): string => Math.round(n ?? Number.NaN).toLocaleString('en-US');
const ratio = (rates: Map<string, number>, zod: string, peer: string): string =>
  `${((rates.get(peer) ?? Number.NaN) / (rates.get(zod) ?? Number.NaN)).toFixed(2)}×`;

console.log(`\ntansiq schemas benchmark${smoke ? ' (BENCH_SMOKE: tiny run, figures indicative only)' : ''}`);
console.log(`node ${process.version}, one core, ${batchSize} records per iteration, best of ${rounds} round(s)\n`);

const rows: Record<string, string>[] = [];
// Single shapes first, the mix last (so that every validator is warm when the mix is measured);
// the mix is printed first.
const batches: [string, Record<string, unknown>[]][] = [
  ...Object.entries(shapes).map(([name, template]): [string, Record<string, unknown>[]] => [
    name,
    makeBatch([template]),
  ]),
  ['mix (⅓ each shape)', makeBatch(Object.values(shapes))],
];
let mix: Map<string, number> | undefined;
for (const [label, batch] of batches) {
  const rates = await measure(batch);
  if (label.startsWith('mix')) mix = rates;
  const row = {
    records: label,
    'RecordSchema records/s': fmt(rates.get('RecordSchema.safeParse')),
    'plain runtime records/s': fmt(rates.get('runtime parser (plain copy)')),
    'no-codegen runtime records/s': fmt(rates.get('runtime parser (jitless)')),
    'z.array(RecordSchema) records/s': fmt(rates.get('z.array(RecordSchema)')),
    'ajv record.json records/s': fmt(rates.get('ajv record.json')),
    'ajv meeting.json records/s': fmt(rates.get('ajv security-meeting.json')),
    'RecordSchema/ajv time': ratio(rates, 'RecordSchema.safeParse', 'ajv record.json'),
    'plain/ajv time': ratio(rates, 'runtime parser (plain copy)', 'ajv record.json'),
    'no-codegen/ajv time': ratio(rates, 'runtime parser (jitless)', 'ajv record.json'),
  };
  if (label.startsWith('mix')) rows.unshift(row);
  else rows.push(row);
}
console.table(rows);
if (mix !== undefined) {
  console.log(
    `mix: RecordSchema.safeParse ${fmt(mix.get('RecordSchema.safeParse'))} records/s (compiles itself on its ${COMPILE_AFTER_USES.toLocaleString('en-US')}th parse: ${firstUseMs.toFixed(0)} ms, once), ` +
      `plain runtime parser (the former default) ${fmt(mix.get('runtime parser (plain copy)'))} records/s, ` +
      `runtime parser without code generation ${fmt(mix.get('runtime parser (jitless)'))} records/s, z.array(RecordSchema) ${fmt(mix.get('z.array(RecordSchema)'))} records/s; ` +
      `ajv record.json ${fmt(mix.get('ajv record.json'))} records/s. Time ratio to ajv: RecordSchema ${ratio(mix, 'RecordSchema.safeParse', 'ajv record.json')} ` +
      `(the default), plain runtime ${ratio(mix, 'runtime parser (plain copy)', 'ajv record.json')}, ` +
      `without code generation ${ratio(mix, 'runtime parser (jitless)', 'ajv record.json')} (strict CSP, Cloudflare Workers, jitless). ` +
      "In-sample records (the repository's fixtures).",
  );
}
