/**
 * Export throughput: `toFollowTheMoney` and `toPlover` (each output object serialized with
 * JSON.stringify, as the CLI writes JSON Lines) against a baseline measured in the same run:
 * JSON.stringify of the records themselves. `toPopolo` and `toJsonLd` (one document) are shown
 * for reference. Target: FtM and PLOVER ≥ 100,000 records/s on one core.
 *
 * Records (in-sample, written for this benchmark): equal thirds of persons, memberships of a
 * state or agency in a forum, and meetings (2 delegations, 3 participants with roles and a
 * position, location, topics, an outcome, 1 source), naming the shipped agencies and countries;
 * each record with its own id. `npx tsx bench/export.bench.ts` (BENCH_SMOKE=1: a quick run).
 */
import { availableParallelism, loadavg } from 'node:os';
import { Bench } from 'tinybench';
import type * as Export from '../src/export/index.js';
import { importBuilt } from './_lib/built.js';
import type { TansiqRecord } from '../src/schemas/index.js';

// The built library, as users import it (see bench/_lib/built.ts).
const { toFollowTheMoney, toJsonLd, toPlover, toPopolo } = await importBuilt<typeof Export>('export');

const smoke = process.env['BENCH_SMOKE'] === '1';
const N = smoke ? 600 : 6_000;
const COUNTRIES = ['MA', 'ES', 'FR', 'US', 'DZ', 'TN', 'EG', 'SA', 'NL', 'DE', 'IT', 'NG'];
const AGENCIES = ['agency.ma-dgsn', 'agency.ma-dgst', 'agency.us-fbi', 'agency.es-interior'];

function makeRecords(): TansiqRecord[] {
  const out: TansiqRecord[] = [];
  for (let i = 0; i < N; i++) {
    const c = COUNTRIES[i % COUNTRIES.length] as string;
    const d = COUNTRIES[(i + 5) % COUNTRIES.length] as string;
    const src = [
      { url: `https://news.example.org/a/${i}`, quote: 'استقبل المدير العام وفدا أمنيا', method: 'manual' as const },
    ];
    if (i % 3 === 0) {
      out.push({
        type: 'person',
        id: `person.bench-${i}`,
        name: `Person ${i}`,
        names: [{ value: 'عبد اللطيف الحموشي', lang: 'ar', kind: 'native' }],
        gender: 'male',
        nationalities: [c],
        sources: src,
      });
    } else if (i % 3 === 1) {
      out.push({
        type: 'forum-membership',
        id: `forum-membership.bench-${i}`,
        forumId: 'forum.gctf',
        member:
          i % 2 === 0
            ? { kind: 'country', country: c }
            : { kind: 'organization', id: AGENCIES[i % AGENCIES.length] as `agency.${string}` },
        status: 'member',
        interval: { start: '2015-06' },
        sources: src,
      });
    } else {
      out.push({
        type: 'meeting',
        id: `meeting.bench-${i}`,
        title: [{ value: 'مباحثات أمنية', lang: 'ar' }],
        kind: 'bilateral-visit',
        format: 'in-person',
        status: 'held',
        start: '2022-06-13T11:00-04:00',
        location: { city: 'Rabat', country: c, precision: 'city' },
        hostAgencyId: 'agency.ma-dgsn',
        delegations: [
          { id: 'a', party: { kind: 'country', country: c } },
          { id: 'b', party: { kind: 'country', country: d } },
        ],
        participants: [
          {
            ref: { kind: 'person', id: 'person.abdellatif-hammouchi' },
            delegationId: 'a',
            roles: ['host', 'head-of-delegation'],
            positionId: 'position.ma-dgsn-director-general',
          },
          { ref: { kind: 'country', country: d }, delegationId: 'b', roles: ['visitor'] },
          {
            ref: { kind: 'organization', id: AGENCIES[i % AGENCIES.length] as `agency.${string}` },
            delegationId: 'b',
            roles: ['member'],
          },
        ],
        topics: ['terrorism', 'organized-crime'],
        outcomes: [
          {
            kind: 'intelligence-sharing',
            parties: [
              { kind: 'country', country: c },
              { kind: 'country', country: d },
            ],
          },
        ],
        sources: src,
      });
    }
  }
  return out;
}

const records = makeRecords();
let sink = 0;
const tasks: Record<string, () => void> = {
  'baseline: JSON.stringify of each record': () => {
    for (const r of records) sink += JSON.stringify(r).length;
  },
  'toFollowTheMoney + JSON.stringify per entity': () => {
    for (const e of toFollowTheMoney(records)) sink += JSON.stringify(e).length;
  },
  'toPlover + JSON.stringify per event': () => {
    for (const e of toPlover(records)) sink += JSON.stringify(e).length;
  },
  'toPopolo (one document) + JSON.stringify': () => {
    sink += JSON.stringify(toPopolo(records)).length;
  },
  'toJsonLd (one document) + JSON.stringify': () => {
    sink += JSON.stringify(toJsonLd(records)).length;
  },
};

// Wall-clock rates (tinybench) suffer when the machine is shared; CPU time of this process
// (user + system, so GC threads count against us) gives the rate on one core.
const bench = new Bench(smoke ? { time: 50, warmupTime: 10, iterations: 2 } : { time: 2000, warmupTime: 300 });
for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
await bench.run();
const rates = new Map<string, number>();
const cpuRates = new Map<string, number>();
for (const task of bench.tasks) {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  rates.set(task.name, (N * 1000) / result.latency.mean);
}
for (const [name, fn] of Object.entries(tasks)) {
  const rounds = smoke ? 2 : 20;
  const before = process.cpuUsage();
  for (let i = 0; i < rounds; i++) fn();
  const used = process.cpuUsage(before);
  cpuRates.set(name, (N * rounds) / ((used.user + used.system) / 1e6));
}
const base = rates.get('baseline: JSON.stringify of each record') ?? 1;
const cpuBase = cpuRates.get('baseline: JSON.stringify of each record') ?? 1;
console.log(
  `${N} records (in-sample: persons, forum memberships, meetings in equal thirds); load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${availableParallelism()} cores`,
);
console.log(`${'task'.padEnd(48)} ${'wall-clock'.padStart(14)} ${'per CPU-second'.padStart(16)}  ratio to baseline`);
for (const [name, rate] of rates) {
  const cpu = cpuRates.get(name) ?? 0;
  console.log(
    `${name.padEnd(48)} ${Math.round(rate).toLocaleString('en-US').padStart(10)} r/s ${Math.round(cpu).toLocaleString('en-US').padStart(12)} r/s  ${(rate / base).toFixed(2)}× / ${(cpu / cpuBase).toFixed(2)}×`,
  );
}
if (smoke) console.log('smoke run (few records, cold JIT): the figures are not meaningful');
for (const name of smoke
  ? []
  : ['toFollowTheMoney + JSON.stringify per entity', 'toPlover + JSON.stringify per event']) {
  const rate = cpuRates.get(name) ?? 0;
  console.log(
    `${name}: ${Math.round(rate).toLocaleString('en-US')} records per CPU-second, ${rate >= 100_000 ? 'meets' : 'MISSES'} the 100,000 records/s target`,
  );
}
if (sink < 0) console.log(sink);
