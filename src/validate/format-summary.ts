import type { ValidationResult } from './validation-result.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One summary line: files, records (and how many are invalid), errors, warnings and time, e.g.
 * `tansiq: 2 files, 120 records (3 invalid), 4 errors, 1 warning, 0.05 s`. Says how many issues
 * were counted but not listed (over `maxErrors` or `maxIssues`).
 *
 * @param result - A validation result.
 * @returns The line, ending with `\n`.
 * @example
 * ```ts
 * const line = formatSummary(validateRecords([]));
 * line.startsWith('tansiq: 0 files, 0 records, 0 errors, 0 warnings, '); // true (the time follows, e.g. '0.02 s')
 * ```
 * @category Formatting
 */
export function formatSummary(result: ValidationResult): string {
  const s = result.summary;
  const records = `${plural(s.records, 'record')}${s.invalidRecords > 0 ? ` (${s.invalidRecords} invalid)` : ''}`;
  const stopped = s.omitted > 0 ? ` (${plural(s.omitted, 'issue')} counted but not listed: over the limit)` : '';
  return `tansiq: ${plural(s.files, 'file')}, ${records}, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${(s.durationMs / 1000).toFixed(2)} s${stopped}\n`;
}
