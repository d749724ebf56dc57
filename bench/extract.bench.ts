/**
 * Extraction benchmark: quality on the gold corpus and speed, tansiq against the gazetteer
 * baseline in the same run.
 *
 *   npx tsx bench/extract.bench.ts                  full run (every passage, 1 MB of text)
 *   BENCH_SMOKE=1 npx tsx bench/extract.bench.ts    CI smoke run (a few passages, 50 KB)
 *
 * Baseline: exact matching of every name and acronym in the shipped reference data (agencies,
 * forums, persons, the countries' Arabic names), longest first at word boundaries, linked to the
 * record it names; its meetings are sentences with a reporting verb and two countries or a forum.
 *
 * The corpus is IN-SAMPLE: written by the project for its tests, and the extractor was developed
 * against it. Should a gold ref name a record the data does not hold yet, figures are given over
 * all passages and again over the passages whose gold refs all exist in the data.
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import type * as Data from '../src/data/index.js';
import type * as Extract from '../src/extract/index.js';
import { importBuilt } from './_lib/built.js';
import { PASSAGES, resolveGold } from '../tests/extract/corpus/index.js';
import type { Passage } from '../tests/extract/corpus/index.js';
import { baselineMeetings, baselineMentions } from '../tests/extract/_lib/baseline.js';
import type { Counts, Tally } from '../tests/extract/_lib/score.js';
import { emptyTally, prf, scoreMeetings, scoreMentions, total } from '../tests/extract/_lib/score.js';

// The built library, as users import it (see bench/_lib/built.ts).
const { getRecord } = await importBuilt<typeof Data>('data');
const { extractMeetings, extractMentions } = await importBuilt<typeof Extract>('extract');

const SMOKE = process.env.BENCH_SMOKE === '1';
const passages = SMOKE ? PASSAGES.filter((_, i) => i % 8 === 0) : PASSAGES;

function goldIds(p: Passage): string[] {
  const ids: string[] = [];
  for (const m of p.mentions) if (m.ref !== undefined && m.ref.kind !== 'country') ids.push(m.ref.id);
  for (const m of p.meetings)
    ids.push(...(m.forumId === undefined ? [] : [m.forumId]), ...(m.orgIds ?? []), ...(m.personIds ?? []));
  return ids;
}
const known = (p: Passage): boolean => goldIds(p).every((id) => getRecord(id) !== undefined);

function evaluate(set: readonly Passage[]): { tansiq: Tally; baseline: Tally } {
  const t = emptyTally();
  const b = emptyTally();
  for (const p of set) {
    const gold = resolveGold(p);
    scoreMentions(t, gold.mentions, extractMentions(p.text, { reference: p.reference }));
    scoreMeetings(
      t,
      p.meetings,
      extractMeetings(p.text, { reference: p.reference }).map((m) => ({
        ...(m.date === undefined ? {} : { date: m.date }),
        ...(m.forumId === undefined ? {} : { forumId: m.forumId }),
        countries: m.parties.flatMap((x) => (x.kind === 'country' ? [x.country] : [])),
      })),
    );
    scoreMentions(b, gold.mentions, baselineMentions(p.text));
    scoreMeetings(b, p.meetings, baselineMeetings(p.text, p.reference));
  }
  return { tansiq: t, baseline: b };
}

const f2 = (x: number): string => x.toFixed(2);
const prfText = (c: Counts): string => {
  const r = prf(c);
  return `P ${f2(r.p)} R ${f2(r.r)} F1 ${f2(r.f1)}`;
};

function report(title: string, set: readonly Passage[]): void {
  const { tansiq, baseline } = evaluate(set);
  const mentions = set.reduce((n, p) => n + p.mentions.length, 0);
  const meetings = set.reduce((n, p) => n + p.meetings.length, 0);
  console.log(`\n${title}: ${set.length} passages, ${mentions} gold mentions, ${meetings} gold meetings (in-sample)`);
  const rows: [string, (t: Tally) => string][] = [
    ['mentions, all kinds', (t) => prfText(total(t))],
    ['  person', (t) => prfText(t.mentions['person'] as Counts)],
    ['  agency', (t) => prfText(t.mentions['agency'] as Counts)],
    ['  forum', (t) => prfText(t.mentions['forum'] as Counts)],
    ['  country', (t) => prfText(t.mentions['country'] as Counts)],
    [
      'linking accuracy',
      (t) => `${f2(t.linkable === 0 ? 1 : t.linkedRight / t.linkable)} (${t.linkedRight}/${t.linkable})`,
    ],
    [
      'false-link rate',
      (t) =>
        `${(100 * (t.predictedRefs === 0 ? 0 : t.falseLinks / t.predictedRefs)).toFixed(1)}% (${t.falseLinks}/${t.predictedRefs})`,
    ],
    ['meetings', (t) => prfText(t.meetings)],
  ];
  console.log(`  ${'measure'.padEnd(22)} ${'tansiq'.padEnd(28)} gazetteer baseline`);
  for (const [label, fn] of rows) console.log(`  ${label.padEnd(22)} ${fn(tansiq).padEnd(28)} ${fn(baseline)}`);
}

console.log(
  'Extraction quality on the gold corpus — IN-SAMPLE (written by the project; the extractor was tuned on it)',
);
report('All passages', passages);
const allKnown = passages.filter(known);
if (allKnown.length < passages.length) report('Passages whose gold refs all exist in this data', allKnown);
else console.log('(every gold ref names a record of the shipped data)');

// Speed: Arabic news text, the passages and the example article repeated to the target size.
const seed = readFileSync(new URL('../examples/seed-article.txt', import.meta.url), 'utf8');
const unit = `${seed}\n${PASSAGES.map((p) => p.text).join('\n')}\n`;
const target = SMOKE ? 50_000 : 1_000_000;
let big = '';
while (big.length < target) big += unit;
const bytes = new TextEncoder().encode(big).length;
extractMentions('تسخين'); // build the name index before timing
baselineMentions('تسخين');

/** Best MB/s over `runs` runs, by wall-clock time and by this process's CPU time (one core). */
function mbPerSecond(fn: (text: string) => unknown, runs: number): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(big);
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall: bytes / 1e6 / (wall / 1000), cpu: bytes / 1e6 / (cpu / 1000) };
}
const runs = SMOKE ? 1 : 5;
const heapBefore = process.memoryUsage().heapUsed;
const tansiqMbs = mbPerSecond((t) => extractMentions(t), runs);
const heapAfter = process.memoryUsage().heapUsed;
const baselineMbs = mbPerSecond(baselineMentions, runs);
console.log(
  `\nThroughput on ${(bytes / 1e6).toFixed(2)} MB of Arabic news text (UTF-8), best of ${runs} (wall clock; CPU time of this process):`,
);
console.log(`  tansiq extractMentions   ${tansiqMbs.wall.toFixed(2)} MB/s wall, ${tansiqMbs.cpu.toFixed(2)} MB/s CPU`);
console.log(
  `  gazetteer baseline       ${baselineMbs.wall.toFixed(2)} MB/s wall, ${baselineMbs.cpu.toFixed(2)} MB/s CPU`,
);
console.log(`  heap growth over the tansiq runs: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);

const bench = new Bench({ iterations: SMOKE ? 3 : 50, time: SMOKE ? 50 : 1000, warmupIterations: SMOKE ? 1 : 5 });
let sink = 0;
bench.add(`tansiq extractMentions, example article (${(seed.length / 1000).toFixed(1)} K chars)`, () => {
  sink += extractMentions(seed, { reference: '2022-06-20' }).length;
});
bench.add('gazetteer baseline, example article', () => {
  sink += baselineMentions(seed).length;
});
bench.add('tansiq extractMeetings, example article', () => {
  sink += extractMeetings(seed, { reference: '2022-06-20' }).length;
});
await bench.run();
console.table(bench.table());
if (sink < 0) console.log(sink);
