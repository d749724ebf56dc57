import * as z from 'zod';

/**
 * The record types of a tansiq dataset, in the order the data-model guide presents them.
 *
 * Every record carries one of these as its `type`, and every id starts with it (`person.…`).
 *
 * @example
 * ```ts
 * RECORD_TYPES.includes('meeting'); // true
 * ```
 * @category Building blocks
 */
export const RECORD_TYPES = /* @__PURE__ */ Object.freeze([
  'article',
  'person',
  'agency',
  'position',
  'occupancy',
  'membership',
  'meeting',
  'forum',
  'forum-membership',
  'co-chair-term',
  'working-group',
] as const);

/**
 * One of the eleven record types (the `type` discriminator of {@link RecordSchema}).
 *
 * @example
 * ```ts
 * RecordTypeSchema.parse('co-chair-term'); // 'co-chair-term'
 * RecordTypeSchema.safeParse('event').success; // false
 * ```
 * @category Building blocks
 */
export const RecordTypeSchema = /* @__PURE__ */ z.literal(RECORD_TYPES).meta({
  id: 'tansiq.RecordType',
  title: 'Record type',
  description: 'The type of a tansiq record; also the prefix of its id.',
  examples: ['meeting', 'person'],
});

/**
 * A record type name such as `'meeting'` or `'co-chair-term'`.
 *
 * @example
 * ```ts
 * const value: RecordType = RecordTypeSchema.parse('meeting');
 * value; // 'meeting'
 * ```
 * @category Building blocks
 */
export type RecordType = z.infer<typeof RecordTypeSchema>;
