import * as z from 'zod';
import { relationMetaShape } from '../_lib/record-base.js';
import { DateClaimSchema } from '../common/date-claim.js';
import { IntervalSchema } from '../common/interval.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { AgencyIdSchema, ForumIdSchema, ForumMembershipIdSchema } from '../common/typed-ids.js';
import { fastByDefault } from '../_lib/guard-parse.js';

/**
 * A party's membership of a forum (states and the EU side by side): `status` (founding member,
 * member, observer, partner, withdrawn), the dated `interval` (joined, left), an announced
 * withdrawal as a {@link DateClaimSchema | date claim}, and the agency that represents it.
 *
 * @example
 * ```ts
 * ForumMembershipSchema.parse({
 *   type: 'forum-membership',
 *   id: 'forum-membership.gctf-ke',
 *   forumId: 'forum.gctf',
 *   member: { kind: 'country', country: 'KE' },
 *   status: 'member',
 *   interval: { start: '2023-09' },
 *   sources: [{ url: 'https://www.thegctf.org/' }],
 * }).status; // 'member'
 * ```
 * @category Records
 */
export const ForumMembershipSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `forum-membership`. */
      type: z.literal('forum-membership'),
      /** Id of this record (its prefix is the record type). */
      id: ForumMembershipIdSchema,
      /** The forum. */
      forumId: ForumIdSchema,
      /** The member: a country, an organization or a person. */
      member: PartyRefSchema,
      /** Founding member, member, observer, partner or withdrawn. */
      status: z.literal(['founding-member', 'member', 'observer', 'partner', 'withdrawn']),
      /** When the party joined and left. */
      interval: IntervalSchema.optional(),
      /** Announced withdrawal date. */
      announcedWithdrawal: DateClaimSchema.optional(),
      /** Agency representing the member in the forum. */
      representedBy: AgencyIdSchema.optional(),
      ...relationMetaShape,
    })
    .meta({
      id: 'tansiq.ForumMembership',
      title: 'Forum membership',
      description:
        'A country or organization as member, founding member, observer or partner of a forum during an interval.',
      examples: [
        {
          type: 'forum-membership',
          id: 'forum-membership.gctf-ma',
          forumId: 'forum.gctf',
          member: { kind: 'country', country: 'MA' },
          status: 'founding-member',
          interval: { start: '2011-09-22', status: 'current' },
          sources: [{ url: 'https://www.thegctf.org/' }],
        },
      ],
    }),
);

/**
 * A forum-membership record.
 *
 * @example
 * ```ts
 * // The value ForumMembershipSchema returns, typed; here parsed from the schema's own example:
 * const forumMembership: ForumMembership = ForumMembershipSchema.parse(tansiqRegistry.get(ForumMembershipSchema)?.examples[0]);
 * forumMembership.id; // 'forum-membership.gctf-ma'
 * ```
 * @category Records
 */
export type ForumMembership = z.infer<typeof ForumMembershipSchema>;
