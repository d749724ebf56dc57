// Runs once before the end-to-end tests: they test the BUILT package, so a missing build is an
// error with the fix in its message, never a reason to skip.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BIN, ROOT } from './run.js';

/** What the end-to-end tests read from the build. */
const NEEDED = [
  BIN,
  join(ROOT, 'dist/data/tansiq-reference.jsonl'),
  join(ROOT, 'dist/validate/index.js'),
  join(ROOT, 'dist/validate/index.cjs'),
];

export default function setup(): void {
  const missing = NEEDED.filter((path) => !existsSync(path)).map((path) => relative(ROOT, path));
  if (missing.length > 0)
    throw new Error(
      `the end-to-end tests run the built package, and ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: run \`npm run build\` first`,
    );
}
