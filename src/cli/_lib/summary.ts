import type { ExportReport } from '../../export/index.js';
import type { ValidationSummary } from '../../validate/index.js';
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
