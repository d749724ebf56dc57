import * as z from 'zod';
import { relationMetaShape } from '../_lib/record-base.js';
import { IntervalSchema } from '../common/interval.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { MembershipIdSchema, OrganizationIdSchema } from '../common/typed-ids.js';
import { fastByDefault } from '../_lib/guard-parse.js';

/**
 * A non-office affiliation: a party (country, organization or person) belonging to an
 * organization (an agency in an international police network, a state in an IGO), optionally on
 * behalf of another party (Popolo Membership with `on_behalf_of`, FtM Membership, Wikidata
 * P463). Forum memberships have their own {@link ForumMembershipSchema | record type}.
 *
 * @example
 * ```ts
 * MembershipSchema.parse({
 *   type: 'membership',
 *   id: 'membership.ma-dgsn-interpol',
 *   member: { kind: 'organization', id: 'agency.ma-dgsn' },
 *   organizationId: 'agency.interpol',
 *   sources: [{ url: 'https://www.interpol.int/' }],
 * }).member.kind; // 'organization'
 * ```
 * @category Records
 */
export const MembershipSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `membership`. */
      type: z.literal('membership'),
      /** Id of this record (its prefix is the record type). */
      id: MembershipIdSchema,
      /** The member: a country, an organization or a person. */
      member: PartyRefSchema,
      /** The organization (agency or forum) the member belongs to. */
      organizationId: OrganizationIdSchema,
      /** Role of the member, as free text. */
      role: z.string().min(1).optional(),
      /** The party it acts on behalf of. */
      onBehalfOf: PartyRefSchema.optional(),
      /** When the membership applied. */
      interval: IntervalSchema.optional(),
      ...relationMetaShape,
    })
    .meta({
      id: 'tansiq.Membership',
      title: 'Membership',
      description: 'A party belonging to an organization, optionally on behalf of another party, during an interval.',
      examples: [
        {
          type: 'membership',
          id: 'membership.ma-dgsn-interpol',
          member: { kind: 'organization', id: 'agency.ma-dgsn' },
          organizationId: 'agency.interpol',
          onBehalfOf: { kind: 'country', country: 'MA' },
          sources: [{ url: 'https://www.interpol.int/' }],
        },
      ],
    }),
);

/**
 * A membership record.
 *
 * @example
 * ```ts
 * // The value MembershipSchema returns, typed; here parsed from the schema's own example:
 * const membership: Membership = MembershipSchema.parse(tansiqRegistry.get(MembershipSchema)?.examples[0]);
 * membership.id; // 'membership.ma-dgsn-interpol'
 * ```
 * @category Records
 */
export type Membership = z.infer<typeof MembershipSchema>;
