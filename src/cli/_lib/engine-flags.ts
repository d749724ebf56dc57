// V8 settings the bin chooses for its own process. Only the bin may: they apply to the whole
// process, and a library must not change the engine of the application that imports it.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * The V8 flags for a run on `threads` JavaScript threads on a machine with `cores` cores.
 *
 * When the threads take every core (`tansiq validate --jobs 2` on two cores), V8's parallel
 * young-generation collection only adds work: each collection hands part of its copying to
 * helper threads, which must then take a core from a JavaScript thread, and all threads meet
 * again before the collection ends. Collecting on the thread alone is then cheaper in CPU time
 * and no slower. With a core to spare (one thread, or fewer threads than cores) the helpers run
 * on it, and the default stays.
 *
 * @param threads - JavaScript threads of the run (the main one and its workers).
 * @param cores - Cores the process may use (`os.availableParallelism()`).
 */
export function engineFlagsFor(threads: number, cores: number): readonly string[] {
  return threads > 1 && threads >= cores ? ['--no-parallel-scavenge'] : [];
}

/**
 * Sets {@link engineFlagsFor}'s flags for this process; called first thing, before the heap
 * holds anything and before any worker starts (workers share the process's flags).
 *
 * @param threads - JavaScript threads of the run.
 */
export function tuneEngine(threads: number): void {
  for (const flag of engineFlagsFor(threads, availableParallelism())) setFlagsFromString(flag);
}
