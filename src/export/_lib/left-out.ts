import type { ExportReport } from '../export-report.js';

/**
 * What a format keeps of a record type: a top-level key mapped to `true` is kept whole; mapped to
 * a list, only those keys of its object (or of each object in its array) are kept.
 */
export type KeptFields = Readonly<Record<string, true | readonly string[]>>;

function bump(report: ExportReport, key: string, seen: Set<string>): void {
  if (seen.has(key)) return;
  seen.add(key);
  report.leftOut[key] = (report.leftOut[key] ?? 0) + 1;
}

function subKeys(
  value: unknown,
  kept: readonly string[],
  prefix: string,
  report: ExportReport,
  seen: Set<string>,
): void {
  if (Array.isArray(value)) {
    for (const v of value) subKeys(v, kept, prefix, report, seen);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const k of Object.keys(value)) if (!kept.includes(k)) bump(report, `${prefix}.${k}`, seen);
}

/**
 * Counts, in `report.leftOut`, every field of `record` that `kept` does not list: new fields
 * of a newer schema are caught here without a list of them.
 */
export function noteLeftOut(
  report: ExportReport | undefined,
  record: { readonly type: string },
  kept: KeptFields,
  extra: readonly string[] = [],
): void {
  if (report === undefined) return;
  const seen = new Set<string>();
  const type = record.type;
  const o = record as unknown as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key === 'type' || key === 'id' || o[key] === undefined) continue;
    const rule = kept[key];
    if (rule === undefined) bump(report, `${type}.${key}`, seen);
    else if (rule !== true) subKeys(o[key], rule, `${type}.${key}`, report, seen);
  }
  for (const key of extra) bump(report, `${type}.${key}`, seen);
}

/**
 * Notes a record of a type the exporter does not know (a record type newer than the exporter):
 * it is skipped and listed in the report.
 */
export function noteUnknownType(report: ExportReport | undefined, record: unknown): void {
  const r = record as { id: string; type: string };
  report?.skipped.push({ id: r.id, reason: `unknown record type '${r.type}'` });
}
