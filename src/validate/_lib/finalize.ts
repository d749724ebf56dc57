import type { FileReport } from '../file-report.js';
import type { ValidationIssue } from '../validation-issue.js';
import type { ValidationResult } from '../validation-result.js';

/** An issue with what is needed to sort it into reading order. */
export interface Located {
  /** Index of its file in reading order; -1 for path-level and in-memory issues. */
  fileIndex: number;
  /** Order of creation, to keep ties stable. */
  order: number;
  issue: ValidationIssue;
  /** Identity of a record this error makes invalid although it had no error of its own. */
  freshInvalid?: string | undefined;
}

/** Totals gathered while reading. */
export interface RunTotals {
  files: number;
  records: number;
  invalidRecords: number;
  started: number;
  truncated: boolean;
  maxErrors: number;
}

const IO_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['file_not_found', 'read_error']);

/**
 * Sorts issues into reading order (file, line, column, creation), keeps the first `maxErrors`
 * errors, and computes per-file reports and the summary.
 */
export function finalize(located: Located[], reports: FileReport[], totals: RunTotals): ValidationResult {
  located.sort(
    (a, b) =>
      a.fileIndex - b.fileIndex ||
      (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
      (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
      a.order - b.order,
  );
  const issues: ValidationIssue[] = [];
  const fresh = new Set<string>();
  let errors = 0;
  let warnings = 0;
  let truncated = totals.truncated;
  const byPath = new Map<string, FileReport>();
  for (const r of reports) byPath.set(r.path, r);
  for (const l of located) {
    if (l.issue.severity === 'error') {
      if (errors >= totals.maxErrors) {
        truncated = true;
        break;
      }
      errors++;
      if (l.freshInvalid !== undefined) fresh.add(l.freshInvalid);
    } else {
      warnings++;
    }
    issues.push(l.issue);
    const report = l.issue.file === undefined ? undefined : byPath.get(l.issue.file);
    if (report !== undefined) {
      if (l.issue.severity === 'error') report.errors++;
      else report.warnings++;
      if (IO_CODES.has(l.issue.code)) report.status = 'unreadable';
      else if (l.issue.severity === 'error' && report.status === 'valid') report.status = 'invalid';
    }
  }
  return {
    issues,
    files: reports,
    summary: {
      files: totals.files,
      records: totals.records,
      invalidRecords: totals.invalidRecords + fresh.size,
      errors,
      warnings,
      durationMs: Math.round(performance.now() - totals.started),
      truncated,
    },
  };
}
