import type * as z from 'zod';
import { anyOfTypedIds } from '../_lib/typed-id.js';
import { RECORD_TYPES } from './record-type.js';

/**
 * Any record id: `<type>.<slug>` where `type` is one of {@link RECORD_TYPES} and the slug is
 * made of lower-case ASCII letters, digits and hyphens.
 *
 * Use the per-type schemas (e.g. {@link PersonIdSchema}) in reference fields so that a field
 * says what it points to.
 *
 * @example
 * ```ts
 * IdSchema.parse('agency.ma-dgsn'); // 'agency.ma-dgsn'
 * IdSchema.safeParse('agency.MA_DGSN').success; // false (upper case, underscore)
 * IdSchema.safeParse('country.ma').success; // false (not a record type)
 * ```
 * @category Building blocks
 */
export const IdSchema = /* @__PURE__ */ anyOfTypedIds(RECORD_TYPES).meta({
  id: 'tansiq.Id',
  title: 'Record id',
  description: 'A record id `<type>.<slug>`: a record type, a dot, and a slug of a-z, 0-9 and -.',
  examples: ['agency.ma-dgsn', 'person.abdellatif-hammouchi', 'meeting.2024-03-05-ma-es-rabat'],
});

/**
 * A record id such as `'agency.ma-dgsn'`.
 *
 * @example
 * ```ts
 * const value: Id = IdSchema.parse('agency.ma-dgsn');
 * value; // 'agency.ma-dgsn'
 * ```
 * @category Building blocks
 */
export type Id = z.infer<typeof IdSchema>;
