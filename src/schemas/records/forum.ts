import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { isOrderedIfValid } from '../_lib/bounds.js';
import { entityMetaShape } from '../_lib/record-base.js';
import { ChairModelSchema } from '../common/chair-model.js';
import { ExternalIdsSchema } from '../common/external-ids.js';
import { HttpUrlSchema } from '../common/http-url.js';
import { IntervalSchema } from '../common/interval.js';
import { LocationSchema } from '../common/location.js';
import { NameSchema } from '../common/name.js';
import { PartialDateSchema } from '../common/partial-date.js';
import { TopicCodeSchema } from '../common/topic-code.js';
import { AgencyIdSchema, ForumIdSchema } from '../common/typed-ids.js';
import { crossFieldCheck } from '../_lib/run-checks.js';
import { fastByDefault } from '../_lib/guard-parse.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A multilateral forum, coalition or IGO (the GCTF, the Global Coalition against Daesh and its
 * Africa Focus Group): names, kind, parent forum, founding and dissolution, headquarters, dated
 * secretariat agencies, chair model (seats and term length), topics and ids. Members are
 * {@link ForumMembershipSchema | forum-membership} records and co-chairs
 * {@link CoChairTermSchema | co-chair-term} records, so counts are computed, never stored.
 *
 * @example
 * ```ts
 * ForumSchema.parse({
 *   type: 'forum',
 *   id: 'forum.gctf',
 *   names: [{ value: 'Global Counterterrorism Forum', lang: 'en', kind: 'official' }],
 *   kind: 'informal-platform',
 *   founded: '2011-09-22',
 *   chairModel: { seats: 2, termMonths: 24 },
 *   sources: [],
 * }).chairModel?.seats; // 2
 * ```
 * @category Records
 */
export const ForumSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `forum`. */
      type: z.literal('forum'),
      /** Id of this record (its prefix is the record type). */
      id: ForumIdSchema,
      /** Names in every language and script, with kinds and validity dates. */
      names: z
        .array(NameSchema)
        .min(1, { error: localizedError('a forum needs at least one name', 'يحتاج المنتدى إلى اسم واحد على الأقل') }),
      /** Kind of forum. */
      kind: z.literal(['informal-platform', 'coalition', 'igo', 'focus-group', 'treaty-body', 'network']),
      /** Forum it belongs to (e.g. a focus group of a coalition). */
      parentForumId: ForumIdSchema.optional(),
      /** Founding date. */
      founded: PartialDateSchema.optional(),
      /** Dissolution date (not before founded). */
      dissolved: PartialDateSchema.optional(),
      /** Where it is based. */
      headquarters: LocationSchema.optional(),
      /** Agencies acting as secretariat, with dates. */
      secretariat: z
        .array(
          z.strictObject({
            /** The secretariat agency. */
            agencyId: AgencyIdSchema,
            /** When it acted as secretariat. */
            interval: IntervalSchema.optional(),
          }),
        )
        .optional(),
      /** Number of co-chair seats and usual term length. */
      chairModel: ChairModelSchema.optional(),
      /** Topics, from the tansiq vocabulary. */
      topics: z.array(TopicCodeSchema).optional(),
      /** Official website. */
      website: HttpUrlSchema.optional(),
      /** Identifiers of the same entity elsewhere (Wikidata, OpenSanctions, …). */
      externalIds: ExternalIdsSchema.optional(),
      ...entityMetaShape,
    })
    .check(
      crossFieldCheck(['dissolved_before_founded', 'forum_own_parent'], (ctx) => {
        const { founded, dissolved, parentForumId, id } = ctx.value;
        if (founded !== undefined && dissolved !== undefined && !isOrderedIfValid(founded, dissolved)) {
          addRuleIssue(ctx, ['dissolved'], 'dissolved_before_founded', { founded, dissolved }, dissolved);
        }
        if (parentForumId === id) addRuleIssue(ctx, ['parentForumId'], 'forum_own_parent', {}, parentForumId);
      }),
    )
    .meta({
      id: 'tansiq.Forum',
      title: 'Forum',
      description:
        'A multilateral forum, coalition or IGO with names, kind, parent, founding, headquarters, secretariat, chair model and topics. Not expressible in JSON Schema: founded must not be after dissolved; a forum cannot be its own parent.',
      examples: [
        {
          type: 'forum',
          id: 'forum.gctf',
          names: [
            { value: 'Global Counterterrorism Forum', lang: 'en', kind: 'official', preferred: true },
            { value: 'GCTF', lang: 'en', kind: 'acronym' },
            { value: 'المنتدى العالمي لمكافحة الإرهاب', lang: 'ar', kind: 'official' },
          ],
          kind: 'informal-platform',
          founded: '2011-09-22',
          headquarters: { city: 'The Hague', country: 'NL', precision: 'city' },
          chairModel: { seats: 2, termMonths: 24 },
          topics: ['terrorism', 'violent-extremism'],
          website: 'https://www.thegctf.org/',
          sources: [{ url: 'https://www.thegctf.org/' }],
        },
      ],
    }),
);

/**
 * A forum record.
 *
 * @example
 * ```ts
 * // The value ForumSchema returns, typed; here parsed from the schema's own example:
 * const forum: Forum = ForumSchema.parse(tansiqRegistry.get(ForumSchema)?.examples[0]);
 * forum.id; // 'forum.gctf'
 * ```
 * @category Records
 */
export type Forum = z.infer<typeof ForumSchema>;
