import type { ValidationIssue } from './validation-issue.js';
import type { ValidationResult } from './validation-result.js';
import { groupByFile } from './_lib/format/group-by-file.js';

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
 * warnings, issues: [{ line?, column?, pointer, recordId?, code, rule?, severity, message, related? }] }] }`.
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
  let out = '';
  for (const chunk of formatJsonChunks(result, options)) out += chunk;
  return out;
}

/** The JSON object of one issue (keys in a fixed order). */
function issueObject(i: ValidationIssue): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (i.line !== undefined) o['line'] = i.line;
  if (i.column !== undefined) o['column'] = i.column;
  o['pointer'] = i.pointer;
  if (i.recordId !== undefined) o['recordId'] = i.recordId;
  o['code'] = i.code;
  if (i.rule !== undefined) o['rule'] = i.rule;
  o['severity'] = i.severity;
  o['message'] = i.message;
  if (i.related !== undefined) o['related'] = i.related;
  return o;
}

/**
 * The document of {@link formatJson} in pieces, one issue at a time, so that a large report can
 * be written to a stream without ever being one string in memory. Joined, the pieces are exactly
 * `formatJson(result, options)`.
 *
 * @param result - A validation result.
 * @param options - {@link FormatJsonOptions}.
 * @returns An iterable of strings whose concatenation is the JSON text (ending with `\n`).
 * @example
 * ```ts
 * const result = validateRecords([42]);
 * [...formatJsonChunks(result)].join('') === formatJson(result); // true
 * ```
 * @category Formatting
 */
export function* formatJsonChunks(
  result: ValidationResult,
  options: FormatJsonOptions = {},
): Generator<string, void, undefined> {
  const groups = groupByFile(result);
  const indent = ' '.repeat(Math.max(0, Math.min(10, Math.floor(options.indent ?? 2))));
  // The skeleton, with a placeholder where each file's issues go.
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'tansiq', version: options.toolVersion ?? 'unknown' },
    summary: result.summary,
    files: groups.map((g, k) => ({
      path: g.report.path,
      status: g.report.status,
      records: g.report.records,
      errors: g.report.errors,
      warnings: g.report.warnings,
      issues: `${PLACEHOLDER}${k}${PLACEHOLDER}`,
    })),
  };
  const text = JSON.stringify(doc, null, indent);
  const nl = indent === '' ? '' : '\n';
  let from = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const at = m.index;
    yield text.slice(from, at);
    from = at + m[0].length;
    const issues = groups[Number(m[1])]?.issues ?? [];
    if (issues.length === 0) {
      yield '[]';
      continue;
    }
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let base = '';
    while (text[lineStart + base.length] === ' ') base += ' ';
    const inner = base + indent;
    let chunk = '[';
    for (let i = 0; i < issues.length; i++) {
      const json = JSON.stringify(issueObject(issues[i] as ValidationIssue), null, indent);
      chunk += `${i === 0 ? '' : ','}${nl}${inner}${nl === '' ? json : json.replaceAll('\n', `\n${inner}`)}`;
      if (chunk.length >= 16_384) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}${nl}${base}]`;
  }
  yield `${text.slice(from)}\n`;
}

/** Marks where a file's issues go in the skeleton (NUL cannot occur in a path). */
const PLACEHOLDER = '\u0000tansiq-issues\u0000';
const PLACEHOLDER_RE = /"\\u0000tansiq-issues\\u0000(\d+)\\u0000tansiq-issues\\u0000"/g;
