// Golden files: a test compares its output to a committed file. A missing golden file is a
// failure, never a silent first write: UPDATE_GOLDEN=1 (re)writes them, then review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { expect } from 'vitest';

/** True when the run was asked to rewrite golden files (`UPDATE_GOLDEN=1`). */
export const UPDATE_GOLDEN = process.env['UPDATE_GOLDEN'] === '1';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Expects `text` to equal the golden file at `path`. With UPDATE_GOLDEN=1 the file is written
 * first; without it a missing file fails with a message that says how to create it.
 */
export function expectGolden(path: string, text: string): void {
  if (UPDATE_GOLDEN) writeFileSync(path, text);
  else if (!existsSync(path)) {
    throw new Error(
      `golden file ${relative(ROOT, path)} is missing: run the test with UPDATE_GOLDEN=1 to write it, then review and commit it`,
    );
  }
  expect(text).toBe(readFileSync(path, 'utf8'));
}
