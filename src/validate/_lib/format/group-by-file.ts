import type { FileReport } from '../../file-report.js';
import type { ValidationIssue } from '../../validation-issue.js';
import type { ValidationResult } from '../../validation-result.js';

/** A file's report with its issues, in reading order. */
export interface FileGroup {
  report: FileReport;
  issues: ValidationIssue[];
}

const IO_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['file_not_found', 'read_error', 'no_data_files']);

/**
 * Groups issues per file, in reading order: paths named only by path-level issues (missing
 * files, empty folders) first, then the files read; in-memory issues under path `<input>`.
 */
export function groupByFile(result: ValidationResult): FileGroup[] {
  const known = new Map<string, FileGroup>();
  for (const report of result.files) known.set(report.path, { report, issues: [] });
  const extra = new Map<string, FileGroup>();
  for (const issue of result.issues) {
    const key = issue.file ?? '<input>';
    const g = known.get(key);
    if (g !== undefined) {
      g.issues.push(issue);
      continue;
    }
    let e = extra.get(key);
    if (e === undefined) {
      e = {
        report: {
          path: key,
          status: 'valid',
          records: issue.file === undefined ? result.summary.records : 0,
          errors: 0,
          warnings: 0,
        },
        issues: [],
      };
      extra.set(key, e);
    }
    e.issues.push(issue);
    if (issue.severity === 'error') e.report.errors++;
    else e.report.warnings++;
    if (IO_CODES.has(issue.code)) e.report.status = 'unreadable';
    else if (issue.severity === 'error' && e.report.status === 'valid') e.report.status = 'invalid';
  }
  return [...extra.values(), ...result.files.map((r) => known.get(r.path) as FileGroup)];
}
