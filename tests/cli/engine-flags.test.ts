// The bin collects the young generation on each JavaScript thread alone when its threads take
// every core (src/cli/_lib/engine-flags.ts): checked on the built bin, in V8's own trace of each
// collection, which says how long helper threads worked on it.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFlagsFor } from '../../src/cli/_lib/engine-flags.js';
import { run } from './_lib/run.js';
import { testTempDir } from '../_lib/temp-dir.js';

describe('engineFlagsFor', () => {
  it('turns parallel scavenging off only when the threads take every core', () => {
    expect(engineFlagsFor(1, 1)).toEqual([]);
    expect(engineFlagsFor(1, 2)).toEqual([]);
    expect(engineFlagsFor(2, 4)).toEqual([]);
    expect(engineFlagsFor(3, 4)).toEqual([]);
    expect(engineFlagsFor(2, 2)).toEqual(['--no-parallel-scavenge']);
    expect(engineFlagsFor(4, 4)).toEqual(['--no-parallel-scavenge']);
  });
});

const tmp = testTempDir('tansiq-engine-');

/** Milliseconds helper threads spent on each young-generation collection, from `--trace-gc-nvp`. */
function helperTimes(stdout: string): number[] {
  return stdout
    .split('\n')
    .filter((line) => line.includes(' gc=s '))
    .map((line) => Number(/ background\.scavenge\.parallel=([\d.]+)/u.exec(line)?.[1] ?? Number.NaN));
}

describe.runIf(availableParallelism() >= 2)('tansiq validate on every core', () => {
  const file = join(tmp, 'records.jsonl');
  const lines: string[] = [];
  for (let k = 0; k < 40_000; k++)
    lines.push(JSON.stringify({ type: 'person', id: `person.p-${k}`, name: `Person ${k}`, sources: [] }));
  writeFileSync(file, lines.join('\n') + '\n');
  const cores = String(availableParallelism());

  it('collects without helper threads, on the main thread and in the workers', () => {
    const r = run(['validate', '--jobs', cores, '--format', 'json', file], { nodeArgs: ['--trace-gc-nvp'] });
    expect(r.code).toBe(0);
    const times = helperTimes(r.stdout);
    expect(times.length).toBeGreaterThan(1);
    expect(times.every((t) => t === 0)).toBe(true);
  });

  it('keeps the helpers with a core to spare (one thread): the check above can fail', () => {
    const r = run(['validate', '--format', 'json', file], { nodeArgs: ['--trace-gc-nvp'] });
    expect(r.code).toBe(0);
    const times = helperTimes(r.stdout);
    expect(times.length).toBeGreaterThan(1);
    expect(times.some((t) => t > 0)).toBe(true);
  });
});
