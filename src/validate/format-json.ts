import type { ValidationResult } from './validation-result.js';
import { groupByFile } from './_lib/group-by-file.js';

/**
 * Options of {@link formatJson}.
 *
 * @example
 * ```ts
 * const options: FormatJsonOptions = { toolVersion: '0.1.0', indent: 0 };
 * ```
 * @category Formatting
 */
export interface FormatJsonOptions {
  /** Version of tansiq written in `tool.version` (default `'unknown'`). */
  toolVersion?: string;
  /** Indentation of the JSON text (default 2; 0 for one line). */
  indent?: number;
}

/**
 * Version of the document {@link formatJson} writes; bumped on any incompatible change.
 *
 * @example
 * ```ts
 * JSON_REPORT_VERSION; // 1
 * ```
 * @category Formatting
 */
export const JSON_REPORT_VERSION = 1;

/**
 * Formats a result as one stable, versioned JSON document:
 * `{ version, tool: { name, version }, summary, files: [{ path, status, records, errors,
 * warnings, issues: [{ line?, column?, pointer, recordId?, code, severity, message }] }] }`.
 * Files appear in reading order, preceded by paths that could not be read at all; issues of
 * in-memory records appear under path `<input>`.
 *
 * @param result - A validation result.
 * @param options - {@link FormatJsonOptions}.
 * @returns The JSON text, ending with `\n`.
 * @example
 * ```ts
 * JSON.parse(formatJson(validateRecords([]))).version; // 1
 * ```
 * @category Formatting
 */
export function formatJson(result: ValidationResult, options: FormatJsonOptions = {}): string {
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'tansiq', version: options.toolVersion ?? 'unknown' },
    summary: result.summary,
    files: groupByFile(result).map((g) => ({
      path: g.report.path,
      status: g.report.status,
      records: g.report.records,
      errors: g.report.errors,
      warnings: g.report.warnings,
      issues: g.issues.map((i) => {
        const o: Record<string, unknown> = {};
        if (i.line !== undefined) o['line'] = i.line;
        if (i.column !== undefined) o['column'] = i.column;
        o['pointer'] = i.pointer;
        if (i.recordId !== undefined) o['recordId'] = i.recordId;
        o['code'] = i.code;
        o['severity'] = i.severity;
        o['message'] = i.message;
        return o;
      }),
    })),
  };
  return JSON.stringify(doc, null, options.indent ?? 2) + '\n';
}
