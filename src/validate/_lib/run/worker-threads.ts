import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';

/**
 * Starting the validator's worker threads: where their script is, how many, their heap limits,
 * and the workers started early, before the run that uses them exists. This module loads no zod
 * and no schema: the bin imports it before the rest of the library (see `early-workers.ts`).
 */

/**
 * Heap limits of a worker: it holds one block (256 KiB of lines) and its results at a time, so a
 * small old generation suffices; without limits each worker's heap grows like the main thread's.
 * The young generation holds the short-lived parsed records of a few blocks: at 8 MB it was
 * collected about once a block and garbage collection took 15% of a worker's time, at 24 MB 7%.
 * At 48 MB (16 MB semi-spaces) V8's scheduled collection, posted when a semi-space is 80% full,
 * mostly runs between two blocks (see worker.ts), when nearly nothing is alive, instead of in the
 * middle of one (a block allocates about 3 MB): 500,000 records, -j 2, 3% less CPU time, peak
 * RSS +20 MB. The old generation then needs 64 MB: at 32 MB beside a 48 MB young generation, V8
 * ran a full collection every few blocks. A block over `WORKER_MAX_BLOCK_BYTES` (a huge
 * record) is checked on the main thread, and so is a block whose worker failed (e.g. ran out of
 * its heap).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 64 };

/**
 * How many threads check blocks when `jobs` are asked for: capped at the machine's parallelism.
 * The calling thread is one of them: `threadCount(jobs) - 1` worker threads are started.
 */
export function threadCount(jobs: number): number {
  return Math.max(1, Math.min(Math.floor(jobs), availableParallelism()));
}

/** URL of this module, in the ESM and the CJS build alike. */
function here(): string | undefined {
  if (typeof __filename === 'string') return pathToFileURL(__filename).href;
  try {
    return import.meta.url;
  } catch {
    return undefined;
  }
}

/**
 * Where the worker script (`dist/validate/worker.js`, its own build entry) is, relative to each
 * place this code is bundled into: the validate entry (`dist/validate/`), the bin's first file
 * (`dist/cli/`), a chunk of the bin's program (`dist/cli/chunks/`) and a chunk of the library
 * (`dist/`). A place missing here silently turns `--jobs N` into one thread: the built bin's
 * tests check that a worker checks blocks.
 */
const WORKER_CANDIDATES = ['./worker.js', '../validate/worker.js', '../../validate/worker.js', './validate/worker.js'];

/**
 * The worker script relative to wherever this code was bundled (see `WORKER_CANDIDATES`).
 * Undefined when running from the TypeScript sources (then blocks are checked on this thread).
 */
export function workerPath(): string | undefined {
  const base = here();
  if (base === undefined || !base.startsWith('file:')) return undefined;
  for (const candidate of WORKER_CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, base));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Starts a worker thread on the script at `path`. With `workerData` (its settings and the
 * ports they hold, in `transferList`) it starts checking at once; without, it loads its modules
 * and compiles the schema, then waits for its settings as its first message (an early worker).
 */
export function spawnWorker(
  path: string,
  workerData?: unknown,
  transferList: readonly TransferListItem[] = [],
): Worker {
  return workerData === undefined
    ? new Worker(path, { resourceLimits: WORKER_LIMITS })
    : new Worker(path, { workerData, transferList: [...transferList], resourceLimits: WORKER_LIMITS });
}

/** A worker started before its run: it loads and compiles meanwhile, and waits for its settings. */
export interface EarlyWorker {
  readonly worker: Worker;
  /** Set when it failed or exited before a run took it: the run then starts a worker of its own. */
  failed: boolean;
  /** Removes the listeners that watch it until a run takes it. */
  readonly unwatch: () => void;
}

/**
 * Starts `count` workers now, for a run that will start later in this thread: each loads its
 * modules and compiles the schema while this thread loads the rest of the program. They do not
 * keep the process alive until a run takes them (see {@link offerEarlyWorkers}).
 *
 * @returns The workers, for {@link offerEarlyWorkers} (which may run in another bundle of this
 *   code, with its own module state: the bin starts them before it loads the library).
 */
export function startEarlyWorkers(path: string, count: number): EarlyWorker[] {
  const out: EarlyWorker[] = [];
  for (let k = 0; k < count; k++) {
    const worker = spawnWorker(path);
    const early: EarlyWorker = {
      worker,
      failed: false,
      unwatch: () => {
        worker.off('error', fail);
        worker.off('exit', fail);
      },
    };
    // An 'error' event with no listener would throw: a failed early worker is only noted.
    const fail = (): void => {
      early.failed = true;
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.unref();
    out.push(early);
  }
  return out;
}

/** The early workers offered to the runs of this thread that no run has taken yet, oldest first. */
let waiting: EarlyWorker[] = [];

/** Offers early workers to the next runs of this thread (see {@link takeEarlyWorker}). */
export function offerEarlyWorkers(workers: readonly EarlyWorker[]): void {
  waiting.push(...workers);
}

/**
 * Takes the oldest early worker that is still alive, for a run to send its settings to; the
 * ones that failed are dropped. Undefined when none is left (the run starts its own).
 */
export function takeEarlyWorker(): Worker | undefined {
  for (;;) {
    const early = waiting.shift();
    if (early === undefined) return undefined;
    early.unwatch();
    if (early.failed) continue;
    early.worker.ref();
    return early.worker;
  }
}

/** Stops the early workers no run took (a command that ended before it validated anything). */
export async function stopEarlyWorkers(): Promise<void> {
  const left = waiting;
  waiting = [];
  await Promise.all(
    left.map(async (early) => {
      early.unwatch();
      // Swallow the error a worker still loading may report as it is stopped.
      early.worker.on('error', () => undefined);
      await early.worker.terminate();
    }),
  );
}
