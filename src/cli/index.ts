// The `tansiq` bin (ESM). The build adds the shebang. Not importable as a library: everything it
// does is available from `tansiq/validate`, `tansiq/schemas` and `tansiq/arabic`.
//
// It starts the worker threads of a `validate --jobs N` run first, then loads the program (zod
// and the library, a few hundred milliseconds), which takes them over: the workers load and
// compile their schema meanwhile instead of after. Before that it sets the engine's flags for
// the number of threads the run will use (see engine-flags.ts).
import { runThreads, startWorkersEarly } from '../validate/early-workers.js';
import { tuneEngine } from './_lib/engine-flags.js';
import { validateJobs } from './_lib/validate-options.js';

const args = process.argv.slice(2);
const jobs = validateJobs(args);
tuneEngine(runThreads(jobs));
const early = startWorkersEarly(jobs);
// A file of its own in the build (see scripts/_lib/bin-program-apart.ts).
const { runCli } = await import('./run.js');
process.exitCode = await runCli(args, early);
