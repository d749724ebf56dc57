/**
 * tansiq/data: the cost of importing it, of the first lookup (which builds that lookup's index)
 * and of warm lookups. Run: `npx tsx bench/data.bench.ts` (BENCH_SMOKE=1 for a short smoke run).
 *
 * - Import and first lookups are timed in fresh Node processes on the built package
 *   (`dist/`, run `npm run build` first; skipped with a message when it is missing): the median of
 *   several processes, beside two baselines measured the same way in the same run: importing
 *   `tansiq/arabic` (the layer the data stands on) and importing `tansiq/data` then touching every
 *   record and index (what an eager import would cost).
 * - Warm lookups run in this process on the source, with tinybench: `findAgencies`, `findPersons`,
 *   `findForums`, `headsOn` and `membershipsOn` on a fixed mix of queries (in-sample: the queries
 *   are names and ids of the shipped data itself), against a baseline that normalizes every agency
 *   name on each query (no index).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { findAgencies, findForums, findPersons, headsOn, membershipsOn, referenceRecords } from '../src/data/index.js';
import { searchTokens } from '../src/data/_lib/search-key.js';
import type { Agency } from '../src/schemas/index.js';

const smoke = process.env.BENCH_SMOKE === '1';
const root = join(import.meta.dirname, '..');
const dataEntry = join(root, 'dist', 'data', 'index.js');
const arabicEntry = join(root, 'dist', 'arabic', 'index.js');

/** Runs a module snippet in a fresh process and returns the JSON it prints. */
function fresh(code: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const url = (path: string): string => JSON.stringify(`file://${path}`);
const snippets = {
  'import tansiq/arabic (baseline)': `const t=performance.now(); await import(${url(arabicEntry)}); console.log(JSON.stringify({ms: performance.now()-t}));`,
  'import tansiq/data': `const t=performance.now(); await import(${url(dataEntry)}); console.log(JSON.stringify({ms: performance.now()-t}));`,
  'import tansiq/data + every record and index (eager baseline)': `const t=performance.now(); const m=await import(${url(dataEntry)}); m.referenceRecords.length; m.findAgencies('DGSN'); m.findPersons('Hammouchi'); m.findForums('GCC'); m.headsOn('agency.dz-dgsn','2022'); m.membershipsOn('MA','2022'); console.log(JSON.stringify({ms: performance.now()-t}));`,
  'first lookups after import': `const m=await import(${url(dataEntry)}); const out={}; let t=performance.now(); m.findAgencies('DGSN'); out.findAgencies=performance.now()-t; t=performance.now(); m.findPersons('Hammouchi'); out.findPersons=performance.now()-t; t=performance.now(); m.findForums('GCC'); out.findForums=performance.now()-t; t=performance.now(); m.headsOn('agency.dz-dgsn','2022-06-01'); out.headsOn=performance.now()-t; t=performance.now(); m.membershipsOn('MA','2022-06-01'); out.membershipsOn=performance.now()-t; console.log(JSON.stringify(out));`,
};

if (existsSync(dataEntry) && existsSync(arabicEntry)) {
  const runs = smoke ? 2 : 9;
  console.log(`fresh-process timings on dist/, median of ${runs} processes (ms):`);
  for (const [label, code] of Object.entries(snippets)) {
    const samples: Record<string, number[]> = {};
    for (let i = 0; i < runs; i++) for (const [k, v] of Object.entries(fresh(code))) (samples[k] ??= []).push(v);
    const cells = Object.entries(samples).map(([k, v]) => `${k === 'ms' ? '' : `${k} `}${median(v).toFixed(1)}`);
    console.log(`  ${label}: ${cells.join(', ')}`);
  }
} else {
  console.log('dist/ not built: import and first-lookup timings skipped (run `npm run build`).');
}

// Warm lookups (in-sample query mix).
const agencyQueries = [
  'DGSN',
  'المخابرات العامة',
  'وزارة الداخلية',
  'دي جي إس إن',
  'Home Office',
  'الدرك الوطني',
  'MI5',
  'لخويا',
];
const personQueries = ['Hammouchi', 'جمال كحال', 'Ahmed Hosni', 'فتحي باشاغا', 'Shabana Mahmood', 'Khalifa'];
const agencies = referenceRecords.filter((r): r is Agency => r.type === 'agency');
const naiveFind = (query: string): Agency[] => {
  const wanted = searchTokens(query).join(' ');
  return agencies.filter((a) => a.names.some((n) => searchTokens(n.value).join(' ') === wanted));
};
for (const q of agencyQueries) findAgencies(q);
for (const q of personQueries) findPersons(q);

let sink = 0;
const bench = new Bench(smoke ? { time: 30, warmupTime: 10, iterations: 3 } : { time: 400, warmupTime: 100 });
bench
  .add('findAgencies (8 queries)', () => {
    for (const q of agencyQueries) sink += findAgencies(q).length;
  })
  .add('baseline: agencies scanned without index (8 queries)', () => {
    for (const q of agencyQueries) sink += naiveFind(q).length;
  })
  .add('findPersons (6 queries)', () => {
    for (const q of personQueries) sink += findPersons(q).length;
  })
  .add('findForums (3 queries)', () => {
    for (const q of ['GCC', 'مجلس وزراء الداخلية العرب', 'AFRIPOL']) sink += findForums(q).length;
  })
  .add('headsOn (4 agencies)', () => {
    for (const id of ['agency.dz-dgsn', 'agency.jo-gid', 'agency.ly-interior', 'agency.gb-home-office'])
      sink += headsOn(id, '2022-06-01')?.length ?? 0;
  })
  .add('membershipsOn (4 countries)', () => {
    for (const c of ['MA', 'DZ', 'QA', 'MR']) sink += membershipsOn(c, '2022-06-01').length;
  });
await bench.run();
console.log(`warm lookups (this process, source; in-sample queries${smoke ? ', smoke' : ''}):`);
const mean = new Map<string, number>();
for (const task of bench.tasks) {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  const ms = result.latency.mean;
  mean.set(task.name, ms);
  console.log(`  ${task.name}: ${(ms * 1000).toFixed(1)} µs per batch`);
}
const a = mean.get('findAgencies (8 queries)') ?? Number.NaN;
const b = mean.get('baseline: agencies scanned without index (8 queries)') ?? Number.NaN;
console.log(`  findAgencies is ${(b / a).toFixed(1)}× the no-index baseline`);
if (sink < 0) console.log(sink);
