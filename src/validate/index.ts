/**
 * Dataset validation: every schema problem of every record, checks across records (ids,
 * references, terms, lifetimes, participants), precise locations and CI-ready output.
 *
 * @module tansiq/validate
 */

export { validateRecords } from './validate-records.js';
export { validateFiles } from './validate-files.js';
export { readRecords } from './read-records.js';
export type { ReadRecordsOptions, RecordEntry } from './read-records.js';
export { ISSUE_CODES } from './issue-codes.js';
export type { IssueCode, IssueCodeInfo } from './issue-codes.js';
export type { RelatedRecords, Severity, ValidationIssue } from './validation-issue.js';
export type { ValidationSummary } from './validation-summary.js';
export type { FileReport } from './file-report.js';
export type { ValidationResult } from './validation-result.js';
export type { ValidateOptions, ValidationProgress } from './validate-options.js';
export { formatText } from './format-text.js';
export type { FormatTextOptions } from './format-text.js';
export { formatSummary } from './format-summary.js';
export { formatJson, formatJsonChunks, JSON_REPORT_VERSION } from './format-json.js';
export type { FormatJsonOptions } from './format-json.js';
export { formatGithub, formatGithubChunks } from './format-github.js';
export type { FormatGithubOptions } from './format-github.js';
export { formatGithubSummary } from './format-github-summary.js';
export type { FormatGithubSummaryOptions } from './format-github-summary.js';
export { getExitCode } from './get-exit-code.js';
export type { ExitCodeOptions } from './get-exit-code.js';
