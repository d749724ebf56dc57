import type * as z from 'zod';
import { ChairModelSchema } from '../common/chair-model.js';
import { CountryCodeSchema } from '../common/country-code.js';
import { DateClaimSchema } from '../common/date-claim.js';
import { DateTimeSchema } from '../common/date-time.js';
import { ExternalIdsSchema } from '../common/external-ids.js';
import { HttpUrlSchema } from '../common/http-url.js';
import { IdSchema } from '../common/id.js';
import { IntervalSchema } from '../common/interval.js';
import { LanguageTagSchema } from '../common/language-tag.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { LocationSchema } from '../common/location.js';
import { NameSchema } from '../common/name.js';
import { PartialDateTimeSchema } from '../common/partial-date-time.js';
import { PartialDateSchema } from '../common/partial-date.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { RecordTypeSchema } from '../common/record-type.js';
import { SourceRefSchema } from '../common/source-ref.js';
import { SpanSchema } from '../common/span.js';
import { TopicCodeSchema } from '../common/topic-code.js';
import {
  AgencyIdSchema,
  ArticleIdSchema,
  ChairedBodyIdSchema,
  CoChairTermIdSchema,
  ForumIdSchema,
  ForumMembershipIdSchema,
  MeetingIdSchema,
  MembershipIdSchema,
  OccupancyIdSchema,
  OrganizationIdSchema,
  PersonIdSchema,
  PositionIdSchema,
  WorkingGroupIdSchema,
} from '../common/typed-ids.js';
import { AgencySchema } from '../records/agency.js';
import { ArticleSchema } from '../records/article.js';
import { CoChairTermSchema } from '../records/co-chair-term.js';
import { DelegationSchema } from '../records/delegation.js';
import { EventCodingSchema } from '../records/event-coding.js';
import { ForumMembershipSchema } from '../records/forum-membership.js';
import { ForumSchema } from '../records/forum.js';
import { MembershipSchema } from '../records/membership.js';
import { OccupancySchema } from '../records/occupancy.js';
import { OutcomeSchema } from '../records/outcome.js';
import { ParticipantSchema } from '../records/participant.js';
import { PersonSchema } from '../records/person.js';
import { PositionSchema } from '../records/position.js';
import { RecordSchema } from '../records/record.js';
import { SecurityMeetingSchema } from '../records/security-meeting.js';
import { WorkingGroupSchema } from '../records/working-group.js';

/**
 * Every public schema of tansiq, in a stable order (building blocks, then records, then
 * {@link RecordSchema}). Each carries `.meta({ id: 'tansiq.X', title, description, examples })`.
 * {@link tansiqRegistry} and the generated `json-schema/*.json` files are built from this list.
 *
 * @example
 * ```ts
 * TANSIQ_SCHEMAS.includes(SecurityMeetingSchema); // true
 * TANSIQ_SCHEMAS.length; // 48
 * ```
 * @category JSON Schema
 */
export const TANSIQ_SCHEMAS: readonly z.ZodType[] = /* @__PURE__ */ Object.freeze([
  RecordTypeSchema,
  IdSchema,
  ArticleIdSchema,
  PersonIdSchema,
  AgencyIdSchema,
  PositionIdSchema,
  OccupancyIdSchema,
  MembershipIdSchema,
  MeetingIdSchema,
  ForumIdSchema,
  ForumMembershipIdSchema,
  CoChairTermIdSchema,
  WorkingGroupIdSchema,
  OrganizationIdSchema,
  ChairedBodyIdSchema,
  PartialDateSchema,
  PartialDateTimeSchema,
  DateTimeSchema,
  DateClaimSchema,
  IntervalSchema,
  LanguageTagSchema,
  LocalizedTextSchema,
  NameSchema,
  HttpUrlSchema,
  SpanSchema,
  SourceRefSchema,
  ExternalIdsSchema,
  CountryCodeSchema,
  PartyRefSchema,
  TopicCodeSchema,
  LocationSchema,
  ChairModelSchema,
  ArticleSchema,
  PersonSchema,
  AgencySchema,
  PositionSchema,
  OccupancySchema,
  MembershipSchema,
  DelegationSchema,
  ParticipantSchema,
  OutcomeSchema,
  EventCodingSchema,
  SecurityMeetingSchema,
  ForumSchema,
  ForumMembershipSchema,
  CoChairTermSchema,
  WorkingGroupSchema,
  RecordSchema,
] as z.ZodType[]);
