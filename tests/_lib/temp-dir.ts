// A temporary directory for the files one test file writes (fixtures, preloads, worker scripts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Makes a fresh directory under the system's temporary directory and removes it, with all it
 * holds, once the file's tests are done. Call it at the top level of a test file.
 *
 * @param prefix - Start of the directory's name (`tansiq-cli-`), to tell whose it is.
 * @returns Its absolute path.
 */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
