// `tansiq validate --jobs N` starts its worker threads before it loads the library (src/cli/index.ts),
// and the run takes them over: checked on the built bin and its built worker script.
import { cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './_lib/run.js';
import { testTempDir } from '../_lib/temp-dir.js';
import { BLOCK_COUNTER_PRELOAD, blocksSent, writePersonLines } from '../_lib/worker-blocks.js';

const tmp = testTempDir('tansiq-early-');

const WORKER = join(ROOT, 'dist/validate/worker.js');

/**
 * Writes a preload (for `node --import`) that replaces `Worker` of `node:worker_threads` with a
 * subclass running `then` after each worker is made (`options` is what it was made with), and
 * returns its path.
 */
function workerHook(name: string, then: string): string {
  const file = join(tmp, name);
  writeFileSync(
    file,
    `import { createRequire, syncBuiltinESMExports } from 'node:module';
const threads = createRequire(import.meta.url)('node:worker_threads');
const Base = threads.Worker;
threads.Worker = class extends Base {
  constructor(file, options) {
    super(file, options);
    ${then}
  }
};
syncBuiltinESMExports();
`,
  );
  return file;
}

/** Writes one line to stderr per worker thread started, saying whether it got workerData. */
const COUNT_HOOK = workerHook(
  'count-workers.mjs',
  "process.stderr.write('worker started ' + (options?.workerData === undefined ? 'early' : 'by the run') + '\\n');",
);

/** Counts the blocks the run sends to its worker threads (see tests/_lib/worker-blocks.ts). */
const BLOCK_HOOK = join(tmp, 'count-blocks.mjs');
writeFileSync(BLOCK_HOOK, BLOCK_COUNTER_PRELOAD);

/** Stops every worker started early as soon as it starts. */
const KILL_HOOK = workerHook('kill-early-workers.mjs', 'if (options?.workerData === undefined) void this.terminate();');

const LINES = [
  JSON.stringify({ type: 'person', id: 'person.a', name: 'A', sources: [] }),
  JSON.stringify({ type: 'person', id: 'person.b', name: 42, sources: [] }),
].join('\n');

interface Result {
  lines: number;
  records: number;
  invalidRecords: number;
  errors: number;
}

/** Sends one block to a started worker and returns its result. */
async function check(worker: Worker, results: MessagePort): Promise<Result> {
  const bytes = new Uint8Array(new SharedArrayBuffer(LINES.length));
  bytes.set(Buffer.from(LINES));
  const notice = new Promise((resolve) => worker.once('message', resolve));
  worker.postMessage({ id: 0, bytes });
  expect(await notice).toEqual({ id: 0 });
  const reply = receiveMessageOnPort(results)?.message as {
    id: number;
    result: Result;
  };
  expect(reply.id).toBe(0);
  return reply.result;
}

const ready = (worker: Worker): Promise<unknown> => new Promise((resolve) => worker.once('message', resolve));

describe('the built worker script', () => {
  it('started early, takes its settings as its first message, then checks blocks', async () => {
    const worker = new Worker(WORKER);
    const { port1, port2 } = new MessageChannel();
    const started = ready(worker);
    worker.postMessage({ results: port2, locale: undefined, maxDepth: 256, maxRecordBytes: 1 << 20 }, [port2]);
    expect(await started).toEqual({ id: -1, ready: true });
    const result = await check(worker, port1);
    expect(result).toMatchObject({ lines: 2, records: 2, invalidRecords: 1 });
    expect(result.errors).toBeGreaterThan(0);
    port1.close();
    await worker.terminate();
  });

  it('started by a run, takes its settings from workerData: the same result', async () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER, {
      workerData: { results: port2, locale: undefined, maxDepth: 256, maxRecordBytes: 1 << 20 },
      transferList: [port2],
    });
    expect(await ready(worker)).toEqual({ id: -1, ready: true });
    expect(await check(worker, port1)).toMatchObject({ lines: 2, records: 2, invalidRecords: 1 });
    port1.close();
    await worker.terminate();
  });
});

describe.runIf(availableParallelism() >= 2)('tansiq validate --jobs 2', () => {
  const file = join(tmp, 'records.jsonl');
  writeFileSync(file, LINES + '\n');
  const started = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('worker started'));

  it('starts its one worker early, and the run uses it (no second worker)', () => {
    const r = run(['validate', '--jobs', '2', file], { nodeArgs: ['--import', COUNT_HOOK] });
    expect(started(r.stderr)).toEqual(['worker started early']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(run(['validate', file]).stdout);
  });

  it('hands blocks to its worker, and reports as one thread does', () => {
    // Enough lines that the worker is ready long before the main thread is through them.
    const many = join(tmp, 'many.jsonl');
    writePersonLines(many, 150_000, 1000);
    const args = ['--format', 'json', many];
    const two = run(['validate', '--jobs', '2', ...args], { nodeArgs: ['--import', BLOCK_HOOK] });
    expect(blocksSent(two.stderr)).toBeGreaterThan(0);
    const one = run(['validate', ...args]);
    expect(two.code).toBe(1);
    const withoutDuration = (text: string): string => text.replace(/"durationMs": \d+/u, '');
    expect(withoutDuration(two.stdout)).toBe(withoutDuration(one.stdout));
  });

  it('an early worker that died gives the same report (the run starts its own, or checks the blocks itself)', () => {
    const lines: string[] = [];
    for (let k = 0; k < 6000; k++)
      lines.push(
        JSON.stringify({ type: 'person', id: `person.p-${k % 5000}`, name: k % 7 === 0 ? 7 : `P ${k}`, sources: [] }),
      );
    const big = join(tmp, 'big.jsonl');
    writeFileSync(big, lines.join('\n') + '\n');
    const args = ['--format', 'json', '--max-issues', '100000', big];
    const one = run(['validate', ...args]);
    const two = run(['validate', '--jobs', '2', ...args], { nodeArgs: ['--import', KILL_HOOK] });
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    const withoutDuration = (text: string): string => text.replace(/"durationMs": \d+/u, '');
    expect(withoutDuration(two.stdout)).toBe(withoutDuration(one.stdout));
  });

  it('says so, and checks on one thread, when its worker script is missing from the install', () => {
    const install = join(tmp, 'install');
    cpSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    cpSync(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'), 'dir');
    rmSync(join(install, 'dist/validate/worker.js'));
    const bin = join(install, 'dist/cli/index.js');
    const two = spawnSync(
      process.execPath,
      ['--import', COUNT_HOOK, bin, 'validate', '--jobs', '2', '--format', 'json', file],
      {
        encoding: 'utf8',
      },
    );
    expect(two.stderr).toContain(
      "tansiq: --jobs 2: the worker threads' script (validate/worker.js) is missing from this install; checking on one thread",
    );
    expect(started(two.stderr)).toEqual([]);
    expect(two.status).toBe(1);
    const one = run(['validate', '--format', 'json', file]);
    const withoutDuration = (text: string): string => text.replace(/"durationMs": \d+/u, '');
    expect(withoutDuration(two.stdout)).toBe(withoutDuration(one.stdout));
    const quiet = spawnSync(process.execPath, [bin, 'validate', '--jobs', '2', '--quiet', file], { encoding: 'utf8' });
    expect(quiet.stderr).not.toContain('worker');
  });

  it('starts none for one thread, --help or a usage error', () => {
    for (const args of [
      ['validate', file],
      ['validate', '--jobs', '2', '--help'],
      ['validate', '--jobs', '2', '--format', 'bogus', file],
    ]) {
      const r = run(args, { nodeArgs: ['--import', COUNT_HOOK] });
      expect(started(r.stderr)).toEqual([]);
    }
  });
});
