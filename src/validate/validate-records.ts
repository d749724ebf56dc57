import { ISSUE_CODES } from './issue-codes.js';
import type { ValidateOptions } from './validate-options.js';
import type { ValidationIssue } from './validation-issue.js';
import type { ValidationResult } from './validation-result.js';
import { checkRecord } from './_lib/check-record.js';
import { defaultEnv } from './_lib/default-env.js';
import { FactStore } from './_lib/fact-store.js';
import { finalize } from './_lib/finalize.js';
import type { Located } from './_lib/finalize.js';
import { emptyOut } from './_lib/process-block.js';
import { loadReferenceFacts } from './_lib/load-reference-facts.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_RECORD_BYTES } from './_lib/run-files.js';

/**
 * Validates records held in memory: every schema issue of every record, then the checks across
 * records (duplicate ids, references resolved against the records and, unless
 * `referenceData: false`, tansiq's shipped reference data, co-chair terms and seats,
 * single-holder posts, lifetimes, meeting participants), plus warnings for records without a
 * source and for suspicious names.
 *
 * Pointers are relative to the array: `/2/name` is the name of the third record. Issues carry
 * no `file`, `line` or `column`. Never throws on bad data; `maxErrors` stops early (and then the
 * checks that need the whole dataset are skipped, see `summary.truncated`). Each call compiles the
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
  const maxErrors = options.maxErrors ?? Infinity;
  const env = defaultEnv(options.maxDepth ?? DEFAULT_MAX_DEPTH, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  const store = new FactStore((_file, line) => `/${line - 1}`, env.references.pointer);
  if (options.referenceData !== false) store.merge(loadReferenceFacts(env), -2, 0);
  const located: Located[] = [];
  let count = 0;
  let invalid = 0;
  let errors = 0;
  let truncated = false;
  let index = 0;
  for (const value of records) {
    const out = emptyOut();
    checkRecord(value, { base: [index], line: index + 1, locate: undefined, text: undefined }, env, out);
    index++;
    for (const raw of out.issues) {
      const issue: ValidationIssue = { pointer: raw.pointer, code: raw.code, severity: ISSUE_CODES[raw.code].severity, message: raw.message };
      if (raw.recordId !== undefined) issue.recordId = raw.recordId;
      located.push({ fileIndex: -1, order: located.length, issue: withLine(issue, raw.line) });
    }
    store.merge(out.facts, -1, 0);
    count += out.records;
    invalid += out.invalidRecords;
    errors += out.errors;
    if (errors + store.issueCount >= maxErrors) {
      truncated = true;
      break;
    }
  }
  const cross = truncated ? store.immediate() : store.finish();
  for (const c of cross) {
    const issue: ValidationIssue = { pointer: c.pointer, code: c.code, severity: ISSUE_CODES[c.code].severity, message: c.message };
    if (c.recordId !== undefined) issue.recordId = c.recordId;
    located.push({ fileIndex: -1, order: located.length, issue: withLine(issue, c.line), freshInvalid: c.freshKey });
  }
  const result = finalize(located, [], { files: 0, records: count, invalidRecords: invalid, started, truncated, maxErrors });
  for (const issue of result.issues) delete issue.line;
  return result;
}

/** Sorting uses `line` (the record's position); it is removed before returning. */
function withLine(issue: ValidationIssue, line: number | undefined): ValidationIssue {
  if (line !== undefined && line > 0) issue.line = line;
  return issue;
}
