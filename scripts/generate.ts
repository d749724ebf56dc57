/**
 * `npm run generate`: regenerates every generated file of the repository, in dependency order.
 *
 * | step | writes |
 * | --- | --- |
 * | countries | the country-code module of the schemas and `src/data/_generated/countries.json` |
 * | hijri-table | the Umm al-Qura month-length table of `src/arabic/dates` |
 * | index | `src/index.ts`, the root entry |
 * | data | the example dataset `examples/data/seed-dataset.jsonl` and the reference-data guide's tables |
 * | guide-tables | the tables of the guides generated from catalogues (issue codes, record rules) |
 * | diagrams | the SVG diagrams of the guides |
 * | golden (only with `--golden`) | the golden outputs of the exporters and the CLI, and the API-surface snapshot |
 *
 * Options:
 * - `--check`: regenerate, report every file that changed, put the committed contents back and
 *   exit 1 when any did (CI runs this: a stale generated file fails the build). It compares file
 *   contents, so it needs no git.
 * - `--golden`: also rewrite the golden files (builds first). Review the diff before committing.
 * - `--only STEP[,STEP]`: run only these steps.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');

interface Step {
  name: string;
  /** Commands to run from the repository root, each an argv. */
  commands: readonly (readonly string[])[];
  /** Extra environment of the commands. */
  env?: Record<string, string>;
  /** Only with `--golden`. */
  golden?: boolean;
}

const tsx = (script: string, ...args: string[]): string[] => [process.execPath, '--import', 'tsx', script, ...args];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vitest = (...args: string[]): string[] => [process.execPath, 'node_modules/vitest/vitest.mjs', 'run', ...args];

const STEPS: readonly Step[] = [
  { name: 'countries', commands: [tsx('scripts/generate-countries.ts')] },
  { name: 'hijri-table', commands: [tsx('scripts/generate-hijri-table.ts')] },
  { name: 'index', commands: [tsx('scripts/generate-root-index.ts')] },
  { name: 'data', commands: [tsx('scripts/build-data.ts', '--examples', '--guide')] },
  { name: 'guide-tables', commands: [tsx('scripts/docs/guide-tables.ts'), tsx('scripts/generate-rule-table.ts')] },
  { name: 'diagrams', commands: [tsx('scripts/docs/diagrams.ts')] },
  {
    name: 'golden',
    golden: true,
    env: { UPDATE_GOLDEN: '1' },
    commands: [
      [npm, 'run', 'build'],
      vitest('tests/export/golden.test.ts'),
      vitest('-c', 'vitest.e2e.config.ts'),
      vitest('-c', 'vitest.package.config.ts', 'tests/package/api-surface.test.ts', '-u'),
    ],
  },
];

/** The folders whose files a generator may write (build output and dependencies are left out). */
const WATCHED = ['src', 'docs', 'examples', 'tests'].filter((d) => existsSync(join(root, d)));
const SKIP = new Set(['node_modules', 'dist', 'docs-site', 'coverage', '.tmp']);

/** Content hashes of every file under the watched folders, by path from the root. */
function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        out.set(relative(root, path), createHash('sha1').update(readFileSync(path)).digest('hex'));
    }
  };
  for (const dir of WATCHED) walk(join(root, dir));
  return out;
}

function run(step: Step): void {
  for (const [command, ...args] of step.commands) {
    const result = spawnSync(command as string, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...step.env },
    });
    if (result.status !== 0) {
      process.stdout.write(result.stdout ?? '');
      throw new Error(
        `step ${step.name} failed: ${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`,
      );
    }
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      golden: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
    strict: true,
  });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !STEPS.some((s) => s.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(`unknown step ${unknown.join(', ')}; the steps are ${STEPS.map((s) => s.name).join(', ')}`);
  const steps = STEPS.filter((s) => (only ? only.includes(s.name) : !s.golden || values.golden));

  const before = snapshot();
  const saved = new Map<string, Buffer>();
  if (values.check) for (const path of before.keys()) saved.set(path, readFileSync(join(root, path)));
  for (const step of steps) {
    const started = performance.now();
    run(step);
    console.log(`generate: ${step.name} (${Math.round(performance.now() - started)} ms)`);
  }
  const after = snapshot();
  const changed = [...after].filter(([path, hash]) => before.get(path) !== hash).map(([path]) => path);
  const removed = [...before.keys()].filter((path) => !after.has(path));
  if (!values.check) {
    console.log(
      changed.length + removed.length === 0
        ? 'generate: every generated file was already current'
        : `generate: updated ${[...changed, ...removed].join(', ')}`,
    );
    return 0;
  }
  for (const path of changed) {
    const original = saved.get(path);
    if (original === undefined) rmSync(join(root, path));
    else writeFileSync(join(root, path), original);
  }
  for (const path of removed) writeFileSync(join(root, path), saved.get(path) as Buffer);
  if (changed.length + removed.length === 0) {
    console.log('generate --check: every generated file is current');
    return 0;
  }
  console.error(
    `generate --check: these files are stale; run \`npm run generate\` and commit the result:\n${[...changed, ...removed].map((p) => `  ${p}${statSync(join(root, p), { throwIfNoEntry: false }) ? '' : ' (new)'}`).join('\n')}`,
  );
  return 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
