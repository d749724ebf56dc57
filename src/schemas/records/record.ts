import * as z from 'zod';
import { AgencySchema } from './agency.js';
import { ArticleSchema } from './article.js';
import { CoChairTermSchema } from './co-chair-term.js';
import { ForumMembershipSchema } from './forum-membership.js';
import { ForumSchema } from './forum.js';
import { MembershipSchema } from './membership.js';
import { OccupancySchema } from './occupancy.js';
import { PersonSchema } from './person.js';
import { PositionSchema } from './position.js';
import { SecurityMeetingSchema } from './security-meeting.js';
import { WorkingGroupSchema } from './working-group.js';
import { fastByDefault } from '../_lib/guard-parse.js';

/**
 * Any tansiq record, discriminated by `type` (article, person, agency, position, occupancy,
 * membership, meeting, forum, forum-membership, co-chair-term, working-group). Parsing dispatches
 * on `type`, so issues point into the matching record schema; an unknown `type` gives one issue
 * at `['type']`.
 *
 * @example
 * ```ts
 * RecordSchema.parse({
 *   type: 'forum',
 *   id: 'forum.gctf',
 *   names: [{ value: 'GCTF', lang: 'en', kind: 'acronym' }],
 *   kind: 'informal-platform',
 *   sources: [],
 * }).type; // 'forum'
 * RecordSchema.safeParse({ type: 'event', id: 'event.x' }).error?.issues[0]?.path; // ['type']
 * ```
 * @category Records
 */
export const RecordSchema = /* @__PURE__ */ fastByDefault(
  z
    .discriminatedUnion('type', [
      ArticleSchema,
      PersonSchema,
      AgencySchema,
      PositionSchema,
      OccupancySchema,
      MembershipSchema,
      SecurityMeetingSchema,
      ForumSchema,
      ForumMembershipSchema,
      CoChairTermSchema,
      WorkingGroupSchema,
    ])
    .meta({
      id: 'tansiq.Record',
      title: 'Record',
      description: 'Any tansiq record, discriminated by type.',
      examples: [
        {
          type: 'forum',
          id: 'forum.gctf',
          names: [{ value: 'GCTF', lang: 'en', kind: 'acronym' }],
          kind: 'informal-platform',
          sources: [],
        },
      ],
    }),
);

/**
 * Any record (a union of the eleven record types, narrowed by `type`).
 *
 * @example
 * ```ts
 * // The value RecordSchema returns, typed; here parsed from the schema's own example:
 * const record: TansiqRecord = RecordSchema.parse(tansiqRegistry.get(RecordSchema)?.examples[0]);
 * record.id; // 'forum.gctf'
 * ```
 * @category Records
 */
export type TansiqRecord = z.infer<typeof RecordSchema>;
