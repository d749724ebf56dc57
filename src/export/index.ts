/**
 * Exporters to the formats the field already uses: FollowTheMoney (Aleph, yente), Popolo,
 * schema.org JSON-LD and PLOVER event data.
 *
 * @module tansiq/export
 */
export { createFollowTheMoneyStream, toFollowTheMoney } from './to-follow-the-money.js';
export type { ExportStream, FollowTheMoneyOptions, FtmEntity } from './to-follow-the-money.js';
export { createExportReport, formatExportReport } from './export-report.js';
export type { ExportFormat, ExportReport, ExportSkip } from './export-report.js';
export { toPopolo } from './to-popolo.js';
export type { PopoloDocument, PopoloObject, PopoloOptions } from './to-popolo.js';
export { toJsonLd } from './to-json-ld.js';
export type { JsonLdDocument, JsonLdNode, JsonLdOptions } from './to-json-ld.js';
export { createPloverStream, toPlover } from './to-plover.js';
export type { PloverEntity, PloverEvent, PloverOptions } from './to-plover.js';
