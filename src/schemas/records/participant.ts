import * as z from 'zod';
import { SlugSchema } from '../_lib/typed-id.js';
import { uniqueStrings } from '../_lib/unique-strings.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { SourceRefSchema } from '../common/source-ref.js';
import { PositionIdSchema } from '../common/typed-ids.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * The roles a participant can play at a meeting.
 *
 * @example
 * ```ts
 * PARTICIPANT_ROLES.includes('head-of-delegation'); // true
 * ```
 * @category Records
 */
export const PARTICIPANT_ROLES = /* @__PURE__ */ Object.freeze([
  'host',
  'visitor',
  'head-of-delegation',
  'member',
  'chair',
  'co-chair',
  'observer',
  'speaker',
  'signatory',
  'organizer',
  'implementing-partner',
] as const);

/**
 * A participant in a meeting: a party (`ref`), the delegation it belongs to (`delegationId`,
 * which must name a delegation of the same meeting), its `roles` at the time (at least one, no
 * repeats), the position it held then and the title as the article reported it.
 *
 * @example
 * ```ts
 * ParticipantSchema.parse({
 *   ref: { kind: 'person', id: 'person.abdellatif-hammouchi' },
 *   roles: ['host'],
 *   titleAsReported: [{ value: 'المدير العام للأمن الوطني ولمراقبة التراب الوطني', lang: 'ar' }],
 * }).roles; // ['host']
 * ParticipantSchema.safeParse({ ref: { kind: 'country', country: 'MA' }, roles: [] }).success; // false
 * ```
 * @category Records
 */
export const ParticipantSchema = /* @__PURE__ */ z
  .strictObject({
    /** The participant: a person, an organization or a country. */
    ref: PartyRefSchema,
    /** Local id of its delegation in the same meeting. */
    delegationId: SlugSchema.optional(),
    /** Roles at the time of the meeting (at least one). */
    roles: uniqueStrings(z.literal(PARTICIPANT_ROLES), 'duplicate_role').min(1, {
      error: localizedError('a participant needs at least one role', 'يحتاج المشارك إلى دور واحد على الأقل'),
    }),
    /** Position held at the time. */
    positionId: PositionIdSchema.optional(),
    /** Title as the article reported it. */
    titleAsReported: z.array(LocalizedTextSchema).optional(),
    /** Where the participation is reported. */
    sources: z.array(SourceRefSchema).optional(),
  })
  .meta({
    id: 'tansiq.Participant',
    title: 'Participant',
    description: 'A party at a meeting with its delegation, roles at the time, position and title as reported.',
    examples: [
      {
        ref: { kind: 'person', id: 'person.abdellatif-hammouchi' },
        delegationId: 'ma',
        roles: ['host', 'head-of-delegation'],
        positionId: 'position.ma-dgsn-director-general',
      },
    ],
  });

/**
 * A meeting participant.
 *
 * @example
 * ```ts
 * // The value ParticipantSchema returns, typed; here parsed from the schema's own example:
 * const participant: Participant = ParticipantSchema.parse(tansiqRegistry.get(ParticipantSchema)?.examples[0]);
 * participant.delegationId; // 'ma'
 * ```
 * @category Records
 */
export type Participant = z.infer<typeof ParticipantSchema>;
