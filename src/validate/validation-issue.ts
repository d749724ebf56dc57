import type { IssueCode } from './issue-codes.js';

/**
 * Severity of a {@link ValidationIssue}: errors fail a CI run, warnings only with
 * `failOn: 'warning'`.
 *
 * @example
 * ```ts
 * const s: Severity = 'warning';
 * ```
 * @category Validation
 */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a dataset: where it is (file, 1-based line and column, JSON Pointer),
 * which record, what kind (a stable {@link IssueCode}) and a human message.
 *
 * For JSON Lines the pointer is relative to the record on `line`; for a `.json` file it is
 * relative to the whole document (`/3/name` is the name of the fourth record); for
 * `validateRecords` it is relative to the array passed in. `line` and `column` are absent for
 * in-memory records and for problems that concern a whole file.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   file: 'data/people.jsonl', line: 2, column: 9, pointer: '/name',
 *   recordId: 'person.x', code: 'invalid_type', severity: 'error',
 *   message: 'Invalid input: expected string, received number',
 * };
 * ```
 * @category Validation
 */
export interface ValidationIssue {
  /** Path of the file, as given or found while walking a folder; `-` for stdin. */
  file?: string;
  /** 1-based line of the problem (of the record for JSON Lines). */
  line?: number;
  /** 1-based column (UTF-16 code units) of the offending value, key or character. */
  column?: number;
  /** RFC 6901 JSON Pointer to the offending value (`''` for the whole document). */
  pointer: string;
  /** The `id` of the record concerned, when it has a string id. */
  recordId?: string;
  /** Stable machine-readable code; see `ISSUE_CODES`. */
  code: IssueCode;
  /**
   * Which rule across fields of one record failed, for `custom` issues of the schemas (a stable
   * snake_case id such as `end_before_start`, from the zod issue's `params.rule`); absent for
   * other issues.
   */
  rule?: string;
  /** `error` or `warning`. */
  severity: Severity;
  /**
   * Human-readable message: English by default; Arabic (zod's, the schemas' and the validator's
   * own messages alike) when the caller set zod's Arabic locale, `z.config(z.locales.ar())`.
   */
  message: string;
  /**
   * Other records the problem involves, for checks that compare records with each other
   * (`overlapping_co_chair_terms`, `overlapping_occupancy`): a record that overlaps many others
   * gets one issue, with how many (`count`) and the first three of them in reading order
   * (`first`: their id, and their file and line, or for in-memory records their `pointer`).
   */
  related?: RelatedRecords;
}

/**
 * The other records of an issue that compares records: how many, and the first few.
 *
 * @example
 * ```ts
 * const related: RelatedRecords = {
 *   count: 1999,
 *   first: [{ recordId: 'co-chair-term.a', file: 'terms.jsonl', line: 1 }],
 * };
 * ```
 * @category Validation
 */
export interface RelatedRecords {
  /** How many other records are involved. */
  count: number;
  /** The first of them (up to three) in reading order. */
  first: {
    /** Its id, when it has one. */
    recordId?: string;
    /** The file it is in (records read from files). */
    file?: string;
    /** Its line in that file (1-based). */
    line?: number;
    /** Its JSON Pointer (records given in memory). */
    pointer?: string;
  }[];
}
