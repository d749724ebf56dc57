import type { ExportReport } from '../../export/index.js';
import type { ValidationResult, ValidationSummary } from '../../validate/index.js';
import { formatGithubSummary } from '../../validate/index.js';
import { cliText } from './messages.js';
import type { CliSay, CliText } from './messages.js';

/**
 * The summary line of a validation run in the run's language: in English, the line
 * `formatSummary` writes (`tansiq: 2 files, 120 records (3 invalid), 4 errors, 1 warning,
 * 0.05 s`); in Arabic, the same counts with Arabic nouns in their number forms.
 */
export function summaryLine(say: CliSay, s: ValidationSummary): string {
  return say('summary', {
    files: cliText('n_files', { n: s.files }),
    records: cliText('n_records', { n: s.records }),
    invalid: s.invalidRecords > 0 ? say('summary_invalid', { n: s.invalidRecords }) : '',
    errors: cliText('n_errors', { n: s.errors }),
    warnings: cliText('n_warnings', { n: s.warnings }),
    seconds: (s.durationMs / 1000).toFixed(2),
    omitted: s.omitted > 0 ? say('summary_omitted', { issues: cliText('n_issues', { n: s.omitted }) }) : '',
  });
}

/** The exporters' English reasons for skipping a record, and the message each one becomes. */
const SKIP_REASONS: readonly (readonly [RegExp, (m: RegExpExecArray) => CliText])[] = /* @__PURE__ */ Object.freeze([
  [/^status '([^']*)' is not an event in PLOVER$/, (m) => cliText('skip_status', { status: m[1] as string })],
  [/^no full-day start date \(PLOVER needs YYYY-MM-DD\)$/, () => cliText('skip_no_day')],
  [/^no party with a PLOVER code$/, () => cliText('skip_no_actor_code')],
  [
    /^(\S+) needs a recipient and the meeting names only one party$/,
    (m) => cliText('skip_needs_recipient', { events: m[1] as string }),
  ],
  [/^(\S*) needs an actor and a recipient$/, (m) => cliText('skip_needs_actor_recipient', { event: m[1] as string })],
  [/^(\S*) needs an actor$/, (m) => cliText('skip_needs_actor', { event: m[1] as string })],
  [/^unknown record type '([^']*)'$/, (m) => cliText('skip_unknown_type', { type: m[1] as string })],
  [/^its organization is not in the export \(a Popolo post needs one\)$/, () => cliText('skip_post_organization')],
  [/^no organization or post in the export$/, () => cliText('skip_no_organization')],
]);

/** Why a record was skipped, in the run's language (the exporter's English reason in English). */
export function skipReason(say: CliSay, reason: string): string {
  if (say.language === 'en') return reason;
  for (const [pattern, text] of SKIP_REASONS) {
    const m = pattern.exec(reason);
    if (m !== null) return say.text(text(m));
  }
  return say('skip_other', { reason });
}

/**
 * An export report as text in the run's language: in English, the text `formatExportReport`
 * writes; in Arabic, the same lines in Arabic (field names, ids and format names as they are).
 */
export function exportReportText(say: CliSay, report: ExportReport): string {
  let out = say('report_read', { format: report.format, records: report.records });
  if (report.referenceRecords > 0) out += say('report_reference', { n: report.referenceRecords });
  out += say('report_written', { n: report.written });
  const keys = Object.keys(report.leftOut).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length > 0) {
    out += say('report_left_out');
    for (const k of keys) out += say('report_left_out_field', { field: k, n: report.leftOut[k] ?? 0 });
  }
  if (report.droppedReferences > 0) out += say('report_dropped', { n: report.droppedReferences });
  for (const s of report.skipped) out += say('report_skipped', { id: s.id, reason: skipReason(say, s.reason) });
  return out;
}

/** The notice `formatGithubChunks` ends with when it annotated only some issues. */
const NOT_ANNOTATED =
  /::notice title=tansiq::(\d+) more issues? (?:was|were) not annotated \(limit (\d+) per severity\); see the log above and the job summary\n$/;

/**
 * A piece of `--format github` output in the run's language: the closing notice (how many issues
 * were not annotated) in Arabic; the annotations, whose messages are already in the run's
 * language, as they are.
 */
export function githubChunk(say: CliSay, chunk: string): string {
  if (say.language === 'en') return chunk;
  return chunk.replace(
    NOT_ANNOTATED,
    (_all, n: string, limit: string) =>
      `::notice title=tansiq::${say('github_not_annotated', { n: Number(n), limit: Number(limit) })}\n`,
  );
}

/**
 * The Markdown job summary of `--format github` in the run's language: in English, what
 * `formatGithubSummary` writes; in Arabic, its title, counts, table header and closing line in
 * Arabic, with the same rows (messages in the run's language, codes and pointers as they are).
 */
export function githubJobSummary(say: CliSay, result: ValidationResult): string {
  const english = formatGithubSummary(result);
  if (say.language === 'en') return english;
  const s = result.summary;
  const verdict =
    s.errors === 0 && s.warnings === 0
      ? say('job_summary_no_problems')
      : say('job_summary_verdict', {
          errors: cliText('n_errors', { n: s.errors }),
          warnings: cliText('n_warnings', { n: s.warnings }),
        });
  const head =
    say('job_summary_title', { verdict }) +
    say('job_summary_counts', {
      files: cliText('n_files', { n: s.files }),
      records: cliText('n_records', { n: s.records }),
      invalid: s.invalidRecords,
      omitted: s.omitted > 0 ? say('job_summary_omitted', { n: s.omitted }) : '',
    });
  const table = english.indexOf('\n| File | Line |');
  if (table < 0) return head;
  const lines = english.slice(table + 1).split('\n');
  lines[0] = say('job_summary_header');
  // The severity column, fourth cell of each row (cells escape '|' as '\\|').
  for (let i = 2; i < lines.length; i++)
    lines[i] = (lines[i] as string).replace(
      /^(\|(?:[^|\\]|\\.)*\|[^|]*\|[^|]*\| )(error|warning) \|/,
      (_all, before: string, severity: string) =>
        `${before}${say(severity === 'error' ? 'severity_error' : 'severity_warning')} |`,
    );
  const last = lines.length - 2; // the text ends with '\n'
  const more = /^(\d+) more issues not shown\.$/.exec(lines[last] ?? '');
  if (more !== null) lines[last] = say('job_summary_more', { n: Number(more[1]) });
  return `${head}\n${lines.join('\n')}`;
}
