import type { ValidateOptions } from './validate-options.js';
import type { ValidationResult } from './validation-result.js';
import { defaultEnv } from './_lib/check/default-env.js';
import { loadReferenceFacts } from './_lib/facts/load-reference-facts.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_RECORD_BYTES, runFiles } from './_lib/run/run-files.js';
import { WorkerPool } from './_lib/run/worker-pool.js';

/**
 * Validates data files and folders, streaming: JSON Lines (`.jsonl`, `.ndjson`, or any file not
 * ending in `.json`) are read line by line with flat memory; a `.json` file holds one record or
 * an array of records; folders are walked recursively for `.json`, `.jsonl` and `.ndjson`
 * files (sorted, skipping `node_modules` and dot-folders); `-` reads JSON Lines from stdin.
 *
 * Every record is checked as by {@link validateRecords}, and the checks across records run over
 * all files together. Issues carry the file, 1-based line and column, and a JSON Pointer
 * (relative to the line for JSON Lines, to the document for `.json`). Bad input never stops
 * the run: a line that is not JSON, invalid UTF-8, a BOM, an oversize line, a missing file or
 * a file that vanishes are each reported where they are and every other record is still
 * checked. The promise rejects only on programming errors (e.g. an `onProgress` that throws).
 *
 * With `jobs` above 1, blocks of JSON Lines are checked on `jobs - 1` worker threads and on the
 * calling thread (at most `os.availableParallelism()` threads in all, three blocks in flight per
 * worker) and merged in input order: the result is identical to a single-threaded run. Memory
 * stays bounded: each worker's heap is limited, block buffers are reused, and a block holding a
 * record larger than 1 MiB, or whose worker failed, is checked on the calling thread.
 *
 * @param paths - Files, folders, or `-` for stdin.
 * @param options - {@link ValidateOptions}.
 * @returns The issues in reading order, one report per file and the summary.
 * @example
 * ```ts
 * const result = await validateFiles(['examples/'], { referenceData: true });
 * result.summary.errors; // 0
 * getExitCode(result); // 0
 * ```
 * @category Validation
 */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  // Workers first: each takes a few hundred milliseconds to load and compile its schema, while
  // this thread builds its own and starts checking blocks (they go to a worker once it is ready).
  const pool = WorkerPool.start(options.jobs ?? 1, maxDepth, maxRecordBytes);
  try {
    const env = defaultEnv(maxDepth, maxRecordBytes);
    const reference = options.referenceData === false ? undefined : loadReferenceFacts(env);
    return await runFiles(paths, options, pool === undefined ? { env, reference } : { env, reference, runner: pool });
  } finally {
    await pool?.close();
  }
}
