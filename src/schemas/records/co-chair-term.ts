import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { relationMetaShape } from '../_lib/record-base.js';
import { IntervalSchema } from '../common/interval.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { ChairedBodyIdSchema, CoChairTermIdSchema, PersonIdSchema } from '../common/typed-ids.js';
import { fieldOf, itemsOf, crossFieldCheck } from '../_lib/run-checks.js';
import { fastByDefault } from '../_lib/guard-parse.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A term of co-chairs of a forum or working group (`bodyId`): one or more `chairs` (countries or
 * organizations such as the EU, each with an optional representative), the term `interval` and
 * its `ordinal`. The same party may not chair twice in one term. Seat counts against the body's
 * `chairModel` and overlaps between terms are dataset-level checks.
 *
 * @example
 * ```ts
 * CoChairTermSchema.parse({
 *   type: 'co-chair-term',
 *   id: 'co-chair-term.gctf-2023-eg-eu',
 *   bodyId: 'forum.gctf',
 *   chairs: [{ party: { kind: 'country', country: 'EG' } }, { party: { kind: 'country', country: 'EU' } }],
 *   interval: { start: '2023', end: '2025' },
 *   sources: [{ url: 'https://www.thegctf.org/' }],
 * }).chairs.length; // 2
 * ```
 * @category Records
 */
export const CoChairTermSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `co-chair-term`. */
      type: z.literal('co-chair-term'),
      /** Id of this record (its prefix is the record type). */
      id: CoChairTermIdSchema,
      /** The forum or working group chaired. */
      bodyId: ChairedBodyIdSchema,
      /** The co-chairs (at least one, no party twice). */
      chairs: z
        .array(
          z.strictObject({
            /** The chairing party. */
            party: PartyRefSchema,
            /** The person representing the chair. */
            representativePersonId: PersonIdSchema.optional(),
          }),
        )
        .min(1, {
          error: localizedError(
            'a co-chair term needs at least one chair',
            'تحتاج فترة الرئاسة المشتركة إلى رئيس واحد على الأقل',
          ),
        }),
      /** The term. */
      interval: IntervalSchema,
      /** Number of the term (1 for the first). */
      ordinal: z.int().min(1).optional(),
      ...relationMetaShape,
    })
    .check(
      crossFieldCheck(['duplicate_chair'], (ctx) => {
        const seen = new Set<string>();
        const chairs = itemsOf(ctx.value.chairs);
        for (let i = 0; i < chairs.length; i++) {
          const party = fieldOf(chairs[i], 'party');
          const kind = fieldOf(party, 'kind');
          const key = fieldOf(party, kind === 'country' ? 'country' : 'id');
          if (typeof key !== 'string') continue;
          if (seen.has(key)) addRuleIssue(ctx, ['chairs', i, 'party'], 'duplicate_chair', { chair: key }, key);
          else seen.add(key);
        }
      }),
    )
    .meta({
      id: 'tansiq.CoChairTerm',
      title: 'Co-chair term',
      description:
        'A term of one or more co-chairs (countries or organizations) of a forum or working group. Not expressible in JSON Schema: the same party may not chair twice in one term.',
      examples: [
        {
          type: 'co-chair-term',
          id: 'co-chair-term.gctf-2023-eg-eu',
          bodyId: 'forum.gctf',
          chairs: [{ party: { kind: 'country', country: 'EG' } }, { party: { kind: 'country', country: 'EU' } }],
          interval: { start: '2023', end: '2025', status: 'ended' },
          sources: [{ url: 'https://www.thegctf.org/' }],
        },
      ],
    }),
);

/**
 * A co-chair-term record.
 *
 * @example
 * ```ts
 * // The value CoChairTermSchema returns, typed; here parsed from the schema's own example:
 * const coChairTerm: CoChairTerm = CoChairTermSchema.parse(tansiqRegistry.get(CoChairTermSchema)?.examples[0]);
 * coChairTerm.id; // 'co-chair-term.gctf-2023-eg-eu'
 * ```
 * @category Records
 */
export type CoChairTerm = z.infer<typeof CoChairTermSchema>;
