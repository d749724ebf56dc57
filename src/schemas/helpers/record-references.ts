import type { RecordType } from '../common/record-type.js';
import type { TansiqRecord } from '../records/record.js';
import { REFERENCE_FIELDS } from './reference-fields.js';

/**
 * One reference found in a record.
 *
 * @example
 * ```ts
 * const ref: RecordReference = { pointer: '/hostAgencyId', id: 'agency.ma-dgsn', expectedTypes: ['agency'] };
 * ```
 * @category Helpers
 */
export interface RecordReference {
  /** JSON Pointer (RFC 6901) of the id string inside the record, e.g. `/participants/0/ref/id`. */
  readonly pointer: string;
  /** The referenced id, e.g. `agency.ma-dgsn`. */
  readonly id: string;
  /** The record types the id may point to (e.g. `['agency', 'forum']` for an organization). */
  readonly expectedTypes: readonly RecordType[];
}

const ORGANIZATION_TYPES: readonly RecordType[] = /* @__PURE__ */ Object.freeze(['agency', 'forum'] as const);
const PERSON_TYPES: readonly RecordType[] = /* @__PURE__ */ Object.freeze(['person'] as const);

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function collect(
  value: unknown,
  path: readonly string[],
  depth: number,
  pointer: string,
  target: readonly RecordType[] | 'party',
  out: RecordReference[],
): void {
  if (depth === path.length) {
    if (target === 'party') {
      if (typeof value !== 'object' || value === null) return;
      const party = value as { kind?: unknown; id?: unknown };
      if (typeof party.id !== 'string') return;
      if (party.kind === 'organization')
        out.push({ pointer: `${pointer}/id`, id: party.id, expectedTypes: ORGANIZATION_TYPES });
      else if (party.kind === 'person')
        out.push({ pointer: `${pointer}/id`, id: party.id, expectedTypes: PERSON_TYPES });
    } else if (typeof value === 'string') {
      out.push({ pointer, id: value, expectedTypes: target });
    }
    return;
  }
  const segment = path[depth] as string;
  if (segment === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) collect(value[i], path, depth + 1, `${pointer}/${i}`, target, out);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const child = (value as Record<string, unknown>)[segment];
  if (child === undefined) return;
  collect(child, path, depth + 1, `${pointer}/${escapePointer(segment)}`, target, out);
}

/**
 * Every reference to another record inside a record, as JSON Pointers with the referenced id and
 * the record types it may point to. Covers all reference fields listed in
 * {@link REFERENCE_FIELDS} (typed id fields, party references of kind organization or person,
 * and `articleId` of every nested source). Country parties are not references (countries are
 * shipped data) and are skipped; so is the record's own `id`. The dataset validator uses this
 * for dangling-reference and wrong-type checks.
 *
 * Order: fields in {@link REFERENCE_FIELDS} order, array items in index order.
 *
 * @param record - a parsed record (any type)
 * @returns the references found
 * @example
 * ```ts
 * recordReferences({
 *   type: 'position', id: 'position.ma-dgsn-dg', organizationId: 'agency.ma-dgsn',
 *   label: [{ value: 'Directeur général', lang: 'fr' }], role: 'director-general',
 *   sources: [{ articleId: 'article.x' }],
 * });
 * // [
 * //   { pointer: '/sources/0/articleId', id: 'article.x', expectedTypes: ['article'] },
 * //   { pointer: '/organizationId', id: 'agency.ma-dgsn', expectedTypes: ['agency', 'forum'] },
 * // ]
 * ```
 * @category Helpers
 */
export function recordReferences(record: TansiqRecord): RecordReference[] {
  const out: RecordReference[] = [];
  const table = REFERENCE_FIELDS[record.type];
  if (table === undefined) return out;
  for (const entry of table) collect(record, entry.path, 0, '', entry.target, out);
  return out;
}
