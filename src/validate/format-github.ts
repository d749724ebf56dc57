import type { ValidationIssue } from './validation-issue.js';
import type { ValidationResult } from './validation-result.js';
import { displayPath } from './_lib/format/display-path.js';
import { groupByFile } from './_lib/format/group-by-file.js';

/**
 * Options of {@link formatGithub}.
 *
 * @example
 * ```ts
 * const options: FormatGithubOptions = { annotationLimit: 10 };
 * ```
 * @category Formatting
 */
export interface FormatGithubOptions {
  /**
   * Annotations printed per severity (default 10, GitHub's display limit per step); further
   * issues are printed as plain lines in the file's group.
   */
  annotationLimit?: number;
}

/** Escapes workflow-command data (the message). */
function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes workflow-command property values (file, title). */
function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The code as shown: `code`, or `code (rule)` for a schema rule across fields. */
function codeLabel(issue: ValidationIssue): string {
  return issue.rule === undefined ? issue.code : `${issue.code} (${issue.rule})`;
}

function plain(issue: ValidationIssue): string {
  const where = `${displayPath(issue.file)}${issue.line === undefined ? '' : `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`}`;
  return `${where}: ${issue.severity} [${codeLabel(issue)}]${issue.pointer === '' ? '' : ` ${issue.pointer}`} ${issue.message.replaceAll('\n', ' ')}`;
}

/**
 * Formats a result as GitHub Actions workflow commands: a `::group::` per file holding
 * `::error file=…,line=…,col=…,title=…::message` (or `::warning`) annotations, which GitHub
 * shows on the pull request's diff. Only the first `annotationLimit` issues of each severity
 * become annotations; the rest are printed as plain lines, followed by a `::notice` saying how
 * many were not annotated. Messages escape `%`, CR and LF; properties also `:` and `,`. The
 * title is the issue code, followed by the rule id in parentheses for a schema rule across
 * fields. Pair it with {@link formatGithubSummary} for the job summary; for a large report,
 * write {@link formatGithubChunks} to the stream instead.
 *
 * @param result - A validation result.
 * @param options - {@link FormatGithubOptions}.
 * @returns The commands, one per line, ending with `\n` (`''` without issues).
 * @example
 * ```ts
 * const result = validateRecords([{ type: 'person', id: 'person.x', name: 5, sources: [] }]);
 * formatGithub(result);
 * // '::group::<input>\n::error title=invalid_type::/0/name Invalid input: expected string, received number\n::endgroup::\n'
 * ```
 * @category Formatting
 */
export function formatGithub(result: ValidationResult, options: FormatGithubOptions = {}): string {
  let out = '';
  for (const chunk of formatGithubChunks(result, options)) out += chunk;
  return out;
}

/** Pieces of about this many characters are yielded. */
const CHUNK_CHARS = 16_384;

/**
 * The commands of {@link formatGithub} in pieces of about 16 KB, so that a large report can be
 * written to a stream without ever being one string in memory. Joined, the pieces are exactly
 * `formatGithub(result, options)`.
 *
 * @param result - A validation result.
 * @param options - {@link FormatGithubOptions}.
 * @returns An iterable of strings whose concatenation is the commands text.
 * @example
 * ```ts
 * const result = validateRecords([42]);
 * [...formatGithubChunks(result)].join('') === formatGithub(result); // true
 * ```
 * @category Formatting
 */
export function* formatGithubChunks(
  result: ValidationResult,
  options: FormatGithubOptions = {},
): Generator<string, void, undefined> {
  const limit = options.annotationLimit ?? 10;
  let errors = 0;
  let warnings = 0;
  let skipped = 0;
  let out = '';
  for (const g of groupByFile(result)) {
    if (g.issues.length === 0) continue;
    out += `::group::${escapeData(displayPath(g.report.path === '<input>' ? undefined : g.report.path))}\n`;
    for (const issue of g.issues) {
      if (out.length >= CHUNK_CHARS) {
        yield out;
        out = '';
      }
      const count = issue.severity === 'error' ? ++errors : ++warnings;
      if (count > limit) {
        skipped++;
        out += plain(issue) + '\n';
        continue;
      }
      const props: string[] = [];
      if (issue.file !== undefined && issue.file !== '-') props.push(`file=${escapeProperty(issue.file)}`);
      if (issue.line !== undefined) props.push(`line=${issue.line}`);
      if (issue.column !== undefined) props.push(`col=${issue.column}`);
      props.push(`title=${escapeProperty(codeLabel(issue))}`);
      const message = `${issue.pointer === '' ? '' : `${issue.pointer} `}${issue.message}`;
      out += `::${issue.severity} ${props.join(',')}::${escapeData(message)}\n`;
    }
    out += '::endgroup::\n';
  }
  if (skipped > 0) {
    out += `::notice title=tansiq::${skipped} more issue${skipped === 1 ? ' was' : 's were'} not annotated (limit ${limit} per severity); see the log above and the job summary\n`;
  }
  if (out !== '') yield out;
}
