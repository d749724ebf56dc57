import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { isOrderedIfValid } from '../_lib/bounds.js';
import { relationMetaShape } from '../_lib/record-base.js';
import { PAIRWISE_MAX } from '../_lib/unique-strings.js';
import { CountryCodeSchema } from '../common/country-code.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { LocationSchema } from '../common/location.js';
import { PartialDateTimeSchema } from '../common/partial-date-time.js';
import { TopicCodeSchema } from '../common/topic-code.js';
import {
  AgencyIdSchema,
  ArticleIdSchema,
  ForumIdSchema,
  MeetingIdSchema,
  WorkingGroupIdSchema,
} from '../common/typed-ids.js';
import { DelegationSchema } from './delegation.js';
import { EventCodingSchema } from './event-coding.js';
import { OutcomeSchema } from './outcome.js';
import { ParticipantSchema } from './participant.js';
import { fieldOf, itemsOf, crossFieldCheck } from '../_lib/run-checks.js';
import { fastByDefault } from '../_lib/guard-parse.js';

/**
 * The kinds of security meeting.
 *
 * @example
 * ```ts
 * MEETING_KINDS.includes('bilateral-visit'); // true
 * ```
 * @category Records
 */
export const MEETING_KINDS = /* @__PURE__ */ Object.freeze([
  'bilateral-visit',
  'bilateral-talks',
  'phone-call',
  'videoconference',
  'delegation-visit',
  'joint-commission',
  'working-session',
  'expert-meeting',
  'plenary',
  'coordinating-committee',
  'ministerial',
  'side-event',
  'training',
  'signing',
  'other',
] as const);

/** Whether one of `delegations[0..end)` has the id `id`. */
function hasDelegationId(delegations: readonly unknown[], end: number, id: string): boolean {
  for (let j = 0; j < end; j++) if (fieldOf(delegations[j], 'id') === id) return true;
  return false;
}

/**
 * A security meeting (record type `meeting`): a visit, talks, a call, a plenary of a forum…
 * with kind, format, status (announced vs held), start/end (partial date-times, `start <= end`),
 * date certainty, location, host country and agency, forum / working group / parent meeting,
 * first-class `delegations`, `participants` with their roles at the time, topics, typed
 * `outcomes`, optional CAMEO/PLOVER `coding`, the articles reporting it and at least one source.
 *
 * In-record checks (with paths): delegation ids are unique; a participant's `delegationId` names
 * a delegation of this meeting; a delegation's head is among its members; no duplicate members.
 *
 * @example
 * ```ts
 * const meeting = SecurityMeetingSchema.parse({
 *   type: 'meeting',
 *   id: 'meeting.2024-03-05-ma-es-rabat',
 *   kind: 'bilateral-visit',
 *   status: 'held',
 *   start: '2024-03-05',
 *   hostCountry: 'MA',
 *   delegations: [{ id: 'es', party: { kind: 'country', country: 'ES' } }],
 *   participants: [{ ref: { kind: 'country', country: 'ES' }, delegationId: 'es', roles: ['visitor'] }],
 *   sources: [{ articleId: 'article.2024-03-05-map-dgsn' }],
 * });
 * meeting.kind; // 'bilateral-visit'
 * ```
 * @category Records
 */
export const SecurityMeetingSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `meeting`. */
      type: z.literal('meeting'),
      /** Id of this record (its prefix is the record type). */
      id: MeetingIdSchema,
      /** Title of the meeting, in several languages. */
      title: z.array(LocalizedTextSchema).optional(),
      /** Kind of meeting (visit, talks, call, plenary, …). */
      kind: z.literal(MEETING_KINDS),
      /** In person, virtual, hybrid or phone. */
      format: z.literal(['in-person', 'virtual', 'hybrid', 'phone']).optional(),
      /** Held, planned, postponed, cancelled or unknown. */
      status: z.literal(['held', 'planned', 'postponed', 'cancelled', 'unknown']),
      /** Start date or date-time. */
      start: PartialDateTimeSchema.optional(),
      /** End date or date-time (not before start). */
      end: PartialDateTimeSchema.optional(),
      /** How sure the dates are. */
      dateCertainty: z.literal(['exact', 'approximate', 'before', 'after']).optional(),
      /** Whether the dates were reported or inferred from the publication date. */
      dateBasis: z.literal(['reported', 'inferred-from-publication']).optional(),
      /** Where it took place. */
      location: LocationSchema.optional(),
      /** Host country. */
      hostCountry: CountryCodeSchema.optional(),
      /** Host agency. */
      hostAgencyId: AgencyIdSchema.optional(),
      /** Forum it belongs to. */
      forumId: ForumIdSchema.optional(),
      /** Working group it belongs to. */
      workingGroupId: WorkingGroupIdSchema.optional(),
      /** Meeting it is part of (e.g. a side event). */
      parentMeetingId: MeetingIdSchema.optional(),
      /** Delegations. */
      delegations: z.array(DelegationSchema).optional(),
      /** Participants with their roles at the time. */
      participants: z.array(ParticipantSchema).optional(),
      /** Topics discussed. */
      topics: z.array(TopicCodeSchema).optional(),
      /** What the meeting produced. */
      outcomes: z.array(OutcomeSchema).optional(),
      /** CAMEO / PLOVER / ACLED coding. */
      coding: EventCodingSchema.optional(),
      /** Articles reporting the meeting. */
      articleIds: z.array(ArticleIdSchema).optional(),
      ...relationMetaShape,
    })
    .check(
      crossFieldCheck(
        ['interval_end_before_start', 'meeting_own_parent', 'duplicate_delegation_id', 'unknown_delegation'],
        (ctx) => {
          const meeting = ctx.value;
          const { start, end } = meeting;
          if (start !== undefined && end !== undefined && !isOrderedIfValid(start, end)) {
            addRuleIssue(ctx, ['end'], 'interval_end_before_start', { start, end }, end);
          }
          if (meeting.parentMeetingId === meeting.id) {
            addRuleIssue(ctx, ['parentMeetingId'], 'meeting_own_parent', {}, meeting.parentMeetingId);
          }
          const delegations = itemsOf(meeting.delegations);
          // A few delegations (the usual case) are compared pairwise, with no set per record.
          const delegationIds = delegations.length > PAIRWISE_MAX ? new Set<string>() : undefined;
          for (let i = 0; i < delegations.length; i++) {
            const id = fieldOf(delegations[i], 'id');
            if (typeof id !== 'string') continue;
            if (delegationIds === undefined ? hasDelegationId(delegations, i, id) : delegationIds.has(id))
              addRuleIssue(ctx, ['delegations', i, 'id'], 'duplicate_delegation_id', { id }, id);
            else delegationIds?.add(id);
          }
          const participants = itemsOf(meeting.participants);
          for (let i = 0; i < participants.length; i++) {
            const delegationId = fieldOf(participants[i], 'delegationId');
            if (
              typeof delegationId === 'string' &&
              !(delegationIds === undefined
                ? hasDelegationId(delegations, delegations.length, delegationId)
                : delegationIds.has(delegationId))
            ) {
              addRuleIssue(
                ctx,
                ['participants', i, 'delegationId'],
                'unknown_delegation',
                { delegationId },
                delegationId,
              );
            }
          }
        },
      ),
    )
    .meta({
      id: 'tansiq.SecurityMeeting',
      title: 'Security meeting',
      description:
        'A security meeting with kind, format, status, dates, location, host, forum context, delegations, participants with roles, topics, outcomes, event coding and sources. Not expressible in JSON Schema: start <= end, unique delegation ids, participant delegationId must name a delegation of the meeting, delegation head among its members, a meeting is not its own parent.',
      examples: [
        {
          type: 'meeting',
          id: 'meeting.2024-03-05-ma-es-rabat',
          kind: 'bilateral-visit',
          format: 'in-person',
          status: 'held',
          start: '2024-03-05',
          location: { city: 'Rabat', country: 'MA', precision: 'city' },
          hostCountry: 'MA',
          hostAgencyId: 'agency.ma-dgsn',
          delegations: [
            {
              id: 'ma',
              party: { kind: 'organization', id: 'agency.ma-dgsn' },
              headPersonId: 'person.abdellatif-hammouchi',
              memberPersonIds: ['person.abdellatif-hammouchi'],
            },
            { id: 'es', party: { kind: 'country', country: 'ES' } },
          ],
          participants: [
            {
              ref: { kind: 'person', id: 'person.abdellatif-hammouchi' },
              delegationId: 'ma',
              roles: ['host', 'head-of-delegation'],
            },
            { ref: { kind: 'country', country: 'ES' }, delegationId: 'es', roles: ['visitor'] },
          ],
          topics: ['terrorism', 'police-cooperation'],
          sources: [{ articleId: 'article.2024-03-05-map-dgsn' }],
        },
      ],
    }),
);

/**
 * A security meeting record.
 *
 * @example
 * ```ts
 * // The value SecurityMeetingSchema returns, typed; here parsed from the schema's own example:
 * const securityMeeting: SecurityMeeting = SecurityMeetingSchema.parse(tansiqRegistry.get(SecurityMeetingSchema)?.examples[0]);
 * securityMeeting.id; // 'meeting.2024-03-05-ma-es-rabat'
 * ```
 * @category Records
 */
export type SecurityMeeting = z.infer<typeof SecurityMeetingSchema>;
