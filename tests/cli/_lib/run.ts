// What every end-to-end test of the built bin shares: where the repository and the bin are, and
// how to run the bin with a clean environment. The bin's presence is checked once, before any
// test, by tests/cli/_lib/global-setup.ts: these tests fail, never skip, when it is missing.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** The built bin (`npm run build`); TANSIQ_BIN overrides it. */
export const BIN = resolve(ROOT, process.env['TANSIQ_BIN'] ?? 'dist/cli/index.js');

/** One finished run of the bin. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  /** Variables added to the clean environment (PATH and HOME only). */
  env?: Record<string, string>;
  /** What the bin reads on stdin (nothing by default). */
  input?: string | Buffer;
  /** Arguments for node itself, before the bin (e.g. `--import hook.mjs`). */
  nodeArgs?: string[];
}

/** Runs the built bin in the repository root, with PATH and HOME only plus `options.env`. */
export function run(args: readonly string[], options: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...options.env },
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON values of a JSON Lines text, blank lines left out. */
export const parseLines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
