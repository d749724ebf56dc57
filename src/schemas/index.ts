/**
 * Zod schemas, inferred types, JSON Schema helpers and pure record helpers for tansiq datasets.
 *
 * @module tansiq/schemas
 */

// --- building blocks ---
export { RECORD_TYPES, RecordTypeSchema } from './common/record-type.js';
export type { RecordType, RecordTypeInput } from './common/record-type.js';
export { IdSchema } from './common/id.js';
export type { Id, IdInput } from './common/id.js';
export {
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
} from './common/typed-ids.js';
export type {
  AgencyId,
  AgencyIdInput,
  ArticleId,
  ArticleIdInput,
  ChairedBodyId,
  ChairedBodyIdInput,
  CoChairTermId,
  CoChairTermIdInput,
  ForumId,
  ForumIdInput,
  ForumMembershipId,
  ForumMembershipIdInput,
  MeetingId,
  MeetingIdInput,
  MembershipId,
  MembershipIdInput,
  OccupancyId,
  OccupancyIdInput,
  OrganizationId,
  OrganizationIdInput,
  PersonId,
  PersonIdInput,
  PositionId,
  PositionIdInput,
  WorkingGroupId,
  WorkingGroupIdInput,
} from './common/typed-ids.js';
export { PartialDateSchema } from './common/partial-date.js';
export type { PartialDate, PartialDateInput } from './common/partial-date.js';
export { PartialDateTimeSchema } from './common/partial-date-time.js';
export type { PartialDateTime, PartialDateTimeInput } from './common/partial-date-time.js';
export { DateTimeSchema } from './common/date-time.js';
export type { DateTime, DateTimeInput } from './common/date-time.js';
export { DateClaimSchema } from './common/date-claim.js';
export type { DateClaim, DateClaimInput } from './common/date-claim.js';
export { IntervalSchema } from './common/interval.js';
export type { Interval, IntervalInput } from './common/interval.js';
export { LanguageTagSchema } from './common/language-tag.js';
export type { LanguageTag, LanguageTagInput } from './common/language-tag.js';
export { LocalizedTextSchema } from './common/localized-text.js';
export type { LocalizedText, LocalizedTextInput } from './common/localized-text.js';
export { NameSchema } from './common/name.js';
export type { Name, NameInput } from './common/name.js';
export { HttpUrlSchema } from './common/http-url.js';
export type { HttpUrl, HttpUrlInput } from './common/http-url.js';
export { SpanSchema } from './common/span.js';
export type { Span, SpanInput } from './common/span.js';
export { SourceRefSchema } from './common/source-ref.js';
export type { SourceRef, SourceRefInput } from './common/source-ref.js';
export { ExternalIdsSchema } from './common/external-ids.js';
export type { ExternalIds, ExternalIdsInput } from './common/external-ids.js';
export { COUNTRY_CODES, isCountryCode } from './common/country-code-list.js';
export { CountryCodeSchema } from './common/country-code.js';
export type { CountryCode, CountryCodeInput } from './common/country-code.js';
export { PartyRefSchema } from './common/party-ref.js';
export type { PartyRef, PartyRefInput } from './common/party-ref.js';
export { TOPIC_CODES, TopicCodeSchema } from './common/topic-code.js';
export type { TopicCode, TopicCodeInput } from './common/topic-code.js';
export { TOPIC_MAPPINGS } from './common/topic-mappings.js';
export type { TopicLink, TopicMapping } from './common/topic-mappings.js';
export { LocationSchema } from './common/location.js';
export type { Location, LocationInput } from './common/location.js';
export { ChairModelSchema } from './common/chair-model.js';
export type { ChairModel, ChairModelInput } from './common/chair-model.js';

// --- records ---
export { ArticleSchema } from './records/article.js';
export type { Article, ArticleInput } from './records/article.js';
export { PersonSchema } from './records/person.js';
export type { Person, PersonInput } from './records/person.js';
export { AGENCY_KINDS, AgencySchema } from './records/agency.js';
export type { Agency, AgencyInput } from './records/agency.js';
export { POSITION_ROLES, PositionSchema } from './records/position.js';
export type { Position, PositionInput } from './records/position.js';
export { OccupancySchema } from './records/occupancy.js';
export type { Occupancy, OccupancyInput } from './records/occupancy.js';
export { MembershipSchema } from './records/membership.js';
export type { Membership, MembershipInput } from './records/membership.js';
export { DelegationSchema } from './records/delegation.js';
export type { Delegation, DelegationInput } from './records/delegation.js';
export { PARTICIPANT_ROLES, ParticipantSchema } from './records/participant.js';
export type { Participant, ParticipantInput } from './records/participant.js';
export { OUTCOME_KINDS, OutcomeSchema } from './records/outcome.js';
export type { Outcome, OutcomeInput } from './records/outcome.js';
export { EventCodingSchema, PLOVER_EVENTS } from './records/event-coding.js';
export type { EventCoding, EventCodingInput } from './records/event-coding.js';
export { MEETING_KINDS, SecurityMeetingSchema } from './records/security-meeting.js';
export type { SecurityMeeting, SecurityMeetingInput } from './records/security-meeting.js';
export { ForumSchema } from './records/forum.js';
export type { Forum, ForumInput } from './records/forum.js';
export { ForumMembershipSchema } from './records/forum-membership.js';
export type { ForumMembership, ForumMembershipInput } from './records/forum-membership.js';
export { CoChairTermSchema } from './records/co-chair-term.js';
export type { CoChairTerm, CoChairTermInput } from './records/co-chair-term.js';
export { WorkingGroupSchema } from './records/working-group.js';
export type { WorkingGroup, WorkingGroupInput } from './records/working-group.js';
export { RecordSchema } from './records/record.js';
export type { TansiqRecord, TansiqRecordInput } from './records/record.js';

// --- helpers ---
export { InvalidPartialDateError } from './helpers/invalid-partial-date-error.js';
export { partialDateBounds } from './helpers/partial-date-bounds.js';
export type { PartialDateBounds } from './helpers/partial-date-bounds.js';
export type { IntervalLike } from './helpers/interval-like.js';
export { comparePartialDates } from './helpers/compare-partial-dates.js';
export { intervalContains } from './helpers/interval-contains.js';
export { intervalsOverlap } from './helpers/intervals-overlap.js';
export { meetingParties } from './helpers/meeting-parties.js';
export { REFERENCE_FIELDS } from './helpers/reference-fields.js';
export type { ReferenceField } from './helpers/reference-fields.js';
export { recordReferences } from './helpers/record-references.js';
export type { RecordReference } from './helpers/record-references.js';
export { recordTypeOfId } from './helpers/record-type-of-id.js';
export { RECORD_RULES } from './helpers/record-rules.js';
export type { RecordRuleId, RecordRuleInfo } from './helpers/record-rules.js';
export { formatRuleMessage } from './helpers/format-rule-message.js';

// --- registry, JSON Schema, compiled parser ---
export { TANSIQ_SCHEMAS } from './registry/tansiq-schemas.js';
export type { TansiqSchemaMeta } from './registry/tansiq-schema-meta.js';
export { tansiqRegistry } from './registry/tansiq-registry.js';
export { toJSONSchema } from './registry/to-json-schema.js';
export { jsonSchemaFileName, jsonSchemaFiles } from './registry/json-schema-files.js';
export { compileRecordSchema } from './registry/compile-record-schema.js';
