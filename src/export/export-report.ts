/**
 * The four formats tansiq exports to.
 *
 * @example
 * ```ts
 * const format: ExportFormat = 'ftm';
 * formatExportReport(createExportReport(format)); // 'ftm: 0 records read, 0 objects written\n'
 * ```
 * @category Export
 */
export type ExportFormat = 'ftm' | 'popolo' | 'jsonld' | 'plover';

/**
 * A record that was read but not exported, with the reason.
 *
 * @example
 * ```ts
 * const report = createExportReport('plover');
 * [...toPlover([{ type: 'meeting', id: 'meeting.x', kind: 'plenary', status: 'held', start: '2024-03', sources: [] }], { report })].length; // 0
 * const [skip]: ExportSkip[] = report.skipped;
 * skip; // { id: 'meeting.x', reason: 'no full-day start date (PLOVER needs YYYY-MM-DD)' }
 * ```
 * @category Export
 */
export interface ExportSkip {
  /** Id of the record. */
  id: string;
  /** Why it was not exported. */
  reason: string;
}

/**
 * What one export run did: records read, objects written, and what the format could not hold
 * (`leftOut`: `"<record type>.<field>"` or `"<record type>.<field>.<sub-field>"` → number of
 * records whose value was left out). Fields the exporter does not know (a schema newer than the
 * exporter) are listed there too, never dropped silently. Fill one by passing it as the
 * `report` option of an exporter.
 *
 * @example
 * ```ts
 * const report = createExportReport('ftm');
 * report.leftOut; // {}
 * ```
 * @category Export
 */
export interface ExportReport {
  /** The target format. */
  format: ExportFormat;
  /** Records read from the input. */
  records: number;
  /** Shipped reference records added because exported records point at them. */
  referenceRecords: number;
  /** Objects written (entities, nodes, events, Popolo objects). */
  written: number;
  /** Fields left out, by `"<type>.<field>"`, with the number of records concerned. */
  leftOut: Record<string, number>;
  /** Records not exported at all. */
  skipped: ExportSkip[];
  /** References to records that are in neither the input nor the shipped data (left out). */
  droppedReferences: number;
}

/**
 * A new, empty export report for `format`.
 *
 * @param format - The target format.
 * @returns A report with zero counts, to pass as the `report` option of an exporter.
 * @example
 * ```ts
 * createExportReport('plover').written; // 0
 * ```
 * @category Export
 */
export function createExportReport(format: ExportFormat): ExportReport {
  return { format, records: 0, referenceRecords: 0, written: 0, leftOut: {}, skipped: [], droppedReferences: 0 };
}

/**
 * The report as text, one line per left-out field (sorted), then the skipped records.
 *
 * @param report - A filled export report.
 * @returns Plain text ending with a newline.
 * @example
 * ```ts
 * const report = createExportReport('ftm');
 * report.records = 2;
 * report.written = 3;
 * formatExportReport(report); // 'ftm: 2 records read, 3 objects written\n'
 * ```
 * @category Export
 */
export function formatExportReport(report: ExportReport): string {
  let out = `${report.format}: ${report.records} records read`;
  if (report.referenceRecords > 0) out += `, ${report.referenceRecords} shipped reference records added`;
  out += `, ${report.written} objects written\n`;
  const keys = Object.keys(report.leftOut).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length > 0) {
    out += `left out (the format has no place for them):\n`;
    for (const k of keys) out += `  ${k}: ${report.leftOut[k] ?? 0} record(s)\n`;
  }
  if (report.droppedReferences > 0)
    out += `${report.droppedReferences} reference(s) to records not in the export left out\n`;
  for (const s of report.skipped) out += `skipped ${s.id}: ${s.reason}\n`;
  return out;
}
