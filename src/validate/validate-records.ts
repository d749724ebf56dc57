import type { ValidateOptions } from './validate-options.js';
import type { RelatedRecords, ValidationIssue } from './validation-issue.js';
import { crossIssue, REFERENCE_DATA_NAME } from './_lib/facts/cross-issue.js';
import { toValidationIssue } from './_lib/check/raw-issue.js';
import type { ValidationResult } from './validation-result.js';
import { checkRecord } from './_lib/check/check-record.js';
import { defaultEnv } from './_lib/check/default-env.js';
import { FactStore, REFERENCE_FILE } from './_lib/facts/fact-store.js';
import { DEFAULT_MAX_ISSUES, IssueSink } from './_lib/run/finalize.js';
import { emptyOut } from './_lib/check/process-block.js';
import { loadReferenceFacts } from './_lib/facts/load-reference-facts.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_RECORD_BYTES } from './_lib/run/run-files.js';

/**
 * Validates records held in memory: every schema issue of every record, then the checks across
 * records (duplicate ids, references resolved against the records and, unless
 * `referenceData: false`, tansiq's shipped reference data, co-chair terms and seats,
 * single-holder posts, lifetimes, meeting participants), plus warnings for records without a
 * source and for suspicious names.
 *
 * Pointers are relative to the array: `/2/name` is the name of the third record. Issues carry
 * no `file`, `line` or `column`. Never throws on bad data; `maxErrors` and `maxIssues` limit how
 * many issues are listed (every record is still checked and every issue counted, see
 * `summary.omitted`). Each call compiles the
 * record schema once (a few tens of milliseconds), so validate a batch in one call rather than
 * record by record.
 *
 * @param records - The records (anything: non-objects are reported as `not_a_record`).
 * @param options - {@link ValidateOptions}; `maxRecordBytes` and `onProgress` do not apply.
 * @returns The issues in input order, an empty `files` list and the summary.
 * @example
 * ```ts
 * const { issues, summary } = validateRecords([
 *   { type: 'person', id: 'person.x', name: 'X', sources: [] },
 *   { type: 'person', id: 'person.x', name: 'Y', sources: [] },
 * ]);
 * issues.map((i) => i.code); // ['missing_source', 'missing_source', 'duplicate_id']
 * summary.errors; // 1
 * ```
 * @category Validation
 */
export function validateRecords(records: Iterable<unknown>, options: ValidateOptions = {}): ValidationResult {
  const started = performance.now();
  const sink = new IssueSink(options.maxErrors ?? Infinity, options.maxIssues ?? DEFAULT_MAX_ISSUES, options.onIssue);
  const env = defaultEnv(options.maxDepth ?? DEFAULT_MAX_DEPTH, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  const store = new FactStore(
    (_file, line) => `/${line - 1}`,
    env.references.pointer,
    (c) => {
      // In memory, a record's "line" is its index + 1: partners are named by pointer.
      const issue = crossIssue(c, (record): RelatedRecords['first'][number] => {
        if (record.file === REFERENCE_FILE) return { file: REFERENCE_DATA_NAME };
        return record.line > 0 ? { pointer: `/${record.line - 1}` } : {};
      });
      delete issue.line;
      sink.add(-1, withLine(issue, c.line), c.freshKey);
    },
    env.say,
  );
  if (options.referenceData !== false) store.merge(loadReferenceFacts(env), REFERENCE_FILE, 0);
  let count = 0;
  let invalid = 0;
  let index = 0;
  for (const value of records) {
    const out = emptyOut();
    checkRecord(value, { base: [index], line: index + 1, locate: undefined, text: undefined }, env, out);
    index++;
    for (const raw of out.issues) {
      const issue = toValidationIssue(raw, undefined, 0);
      delete issue.line;
      delete issue.column;
      sink.add(-1, withLine(issue, raw.line));
    }
    store.merge(out.facts, -1, 0);
    count += out.records;
    invalid += out.invalidRecords;
  }
  store.finish();
  const result = sink.finalize([], { files: 0, records: count, invalidRecords: invalid, started });
  for (const issue of result.issues) delete issue.line;
  return result;
}

/** Sorting uses `line` (the record's position); it is removed before returning. */
function withLine(issue: ValidationIssue, line: number | undefined): ValidationIssue {
  if (line !== undefined && line > 0) issue.line = line;
  return issue;
}
