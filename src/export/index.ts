/**
 * Exporters to the formats the field already uses: FollowTheMoney (Aleph, yente), Popolo,
 * schema.org JSON-LD and PLOVER event data.
 *
 * @module tansiq/export
 */
export { toFollowTheMoney } from './to-follow-the-money.js';
export type { FollowTheMoneyOptions, FtmEntity } from './to-follow-the-money.js';
export { createExportReport, formatExportReport } from './export-report.js';
export type { ExportFormat, ExportReport, ExportSkip } from './export-report.js';
