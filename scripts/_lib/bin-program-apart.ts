import { sep } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Keeps the bin's program (`src/cli/run.ts`, its own entry) out of the bin's bundle: the bin
 * (`src/cli/index.ts`) imports it with `import('./run.js')` once it has started the worker
 * threads of a `--jobs` run, and that import stays a load of the built `run.js` beside it.
 */
export const binProgramApart: Plugin = {
  name: 'tansiq-bin-program-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/run\.js$/ }, (args) =>
      args.importer.endsWith(`${sep}cli${sep}index.ts`) ? { path: './run.js', external: true } : undefined,
    );
  },
};
