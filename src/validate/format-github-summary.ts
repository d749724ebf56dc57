import type { ValidationResult } from './validation-result.js';
import { displayPath } from './_lib/format/display-path.js';

/**
 * Options of {@link formatGithubSummary}.
 *
 * @example
 * ```ts
 * const options: FormatGithubSummaryOptions = { maxRows: 500 };
 * ```
 * @category Formatting
 */
export interface FormatGithubSummaryOptions {
  /** Most table rows written (default 1000; the job summary is limited to 1 MiB per step). */
  maxRows?: number;
}

function cell(s: string): string {
  return s.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\r', ' ').replaceAll('\n', ' ');
}

function code(s: string): string {
  return s === '' ? '' : `\`${cell(s).replaceAll('`', "'")}\``;
}

/**
 * Formats a result as Markdown for a GitHub Actions job summary (append it to the file named by
 * `GITHUB_STEP_SUMMARY`): a heading, the totals, and a table of every issue (file, line,
 * column, severity, code, pointer, message), cut at `maxRows` with a note.
 *
 * @param result - A validation result.
 * @param options - {@link FormatGithubSummaryOptions}.
 * @returns Markdown text ending with `\n`.
 * @example
 * ```ts
 * formatGithubSummary(validateRecords([])).split('\n')[0]; // '### tansiq validate: no problems'
 * ```
 * @category Formatting
 */
export function formatGithubSummary(result: ValidationResult, options: FormatGithubSummaryOptions = {}): string {
  const s = result.summary;
  const maxRows = options.maxRows ?? 1000;
  const verdict =
    s.errors === 0 && s.warnings === 0
      ? 'no problems'
      : `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`;
  let out = `### tansiq validate: ${verdict}\n\n`;
  out += `${s.files} file${s.files === 1 ? '' : 's'}, ${s.records} record${s.records === 1 ? '' : 's'} (${s.invalidRecords} invalid)${s.omitted > 0 ? `, ${s.omitted} more issue${s.omitted === 1 ? '' : 's'} counted but not listed` : ''}.\n`;
  if (result.issues.length === 0) return out;
  out +=
    '\n| File | Line | Column | Severity | Code | Pointer | Message |\n| --- | ---: | ---: | --- | --- | --- | --- |\n';
  const rows = result.issues.slice(0, maxRows);
  for (const i of rows) {
    out += `| ${code(displayPath(i.file))} | ${i.line ?? ''} | ${i.column ?? ''} | ${i.severity} | ${code(i.rule === undefined ? i.code : `${i.code} (${i.rule})`)} | ${code(i.pointer)} | ${cell(i.message)} |\n`;
  }
  if (result.issues.length > maxRows) out += `\n${result.issues.length - maxRows} more issues not shown.\n`;
  return out;
}
