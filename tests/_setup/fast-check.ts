/**
 * fast-check seeds: random on developers' machines (so property tests keep finding new
 * counterexamples), fixed in CI (so a merge is never blocked by a counterexample that the change
 * did not introduce). `FC_SEED=<n>` replays a run anywhere.
 */
import fc from 'fast-check';

const fromEnv = process.env['FC_SEED'];
const seed = fromEnv !== undefined ? Number(fromEnv) : process.env['CI'] ? 20261129 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
