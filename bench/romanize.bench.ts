/**
 * Romanization benchmark: how often romanizeArabicName spells an official's name as the press
 * does, per style and for foreign names, against the peer baseline (`transliteration`'s
 * `transliterate`, what a developer would reach for on npm), and its speed.
 *
 *   npx tsx bench/romanize.bench.ts                 full run
 *   BENCH_SMOKE=1 npx tsx bench/romanize.bench.ts   CI smoke run (a tenth of the list)
 *
 * The list (tests/arabic/names/officials.ts) is IN-SAMPLE: written by the developers, with the
 * lexicon built with these names in view. Held-out agreement will be lower. The second list
 * (tests/arabic/names/officials-second.ts) was written before the earlier tuning round and kept
 * out of it; it is tuned on from this round on, so it is IN-SAMPLE too. Its figures from before
 * this round (Maghreb 25.9% exact / 55.4% tokens, Mashreq 37.7% / 62.2%) were the held-out-like
 * ones; a held-out list will score below both lists.
 *
 * The third list (tests/arabic/names/officials-third.ts, 695 officials) was written blind, by
 * someone who never saw the romanizer's code or output, after the rules and lexicons of this
 * round were fixed; it is never tuned on and its misses are never printed. Its figures are the
 * closest to a held-out evaluation the project has (it is still the project's own list).
 *
 * The fourth table (tests/arabic/names/officials-foreign-dev.ts, foreign officials only) was
 * written while tuning the foreign-name decision and the Persian and Turkish spellings on it:
 * IN-SAMPLE.
 *
 *   npx tsx bench/romanize.bench.ts --misses       also list the names of the in-sample lists spelled otherwise
 */
import { Bench } from 'tinybench';
import { transliterate as peerTransliterate } from 'transliteration';
import type * as Arabic from '../src/arabic/index.js';
import { importBuilt } from './_lib/built.js';
import { OFFICIALS } from '../tests/arabic/names/officials.js';
import { OFFICIALS_SECOND } from '../tests/arabic/names/officials-second.js';
import { OFFICIALS_THIRD } from '../tests/arabic/names/officials-third.js';
import { OFFICIALS_FOREIGN_DEV } from '../tests/arabic/names/officials-foreign-dev.js';
import type { Official, OfficialRegion } from '../tests/arabic/names/officials.js';
import { agreement } from '../tests/arabic/names/_metrics.js';

// The built library, as users import it (see bench/_lib/built.ts).
const { romanizeArabicName } = await importBuilt<typeof Arabic>('arabic');

const SMOKE = process.env.BENCH_SMOKE === '1';
const list = SMOKE ? OFFICIALS.filter((_, i) => i % 10 === 0) : OFFICIALS;

const styleFor = (o: Official): 'maghreb' | 'mashreq' => (o.region === 'mashreq' ? 'mashreq' : 'maghreb');
const tansiq = (o: Official): string => romanizeArabicName(o.arabic, { style: styleFor(o) });
const peer = (o: Official): string => peerTransliterate(o.arabic).replace(/\b\w/gu, (c) => c.toUpperCase());

const fmt = (x: number): string => (100 * x).toFixed(1) + '%';
const regions: OfficialRegion[] = ['maghreb', 'mashreq', 'foreign'];
function table(all: readonly Official[], title: string): void {
  console.log(`\n${title}${SMOKE ? ' — SMOKE subset' : ''}\n`);
  console.log('| names | count | tansiq exact | tansiq tokens | peer exact | peer tokens |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of [...regions, 'all'] as const) {
    const subset = r === 'all' ? all : all.filter((o) => o.region === r);
    // (a list of foreign names only has no Maghreb or Mashreq row)
    if (subset.length === 0) continue;
    const label =
      r === 'maghreb'
        ? 'Maghreb (style maghreb)'
        : r === 'mashreq'
          ? 'Mashreq (style mashreq)'
          : r === 'foreign'
            ? 'foreign (default style)'
            : 'all';
    const t = agreement(subset.map((o) => [tansiq(o), o.latin]));
    const p = agreement(subset.map((o) => [peer(o), o.latin]));
    console.log(
      `| ${label} | ${subset.length} | ${fmt(t.exact)} | ${fmt(t.tokens)} | ${fmt(p.exact)} | ${fmt(p.tokens)} |`,
    );
  }
}
table(list, `Romanization of ${list.length} officials' names against the press spelling (IN-SAMPLE list: tuned on it)`);
const second = SMOKE ? OFFICIALS_SECOND.filter((_, i) => i % 10 === 0) : OFFICIALS_SECOND;
table(
  second,
  `Second list, ${second.length} other officials (written before the earlier tuning round, tuned on from this round on: IN-SAMPLE)`,
);
const third = SMOKE ? OFFICIALS_THIRD.filter((_, i) => i % 10 === 0) : OFFICIALS_THIRD;
table(
  third,
  `Third list, ${third.length} other officials (written blind, never tuned on, its totals only used as a regression check: the nearest to a held-out figure; misses never printed)`,
);
const foreignDev = SMOKE ? OFFICIALS_FOREIGN_DEV.filter((_, i) => i % 10 === 0) : OFFICIALS_FOREIGN_DEV;
table(
  foreignDev,
  `Foreign development list, ${foreignDev.length} foreign officials (Iran, Turkey, Russia, Europe, Asia, Africa, Americas; written during the tuning of the foreign-name decision: IN-SAMPLE)`,
);
if (process.argv.includes('--misses')) {
  for (const [title, names] of [
    ['In-sample names', list],
    ['Second-list names (in-sample too)', second],
    ['Foreign development list (in-sample)', foreignDev],
  ] as const) {
    console.log(`\n${title} not spelled as the press does (got → press):\n`);
    for (const o of names) {
      const got = tansiq(o);
      if (got !== o.latin) console.log(`${o.region}\t${o.arabic}\t${got}\t→ ${o.latin}`);
    }
  }
}
const foreignSame = list
  .filter((o) => o.region === 'foreign')
  .every(
    (o) =>
      romanizeArabicName(o.arabic, { style: 'mashreq' }) === romanizeArabicName(o.arabic) &&
      romanizeArabicName(o.arabic, { style: 'ala-lc' }) === romanizeArabicName(o.arabic),
  );
console.log(`\nForeign names spelled the same in every style: ${foreignSame ? 'yes' : 'NO'}`);

const bench = new Bench({ iterations: SMOKE ? 3 : 20, time: SMOKE ? 50 : 1000, warmupIterations: SMOKE ? 1 : 5 });
let sink = 0;
bench.add('tansiq romanizeArabicName', () => {
  for (const o of list) sink += tansiq(o).length;
});
bench.add('peer transliteration', () => {
  for (const o of list) sink += peer(o).length;
});
await bench.run();
const usPerName = (name: string): number => {
  const r = bench.tasks.find((t) => t.name === name)?.result as { latency?: { mean: number } } | undefined;
  return ((r?.latency?.mean ?? Number.NaN) * 1000) / list.length;
};
console.log('\n| call | µs / name |');
console.log('| --- | --- |');
console.log(`| romanizeArabicName | ${usPerName('tansiq romanizeArabicName').toFixed(2)} |`);
console.log(`| peer transliterate | ${usPerName('peer transliteration').toFixed(2)} |`);
console.log(`\ntargets (held-out): ≥ 40% exact and ≥ 75% tokens for Arabic and foreign names${sink < 0 ? '' : ''}`);
