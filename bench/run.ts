/**
 * Runs every benchmark under bench/ one after another, each in its own process so that one
 * benchmark's memory and JIT state do not colour the next. `BENCH_SMOKE=1` (CI) runs each with a
 * few iterations on small data: a smoke test that the benchmarks still run, never a timed assertion.
 *
 *   npm run bench                # full figures
 *   npm run bench -- dates       # only benchmarks whose file name contains "dates"
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}${process.env.BENCH_SMOKE ? ' (smoke)' : ''} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${file}`], {
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) {
    console.error(`${file} exited with ${String(result.status ?? result.signal)}`);
    failed += 1;
  }
}
if (files.length === 0) {
  console.error('no benchmark matched');
  process.exit(1);
}
process.exit(failed === 0 ? 0 : 1);
