import type { ValidationIssue } from './validation-issue.js';
import type { ValidationResult } from './validation-result.js';
import { displayPath } from './_lib/format/display-path.js';

/**
 * Options of {@link formatText}.
 *
 * @example
 * ```ts
 * const options: FormatTextOptions = { color: false };
 * ```
 * @category Formatting
 */
export interface FormatTextOptions {
  /** Colour severities with ANSI escapes (default `false`; the CLI turns it on for a TTY without `NO_COLOR`). */
  color?: boolean;
}

const RED = '\u001b[31m'; // ANSI red
const YELLOW = '\u001b[33m'; // ANSI yellow
const DIM = '\u001b[2m'; // ANSI dim
const RESET = '\u001b[0m'; // ANSI reset

/** One issue as a text line. */
function line(issue: ValidationIssue, color: boolean): string {
  let where = displayPath(issue.file);
  if (issue.line !== undefined) {
    where += `:${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  const severity = color ? `${issue.severity === 'error' ? RED : YELLOW}${issue.severity}${RESET}` : issue.severity;
  const code = color ? `${DIM}[${issue.code}]${RESET}` : `[${issue.code}]`;
  const pointer = issue.pointer === '' ? '' : ` ${issue.pointer}`;
  return `${where}: ${severity} ${code}${pointer} ${issue.message.replaceAll('\n', ' ')}`;
}

/**
 * Formats issues one per line, like compilers and linters do:
 * `path:line:col: severity [code] /pointer message`. Lines or columns that are unknown are left
 * out (`path: error [file_not_found] …`), as is an empty pointer; stdin shows as `<stdin>`,
 * in-memory records as `<input>`. Newlines in messages become spaces. The summary is separate
 * ({@link formatSummary}) so that it can go to stderr.
 *
 * @param result - A validation result.
 * @param options - {@link FormatTextOptions}.
 * @returns The lines joined with `\n`, ending with `\n`; `''` when there is no issue.
 * @example
 * ```ts
 * formatText(validateRecords([{ type: 'person', id: 'person.x', name: 'X', sources: [] }]));
 * // '<input>: warning [missing_source] /0/sources person record cites no source\n'
 * ```
 * @category Formatting
 */
export function formatText(result: ValidationResult, options: FormatTextOptions = {}): string {
  const color = options.color === true;
  let out = '';
  for (const issue of result.issues) out += line(issue, color) + '\n';
  return out;
}
