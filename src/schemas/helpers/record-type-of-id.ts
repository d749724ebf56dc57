import { RECORD_TYPES } from '../common/record-type.js';
import type { RecordType } from '../common/record-type.js';

const TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(RECORD_TYPES);

/**
 * The record type named by an id's prefix (the part before the first dot), or `undefined` when
 * the prefix is not a record type. Does not validate the slug.
 *
 * @param id - an id such as `agency.ma-dgsn`
 * @returns the record type, or `undefined`
 * @example
 * ```ts
 * recordTypeOfId('co-chair-term.gctf-2023'); // 'co-chair-term'
 * recordTypeOfId('country.ma'); // undefined
 * ```
 * @category Helpers
 */
export function recordTypeOfId(id: string): RecordType | undefined {
  const dot = id.indexOf('.');
  if (dot <= 0) return undefined;
  const prefix = id.slice(0, dot);
  return TYPES.has(prefix) ? (prefix as RecordType) : undefined;
}
