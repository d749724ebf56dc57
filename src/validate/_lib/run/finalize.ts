import type { FileReport } from '../../file-report.js';
import type { ValidationIssue } from '../../validation-issue.js';
import type { ValidationResult } from '../../validation-result.js';
import type { StoredIssue } from '../facts/fact-store.js';

/** An issue with what is needed to sort it into reading order. */
export interface Located {
  /** Index of its file in reading order; -1 for path-level and in-memory issues. */
  fileIndex: number;
  /** Order of creation, to keep ties stable. */
  order: number;
  issue: ValidationIssue;
  /** Identity of a record this error makes invalid although it had no error of its own. */
  freshInvalid?: string | undefined;
  /** The cross-record issue this one came from (its column is filled in after the run). */
  cross?: StoredIssue;
}

/** Totals gathered while reading. */
export interface RunTotals {
  files: number;
  records: number;
  invalidRecords: number;
  started: number;
}

/** Default of `maxIssues`: how many issues a run keeps (the others are counted). */
export const DEFAULT_MAX_ISSUES = 100_000;

const IO_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['file_not_found', 'read_error']);

/** Reading order: file, line, column, creation. */
function compare(a: Located, b: Located): number {
  return (
    a.fileIndex - b.fileIndex ||
    (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
    (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
    a.order - b.order
  );
}

/**
 * Receives every issue of a run, counts them all, and keeps only the first ones in reading order:
 * at most `maxErrors` errors and `maxIssues` issues in all, whatever order they arrive in
 * (cross-record issues are decided at the end). A max-heap holds the kept issues; once an issue
 * has been dropped, any later one that sorts after it is dropped at once. Memory is bounded by
 * the limits, not by the number of problems.
 */
export class IssueSink {
  /** Issues of severity `error` seen (kept or not). */
  errors = 0;
  /** Issues of severity `warning` seen (kept or not). */
  warnings = 0;
  /** Issues counted but not kept. */
  omitted = 0;
  private order = 0;
  private keptErrors = 0;
  private readonly heap: Located[] = [];
  private cut: Located | undefined;
  private readonly perFile = new Map<number, { errors: number; warnings: number }>();
  private readonly fresh = new Set<string>();

  constructor(
    private readonly maxErrors: number,
    private readonly maxIssues: number,
    /** Sees every issue, kept or not. */
    private readonly onIssue?: (issue: ValidationIssue) => void,
  ) {}

  /** Counts an issue and keeps it if it is among the first ones. */
  add(fileIndex: number, issue: ValidationIssue, freshInvalid?: string, cross?: StoredIssue): void {
    this.onIssue?.(issue);
    const isError = issue.severity === 'error';
    let counts = this.perFile.get(fileIndex);
    if (counts === undefined) this.perFile.set(fileIndex, (counts = { errors: 0, warnings: 0 }));
    if (isError) {
      this.errors++;
      counts.errors++;
      if (freshInvalid !== undefined) this.fresh.add(freshInvalid);
    } else {
      this.warnings++;
      counts.warnings++;
    }
    const l: Located = { fileIndex, order: this.order++, issue };
    if (freshInvalid !== undefined) l.freshInvalid = freshInvalid;
    if (cross !== undefined) l.cross = cross;
    if (this.cut !== undefined && compare(l, this.cut) >= 0) {
      this.omitted++;
      return;
    }
    this.push(l);
    if (isError) this.keptErrors++;
    while (this.keptErrors > this.maxErrors || this.heap.length > this.maxIssues) {
      const last = this.pop();
      if (last.issue.severity === 'error') this.keptErrors--;
      this.omitted++;
      if (this.cut === undefined || compare(last, this.cut) < 0) this.cut = last;
    }
  }

  /** Issues kept so far (unsorted). */
  kept(): readonly Located[] {
    return this.heap;
  }

  private push(l: Located): void {
    const h = this.heap;
    h.push(l);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(h[parent] as Located, l) >= 0) break;
      h[i] = h[parent] as Located;
      i = parent;
    }
    h[i] = l;
  }

  private pop(): Located {
    const h = this.heap;
    const top = h[0] as Located;
    const last = h.pop() as Located;
    if (h.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= h.length) break;
      const right = left + 1;
      const child = right < h.length && compare(h[right] as Located, h[left] as Located) > 0 ? right : left;
      if (compare(h[child] as Located, last) <= 0) break;
      h[i] = h[child] as Located;
      i = child;
    }
    h[i] = last;
    return top;
  }

  /**
   * Sorts the kept issues into reading order and computes per-file reports (from every issue
   * counted, kept or not) and the summary.
   */
  finalize(reports: FileReport[], totals: RunTotals): ValidationResult {
    const located = this.heap.slice().sort(compare);
    const issues: ValidationIssue[] = located.map((l) => l.issue);
    for (let f = 0; f < reports.length; f++) {
      const report = reports[f] as FileReport;
      const counts = this.perFile.get(f);
      if (counts === undefined) continue;
      report.errors = counts.errors;
      report.warnings = counts.warnings;
      if (counts.errors > 0 && report.status === 'valid') report.status = 'invalid';
    }
    const byPath = new Map<string, FileReport>();
    for (const r of reports) byPath.set(r.path, r);
    for (const i of issues) {
      if (!IO_CODES.has(i.code) || i.file === undefined) continue;
      const report = byPath.get(i.file);
      if (report !== undefined) report.status = 'unreadable';
    }
    return {
      issues,
      files: reports,
      summary: {
        files: totals.files,
        records: totals.records,
        invalidRecords: totals.invalidRecords + this.fresh.size,
        errors: this.errors,
        warnings: this.warnings,
        durationMs: Math.round(performance.now() - totals.started),
        truncated: this.omitted > 0,
        omitted: this.omitted,
      },
    };
  }
}
