import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A layer of the library as users run it: its entry (`src/<layer>/index.ts`) bundled by esbuild
 * the way tsup builds `dist/` (ESM, Node 20 target, not minified) into `bench/.data/built/`, then
 * imported. The benchmarks themselves run under tsx, which compiles each source module on its
 * own; there an import from another module stays a live binding that V8 cannot fold into a
 * constant, and the date scanner, which reads its tables and codes from a dozen modules, ran
 * 10–25% slower than the built package users import.
 *
 * esbuild runs in a child process: merely loading its JavaScript API into the
 * process made the date scanner about 10% slower there (46 against 41.5 µs on the 5 KB article,
 * alternated runs), for reasons not looked into.
 *
 * @param layer - The folder under `src/` (`arabic`, `schemas`, …).
 * @returns The entry's exports.
 */
export async function importBuilt<T>(layer: string): Promise<T> {
  const root = resolve(import.meta.dirname, '../..');
  const outdir = join(root, 'bench', '.data', 'built');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${layer}.mjs`);
  const options = {
    entryPoints: [join(root, 'src', layer, 'index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'warning',
  };
  const script = "import { build } from 'esbuild'; await build(JSON.parse(process.argv[1]));";
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(options)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`esbuild failed to bundle src/${layer}: ${r.stderr}`);
  return (await import(pathToFileURL(outfile).href)) as T;
}
