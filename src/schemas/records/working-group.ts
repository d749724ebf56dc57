import * as z from 'zod';
import { entityMetaShape } from '../_lib/record-base.js';
import { ChairModelSchema } from '../common/chair-model.js';
import { ExternalIdsSchema } from '../common/external-ids.js';
import { HttpUrlSchema } from '../common/http-url.js';
import { IntervalSchema } from '../common/interval.js';
import { NameSchema } from '../common/name.js';
import { TopicCodeSchema } from '../common/topic-code.js';
import { ForumIdSchema, WorkingGroupIdSchema } from '../common/typed-ids.js';
import { fastByDefault } from '../_lib/guard-parse.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A working group of a forum (thematic or regional), with names, topics, the interval it was
 * established and closed, its chair model and ids. Its co-chairs are
 * {@link CoChairTermSchema | co-chair-term} records whose `bodyId` is this group.
 *
 * @example
 * ```ts
 * WorkingGroupSchema.parse({
 *   type: 'working-group',
 *   id: 'working-group.gctf-cjrol',
 *   forumId: 'forum.gctf',
 *   names: [{ value: 'Criminal Justice and Rule of Law Working Group', lang: 'en', kind: 'official' }],
 *   kind: 'thematic',
 *   sources: [],
 * }).kind; // 'thematic'
 * ```
 * @category Records
 */
export const WorkingGroupSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `working-group`. */
      type: z.literal('working-group'),
      /** Id of this record (its prefix is the record type). */
      id: WorkingGroupIdSchema,
      /** The forum the group belongs to. */
      forumId: ForumIdSchema,
      /** Names in every language and script, with kinds and validity dates. */
      names: z.array(NameSchema).min(1, {
        error: localizedError('a working group needs at least one name', 'تحتاج مجموعة العمل إلى اسم واحد على الأقل'),
      }),
      /** Thematic or regional. */
      kind: z.literal(['thematic', 'regional']),
      /** Topics, from the tansiq vocabulary. */
      topics: z.array(TopicCodeSchema).optional(),
      /** When the group was established and closed. */
      interval: IntervalSchema.optional(),
      /** Number of co-chair seats and usual term length. */
      chairModel: ChairModelSchema.optional(),
      /** Official website. */
      website: HttpUrlSchema.optional(),
      /** Identifiers of the same entity elsewhere (Wikidata, OpenSanctions, …). */
      externalIds: ExternalIdsSchema.optional(),
      ...entityMetaShape,
    })
    .meta({
      id: 'tansiq.WorkingGroup',
      title: 'Working group',
      description: 'A thematic or regional working group of a forum with names, topics, interval and chair model.',
      examples: [
        {
          type: 'working-group',
          id: 'working-group.gctf-cjrol',
          forumId: 'forum.gctf',
          names: [{ value: 'Criminal Justice and Rule of Law Working Group', lang: 'en', kind: 'official' }],
          kind: 'thematic',
          topics: ['judicial-cooperation'],
          chairModel: { seats: 2 },
          sources: [{ url: 'https://www.thegctf.org/' }],
        },
      ],
    }),
);

/**
 * A working-group record.
 *
 * @example
 * ```ts
 * // The value WorkingGroupSchema returns, typed; here parsed from the schema's own example:
 * const workingGroup: WorkingGroup = WorkingGroupSchema.parse(tansiqRegistry.get(WorkingGroupSchema)?.examples[0]);
 * workingGroup.id; // 'working-group.gctf-cjrol'
 * ```
 * @category Records
 */
export type WorkingGroup = z.infer<typeof WorkingGroupSchema>;
