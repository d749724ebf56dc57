import { defineConfig, type Options } from 'tsup';

/** Library entry points: keep in lockstep with package.json `exports` and typedoc.json (tests/package checks it). */
export const libraryEntries = {
  index: 'src/index.ts',
  'arabic/index': 'src/arabic/index.ts',
  'schemas/index': 'src/schemas/index.ts',
  'data/index': 'src/data/index.ts',
  'validate/index': 'src/validate/index.ts',
  'extract/index': 'src/extract/index.ts',
};

const shared: Options = {
  target: 'node20',
  sourcemap: true,
  treeshake: true,
  // Node 20 supports `node:` imports; keeping the prefix tells bundlers what is Node-only.
  removeNodeProtocol: false,
  // Keep Arabic readable in the output instead of \u escapes.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

export default defineConfig([
  {
    ...shared,
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    // `clean` would race with the CLI build below; `npm run build` cleans first.
    clean: false,
  },
  {
    ...shared,
    entry: { 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    // The bin is a bundle of the library; its stack traces need no source map in the tarball.
    sourcemap: false,
    splitting: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
