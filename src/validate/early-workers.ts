// Worker threads for a `tansiq validate --jobs N` run, started before the run: the bin starts
// them first thing, so that they load their modules and compile the schema while the bin loads
// zod and the library (a few hundred milliseconds on each side), then hands them to the run.
// Not part of the public API (not exported from `tansiq/validate`): the bin imports this module
// on its own, before the library, so it loads no zod and no schema.
import {
  offerEarlyWorkers,
  startEarlyWorkers,
  stopEarlyWorkers,
  threadCount,
  workerPath,
} from './_lib/run/worker-threads.js';
import type { EarlyWorker } from './_lib/run/worker-threads.js';

/** Workers started early, to hand to {@link useEarlyWorkers}. */
export type EarlyWorkers = readonly EarlyWorker[];

/**
 * The JavaScript threads a run with `jobs` threads will use: `jobs`, capped at the machine's
 * parallelism (the calling thread and `runThreads(jobs) - 1` workers).
 */
export function runThreads(jobs: number): number {
  return threadCount(jobs);
}

/**
 * Starts the worker threads a run with `jobs` threads will use (`jobs - 1`, capped at the
 * machine's parallelism); none for one thread, or when the worker script is not there (running
 * from the TypeScript sources). They wait for their settings, and do not keep the process alive.
 */
export function startWorkersEarly(jobs: number): EarlyWorkers {
  const count = threadCount(jobs) - 1;
  const path = count < 1 ? undefined : workerPath();
  return path === undefined ? [] : startEarlyWorkers(path, count);
}

/**
 * Whether the worker script is where this build looks for it: without it, a run with `jobs`
 * above 1 checks every block on the calling thread (as it does from the TypeScript sources).
 */
export function workerScriptFound(): boolean {
  return workerPath() !== undefined;
}

/**
 * Hands early workers to the runs of this thread: the next `validateFiles` with `jobs` above 1
 * takes them before it starts workers of its own.
 */
export function useEarlyWorkers(workers: EarlyWorkers): void {
  offerEarlyWorkers(workers);
}

/** Stops the early workers no run took (the command ended before it validated anything). */
export function stopUnusedWorkers(): Promise<void> {
  return stopEarlyWorkers();
}
