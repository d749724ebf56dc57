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
 * @param layer - The folder under `src/` (`arabic`, `schemas`, …).
 * @returns The entry's exports.
 */
export async function importBuilt<T>(layer: string): Promise<T> {
  const root = resolve(import.meta.dirname, '../..');
  const outdir = join(root, 'bench', '.data', 'built');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${layer}.mjs`);
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'src', layer, 'index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}
