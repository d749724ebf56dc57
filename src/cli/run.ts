// The bin's program: everything `tansiq` does. Loaded by the bin (index.ts) once it has started
// the worker threads a `validate --jobs N` run will use; built as a file of its own
// (dist/cli/run.js) so that loading it, with zod and the library, waits until then.
import type { EarlyWorkers } from '../validate/early-workers.js';
import { stopUnusedWorkers, useEarlyWorkers } from '../validate/early-workers.js';
import { main } from './_lib/main.js';

/**
 * Runs the CLI on `args` with this process's streams and environment, handing the workers
 * started early to the run that wants them (the others are stopped at the end).
 *
 * @returns The exit code.
 */
export async function runCli(args: string[], early: EarlyWorkers): Promise<number> {
  useEarlyWorkers(early);
  try {
    return await main(args, { stdout: process.stdout, stderr: process.stderr, env: process.env });
  } finally {
    await stopUnusedWorkers();
  }
}
