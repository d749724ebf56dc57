import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { binProgramApart } from './scripts/_lib/bin-program-apart.js';

/** Library entry points: keep in lockstep with package.json `exports` and typedoc.json (tests/package checks it). */
export const libraryEntries = {
  index: 'src/index.ts',
  'arabic/index': 'src/arabic/index.ts',
  'schemas/index': 'src/schemas/index.ts',
  'data/index': 'src/data/index.ts',
  'validate/index': 'src/validate/index.ts',
  'extract/index': 'src/extract/index.ts',
  'export/index': 'src/export/index.ts',
};

/** Loads the JSON files under src/data as a JSON string literal holding the file's text (see src/data/_lib/tables.ts). */
const dataAsText: Plugin = {
  name: 'tansiq-data-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/].*\.json$/ }, async (args) => ({
      contents: JSON.stringify(await readFile(args.path, 'utf8')),
      loader: 'json',
    }));
  },
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
  // The shipped data tables are bundled as JSON text (a string) and parsed on first use
  // (src/data/_lib/tables.ts), so that importing tansiq/data only scans string literals.
  esbuildPlugins: [dataAsText],
};

/** What the bin's files share: ESM only, no types, no source maps, the shebang. */
const binFiles: Options = {
  format: ['esm'],
  dts: false,
  // The bin is a bundle of the library; its stack traces need no source map in the tarball.
  sourcemap: false,
  clean: false,
  banner: { js: '#!/usr/bin/env node' },
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
    // The bin's first file: it starts the worker threads of a --jobs run, then loads the program
    // (cli/run). One file, loaded before anything else (see scripts/_lib/bin-program-apart.ts).
    entry: { 'cli/index': 'src/cli/index.ts' },
    esbuildPlugins: [dataAsText, binProgramApart],
    ...binFiles,
    splitting: false,
  },
  {
    ...shared,
    // The program: each command is a chunk it loads when the command runs (src/cli/_lib/main.ts),
    // with the code commands share in chunks of their own, under dist/cli/chunks/.
    entry: { 'cli/run': 'src/cli/run.ts' },
    ...binFiles,
    splitting: true,
    esbuildOptions(options) {
      options.charset = 'utf8';
      options.chunkNames = 'cli/chunks/[name]-[hash]';
    },
  },
  {
    ...shared,
    // The worker thread of validate --jobs: one file, holding only what it runs.
    entry: { 'validate/worker': 'src/validate/worker.ts' },
    ...binFiles,
    splitting: false,
  },
]);
