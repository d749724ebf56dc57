import type { TansiqRecord } from '../../schemas/index.js';
import { ExtractError } from '../extract-error.js';
import type { ExtractOptions } from '../extract-options.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string for a valid calendar day, else undefined. */
export function isoDay(value: string): string | undefined {
  const m = DAY.exec(value);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return value;
}

/** Checks the options of the extraction functions; throws {@link ExtractError}. */
export function readOptions(
  fn: string,
  options: unknown,
  extra: readonly string[] = [],
): { reference?: string; records?: Iterable<TansiqRecord> } {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ExtractError('invalid_options', `${fn}: options must be an object`);
  }
  const known = ['reference', 'records', ...extra];
  for (const key of Object.keys(options)) {
    if (!known.includes(key))
      throw new ExtractError('invalid_options', `${fn}: unknown option '${key}' (expected ${known.join(', ')})`);
  }
  const o = options as ExtractOptions;
  const out: { reference?: string; records?: Iterable<TansiqRecord> } = {};
  if (o.reference !== undefined) {
    let day: string | undefined;
    if (o.reference instanceof Date) {
      day = Number.isNaN(o.reference.getTime()) ? undefined : o.reference.toISOString().slice(0, 10);
    } else if (typeof o.reference === 'string') {
      day = isoDay(o.reference);
    }
    if (day === undefined) {
      throw new ExtractError(
        'invalid_reference',
        `${fn}: reference must be a date YYYY-MM-DD or a valid Date, got ${JSON.stringify(String(o.reference))}`,
      );
    }
    out.reference = day;
  }
  if (o.records !== undefined) {
    const r = o.records as unknown;
    if (
      r === null ||
      typeof r !== 'object' ||
      typeof (r as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
    ) {
      throw new ExtractError('invalid_records', `${fn}: records must be an iterable of tansiq records`);
    }
    out.records = o.records;
  }
  return out;
}
