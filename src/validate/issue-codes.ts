/**
 * One entry of the issue-code catalogue: what a code means, how severe it is, and an example of
 * input that triggers it.
 *
 * @example
 * ```ts
 * const entry: IssueCodeInfo = ISSUE_CODES.duplicate_id;
 * entry.severity; // 'error'
 * ```
 * @category Validation
 */
export interface IssueCodeInfo {
  /** Default severity of issues with this code. */
  readonly severity: 'error' | 'warning';
  /** Which stage reports it: reading the input, one record's schema, or checks across records. */
  readonly stage: 'input' | 'schema' | 'dataset';
  /** One-sentence description of the problem. */
  readonly description: string;
  /** A short example of input that triggers the code. */
  readonly example: string;
}

/**
 * Catalogue of every issue code `validateRecords` and `validateFiles` can report, with its
 * severity, stage, description and an example trigger. The guide's table is generated from it.
 *
 * I/O codes (`file_not_found`, `read_error`, `no_data_files`) make the CLI exit with 2; every
 * other error code makes it exit with 1.
 *
 * @example
 * ```ts
 * ISSUE_CODES.invalid_json.severity; // 'error'
 * Object.keys(ISSUE_CODES).includes('unknown_reference'); // true
 * ```
 * @category Validation
 */
export const ISSUE_CODES: Readonly<Record<IssueCode, IssueCodeInfo>> = /* @__PURE__ */ Object.freeze({
  file_not_found: {
    severity: 'error',
    stage: 'input',
    description: 'A path given to the validator does not exist.',
    example: '`tansiq validate missing.jsonl`',
  },
  read_error: {
    severity: 'error',
    stage: 'input',
    description: 'A file or folder could not be read (permissions, or it vanished during the run).',
    example: 'a file deleted after the folder was listed',
  },
  no_data_files: {
    severity: 'error',
    stage: 'input',
    description: 'A folder holds no `.json`, `.jsonl` or `.ndjson` file.',
    example: '`tansiq validate docs/`',
  },
  empty_file: {
    severity: 'warning',
    stage: 'input',
    description: 'A data file holds no record.',
    example: 'a zero-byte `data.jsonl`',
  },
  utf8_bom: {
    severity: 'warning',
    stage: 'input',
    description: 'The file starts with a UTF-8 byte order mark; it is skipped and the file is read.',
    example: 'bytes `EF BB BF` before the first record',
  },
  invalid_utf8: {
    severity: 'error',
    stage: 'input',
    description: 'A line holds bytes that are not valid UTF-8; the record is checked with U+FFFD in their place.',
    example: 'a Windows-1256 encoded name',
  },
  invalid_json: {
    severity: 'error',
    stage: 'input',
    description: 'A line (JSON Lines) or file (JSON) is not valid JSON; the column points at the first bad character.',
    example: '`{"id": "person.x",}`',
  },
  record_too_large: {
    severity: 'error',
    stage: 'input',
    description: 'A record is longer than the `maxRecordBytes` limit and was skipped without being parsed.',
    example: 'a 200 MB line with the default 128 MiB limit',
  },
  too_deep: {
    severity: 'error',
    stage: 'input',
    description: 'A record nests objects or arrays deeper than the `maxDepth` limit (256 by default).',
    example: '`{"extensions": {"a": {"a": …}}}` nested 10,000 levels',
  },
  unsafe_key: {
    severity: 'error',
    stage: 'input',
    description:
      'An object key is `__proto__`, `constructor` or `prototype`, which could pollute prototypes downstream.',
    example: '`{"extensions": {"__proto__": {"admin": true}}}`',
  },
  not_a_record: {
    severity: 'error',
    stage: 'input',
    description: 'A JSON Lines line or JSON array element is not an object.',
    example: '`42` or `["person.x"]` on a line',
  },
  number_out_of_range: {
    severity: 'error',
    stage: 'schema',
    description: 'A number is too large to be represented (it parsed to Infinity).',
    example: '`"confidence": 1e999`',
  },
  invalid_type: {
    severity: 'error',
    stage: 'schema',
    description: 'A value has the wrong JSON type, or a required field is missing.',
    example: '`"name": 42` on a person, or a person without `name`',
  },
  invalid_record_type: {
    severity: 'error',
    stage: 'schema',
    description: 'The `type` field is missing or names no known record type.',
    example: '`{"type": "meating", …}`',
  },
  unrecognized_keys: {
    severity: 'error',
    stage: 'schema',
    description: 'An object has a key the schema does not define (typos must fail CI).',
    example: '`{"type": "person", "nmae": …}`',
  },
  invalid_value: {
    severity: 'error',
    stage: 'schema',
    description: 'A value is not one of the allowed literals or enum members.',
    example: '`"status": "done"` on a meeting',
  },
  invalid_format: {
    severity: 'error',
    stage: 'schema',
    description: 'A string does not match its format (id pattern, partial date, URL, language tag…).',
    example: '`"start": "2021-02-29"`',
  },
  too_small: {
    severity: 'error',
    stage: 'schema',
    description: 'A string, array or number is below its minimum.',
    example: '`"chairs": []` on a co-chair term',
  },
  too_big: {
    severity: 'error',
    stage: 'schema',
    description: 'A string, array or number is above its maximum.',
    example: '`"confidence": 1.5`',
  },
  invalid_union: {
    severity: 'error',
    stage: 'schema',
    description: 'A value matches none of the alternatives of a union.',
    example: '`"member": {"kind": "city", …}`',
  },
  custom: {
    severity: 'error',
    stage: 'schema',
    description: 'A rule inside one record failed (id prefix, interval order, delegation head among members…).',
    example: '`{"type": "person", "id": "agency.x"}` or `start` after `end`',
  },
  duplicate_id: {
    severity: 'error',
    stage: 'dataset',
    description: 'Two records share one id; the second is reported and points to the first.',
    example: 'two lines with `"id": "person.x"`',
  },
  unknown_reference: {
    severity: 'error',
    stage: 'dataset',
    description:
      'A reference names an id found neither in the dataset nor (unless turned off) in the shipped reference data.',
    example: '`"personId": "person.nobody"`',
  },
  wrong_reference_type: {
    severity: 'error',
    stage: 'dataset',
    description:
      "A reference resolves to a record of a type the field does not accept (the record's `type` disagrees with its id prefix).",
    example: '`"organizationId": "agency.x"` where `agency.x` is declared with `"type": "person"`',
  },
  overlapping_co_chair_terms: {
    severity: 'error',
    stage: 'dataset',
    description:
      'Two co-chair terms of one body overlap by more than a handover day. Reported once on each later term, with how many earlier terms it overlaps and the first three (`related`).',
    example: 'terms 2019–2022 and 2021–2023 of one forum',
  },
  too_many_chairs: {
    severity: 'error',
    stage: 'dataset',
    description: "A co-chair term names more chairs than its body's `chairModel.seats`.",
    example: 'three chairs on a two-seat forum',
  },
  overlapping_occupancy: {
    severity: 'error',
    stage: 'dataset',
    description:
      'Two people hold a single-holder post at the same time (a handover day is allowed). Reported once on each later occupancy, with how many earlier ones it overlaps and the first three (`related`).',
    example: 'two directors of one agency in 2020',
  },
  outside_lifetime: {
    severity: 'error',
    stage: 'dataset',
    description:
      'A membership, co-chair term or meeting falls outside the lifetime of its forum, working group or agency.',
    example: 'a 2005 meeting of a forum founded in 2011',
  },
  participant_not_in_delegation: {
    severity: 'error',
    stage: 'dataset',
    description: "A meeting participant's party is not among the parties of the meeting's delegations.",
    example: 'a participant from `FR` at a meeting whose delegations are `MA` and `ES`',
  },
  missing_source: {
    severity: 'warning',
    stage: 'dataset',
    description: 'A record states facts but cites no source.',
    example: 'a membership with `"sources": []`',
  },
  suspicious_name: {
    severity: 'warning',
    stage: 'dataset',
    description: 'A name holds something `inspectName` flags, such as bidi controls or mixed scripts.',
    example: 'a name mixing Arabic and Latin letters',
  },
});

/**
 * Every issue code that `validateRecords` and `validateFiles` can report (the keys of
 * {@link ISSUE_CODES}, which describes each).
 *
 * @example
 * ```ts
 * const code: IssueCode = 'duplicate_id';
 * ```
 * @category Validation
 */
export type IssueCode =
  | 'file_not_found'
  | 'read_error'
  | 'no_data_files'
  | 'empty_file'
  | 'utf8_bom'
  | 'invalid_utf8'
  | 'invalid_json'
  | 'record_too_large'
  | 'too_deep'
  | 'unsafe_key'
  | 'not_a_record'
  | 'number_out_of_range'
  | 'invalid_type'
  | 'invalid_record_type'
  | 'unrecognized_keys'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'invalid_union'
  | 'custom'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'wrong_reference_type'
  | 'overlapping_co_chair_terms'
  | 'too_many_chairs'
  | 'overlapping_occupancy'
  | 'outside_lifetime'
  | 'participant_not_in_delegation'
  | 'missing_source'
  | 'suspicious_name';
