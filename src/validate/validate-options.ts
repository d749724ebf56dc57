import type { ValidationIssue } from './validation-issue.js';

/**
 * Progress reported to {@link ValidateOptions.onProgress} while files are read.
 *
 * @example
 * ```ts
 * const p: ValidationProgress = { file: 'a.jsonl', records: 5000, bytesRead: 1_000_000, bytesTotal: 4_000_000 };
 * ```
 * @category Validation
 */
export interface ValidationProgress {
  /** File being read (`-` for stdin). */
  file: string;
  /** Records read so far over the whole run. */
  records: number;
  /** Bytes read so far over the whole run. */
  bytesRead: number;
  /** Total bytes of all regular files to read (0 when unknown, as for stdin). */
  bytesTotal: number;
}

/**
 * Options of `validateRecords` and `validateFiles`.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { referenceData: false, maxErrors: 100 };
 * ```
 * @category Validation
 */
export interface ValidateOptions {
  /**
   * Resolve references against tansiq's shipped reference data as well as the dataset
   * (default `true`). With `false`, a reference to e.g. `forum.gctf` must be satisfied by a
   * record in the dataset.
   */
  referenceData?: boolean;
  /**
   * List at most this many errors (the first ones in reading order; default: no limit other than
   * `maxIssues`). Every record is still read and checked and every error counted:
   * `summary.errors` is the full count, `summary.omitted` says how many issues were not listed.
   */
  maxErrors?: number;
  /**
   * List at most this many issues, errors and warnings together (default 100,000), so that
   * memory stays bounded however many problems a dataset has; the rest are counted in the
   * summary (`omitted`).
   */
  maxIssues?: number;
  /**
   * Threads that check JSON Lines (default 1: the calling thread only). With `jobs: n`, `n - 1`
   * worker threads check blocks of lines beside the calling thread, which also reads, checks
   * blocks when the workers have enough to do, and merges. Capped at
   * `os.availableParallelism()`; the result is the same whatever the value. Ignored by
   * `validateRecords`, and when running from the TypeScript sources (the worker script is part of
   * the built package).
   */
  jobs?: number;
  /** Deepest nesting of objects and arrays accepted in a record (default 256). */
  maxDepth?: number;
  /** Longest record accepted, in bytes (default 128 MiB); longer lines are skipped. */
  maxRecordBytes?: number;
  /**
   * Called with every issue as it is found, including those past `maxErrors` / `maxIssues` that
   * are counted but not listed: for callers that need to know every problem (e.g. every invalid
   * record, to leave it out of an export) without keeping every issue. Calls come in no
   * particular order (checks across records report at the end); the `column` of an issue across
   * records, and its `line` in a `.json` file, are filled in after the call. Exceptions it throws
   * are not caught.
   */
  onIssue?: (issue: ValidationIssue) => void;
  /**
   * Called when a file starts and about every 10,000 records, for progress displays. It may
   * run side effects (the CLI draws a progress line); exceptions it throws are not caught.
   */
  onProgress?: (progress: ValidationProgress) => void;
}
