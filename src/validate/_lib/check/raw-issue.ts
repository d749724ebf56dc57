import type { IssueCode } from '../../issue-codes.js';
import { ISSUE_CODES } from '../../issue-codes.js';
import type { ValidationIssue } from '../../validation-issue.js';

/**
 * An issue before its file is attached: lines are relative to the block being processed
 * (1-based) until the merger rebases them. Structured-clone friendly (crosses worker threads).
 */
export interface RawIssue {
  code: IssueCode;
  pointer: string;
  message: string;
  recordId?: string;
  /** Rule id of a schema rule across fields (`params.rule` of a zod custom issue). */
  rule?: string;
  line?: number;
  column?: number;
}

/**
 * The public issue of a raw one: severity from the catalogue, `line` moved by `lineBase` (the
 * lines before the block), `file` when given.
 */
export function toValidationIssue(raw: RawIssue, file: string | undefined, lineBase: number): ValidationIssue {
  const issue: ValidationIssue = {
    pointer: raw.pointer,
    code: raw.code,
    severity: ISSUE_CODES[raw.code].severity,
    message: raw.message,
  };
  if (file !== undefined) issue.file = file;
  if (raw.line !== undefined) issue.line = raw.line + lineBase;
  if (raw.column !== undefined) issue.column = raw.column;
  if (raw.recordId !== undefined) issue.recordId = raw.recordId;
  if (raw.rule !== undefined) issue.rule = raw.rule;
  return issue;
}
