import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { SlugSchema } from '../_lib/typed-id.js';
import { uniqueStrings } from '../_lib/unique-strings.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { PersonIdSchema } from '../common/typed-ids.js';
import { crossFieldCheck } from '../_lib/run-checks.js';

/**
 * A delegation at a meeting: a local `id` (a slug unique within the meeting, referenced by
 * participants' `delegationId`), the `party` it represents, its head, its members (no
 * duplicates; the head must be among them) and whom it acts on behalf of.
 *
 * @example
 * ```ts
 * DelegationSchema.parse({
 *   id: 'es',
 *   party: { kind: 'country', country: 'ES' },
 *   headPersonId: 'person.francisco-pardo',
 *   memberPersonIds: ['person.francisco-pardo'],
 * }).id; // 'es'
 * DelegationSchema.safeParse({ id: 'es', party: { kind: 'country', country: 'ES' }, headPersonId: 'person.x' })
 *   .error?.issues[0]?.path; // ['headPersonId']
 * ```
 * @category Records
 */
export const DelegationSchema = /* @__PURE__ */ z
  .strictObject({
    /** Local id, unique within the meeting. */
    id: SlugSchema,
    /** The party the delegation represents. */
    party: PartyRefSchema,
    /** Name of the delegation, in several languages. */
    label: z.array(LocalizedTextSchema).optional(),
    /** Head of the delegation (must be among the members). */
    headPersonId: PersonIdSchema.optional(),
    /** Members of the delegation (no duplicates). */
    memberPersonIds: uniqueStrings(PersonIdSchema, 'duplicate_delegation_member').optional(),
    /** The party the delegation acts on behalf of. */
    onBehalfOf: PartyRefSchema.optional(),
  })
  .check(
    crossFieldCheck(['delegation_head_not_member'], (ctx) => {
      const { headPersonId, memberPersonIds } = ctx.value;
      // Raw values: only a string head is compared and written into the message (no coercion).
      if (
        typeof headPersonId === 'string' &&
        !(Array.isArray(memberPersonIds) ? memberPersonIds : []).includes(headPersonId)
      ) {
        addRuleIssue(ctx, ['headPersonId'], 'delegation_head_not_member', { headPersonId }, headPersonId);
      }
    }),
  )
  .meta({
    id: 'tansiq.Delegation',
    title: 'Delegation',
    description:
      'A delegation at a meeting: local id, party, head, members (unique) and on-behalf-of party. Not expressible in JSON Schema: the head must be among the members.',
    examples: [
      {
        id: 'es',
        party: { kind: 'country', country: 'ES' },
        headPersonId: 'person.francisco-pardo',
        memberPersonIds: ['person.francisco-pardo'],
      },
    ],
  });

/**
 * A delegation.
 *
 * @example
 * ```ts
 * // The value DelegationSchema returns, typed; here parsed from the schema's own example:
 * const delegation: Delegation = DelegationSchema.parse(tansiqRegistry.get(DelegationSchema)?.examples[0]);
 * delegation.id; // 'es'
 * ```
 * @category Records
 */
export type Delegation = z.infer<typeof DelegationSchema>;
