import type { IssueCode } from '../../issue-codes.js';

/**
 * An issue before its file is attached: lines are relative to the block being processed
 * (1-based) until the merger rebases them. Structured-clone friendly (crosses worker threads).
 */
export interface RawIssue {
  code: IssueCode;
  pointer: string;
  message: string;
  recordId?: string;
  line?: number;
  column?: number;
}
