/**
 * Zod schemas, inferred types, JSON Schema helpers and pure record helpers for tansiq datasets.
 *
 * @module tansiq/schemas
 */

// --- building blocks ---
export { RECORD_TYPES, RecordTypeSchema } from './common/record-type.js';
export type { RecordType } from './common/record-type.js';
export { IdSchema } from './common/id.js';
export type { Id } from './common/id.js';
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
  ArticleId,
  ChairedBodyId,
  CoChairTermId,
  ForumId,
  ForumMembershipId,
  MeetingId,
  MembershipId,
  OccupancyId,
  OrganizationId,
  PersonId,
  PositionId,
  WorkingGroupId,
} from './common/typed-ids.js';
export { PartialDateSchema } from './common/partial-date.js';
export type { PartialDate } from './common/partial-date.js';
export { PartialDateTimeSchema } from './common/partial-date-time.js';
export type { PartialDateTime } from './common/partial-date-time.js';
export { DateTimeSchema } from './common/date-time.js';
export type { DateTime } from './common/date-time.js';
export { DateClaimSchema } from './common/date-claim.js';
export type { DateClaim } from './common/date-claim.js';
export { IntervalSchema } from './common/interval.js';
export type { Interval } from './common/interval.js';
export { LanguageTagSchema } from './common/language-tag.js';
export type { LanguageTag } from './common/language-tag.js';
export { LocalizedTextSchema } from './common/localized-text.js';
export type { LocalizedText } from './common/localized-text.js';
export { NameSchema } from './common/name.js';
export type { Name } from './common/name.js';
export { HttpUrlSchema } from './common/http-url.js';
export type { HttpUrl } from './common/http-url.js';
export { SpanSchema } from './common/span.js';
export type { Span } from './common/span.js';
export { SourceRefSchema } from './common/source-ref.js';
export type { SourceRef } from './common/source-ref.js';
export { ExternalIdsSchema } from './common/external-ids.js';
export type { ExternalIds } from './common/external-ids.js';
export { COUNTRY_CODES, isCountryCode } from './common/country-code-list.js';
export { CountryCodeSchema } from './common/country-code.js';
export type { CountryCode } from './common/country-code.js';
export { PartyRefSchema } from './common/party-ref.js';
export type { PartyRef } from './common/party-ref.js';
export { TOPIC_CODES, TopicCodeSchema } from './common/topic-code.js';
export type { TopicCode } from './common/topic-code.js';
export { TOPIC_MAPPINGS } from './common/topic-mappings.js';
export type { TopicLink, TopicMapping } from './common/topic-mappings.js';
export { LocationSchema } from './common/location.js';
export type { Location } from './common/location.js';
export { ChairModelSchema } from './common/chair-model.js';
export type { ChairModel } from './common/chair-model.js';

// --- records ---
export { ArticleSchema } from './records/article.js';
export type { Article } from './records/article.js';
export { PersonSchema } from './records/person.js';
export type { Person } from './records/person.js';
export { AGENCY_KINDS, AgencySchema } from './records/agency.js';
export type { Agency } from './records/agency.js';
export { POSITION_ROLES, PositionSchema } from './records/position.js';
export type { Position } from './records/position.js';
export { OccupancySchema } from './records/occupancy.js';
export type { Occupancy } from './records/occupancy.js';
export { MembershipSchema } from './records/membership.js';
export type { Membership } from './records/membership.js';
export { DelegationSchema } from './records/delegation.js';
export type { Delegation } from './records/delegation.js';
export { PARTICIPANT_ROLES, ParticipantSchema } from './records/participant.js';
export type { Participant } from './records/participant.js';
export { OUTCOME_KINDS, OutcomeSchema } from './records/outcome.js';
export type { Outcome } from './records/outcome.js';
export { EventCodingSchema, PLOVER_EVENTS } from './records/event-coding.js';
export type { EventCoding } from './records/event-coding.js';
export { MEETING_KINDS, SecurityMeetingSchema } from './records/security-meeting.js';
export type { SecurityMeeting } from './records/security-meeting.js';
export { ForumSchema } from './records/forum.js';
export type { Forum } from './records/forum.js';
export { ForumMembershipSchema } from './records/forum-membership.js';
export type { ForumMembership } from './records/forum-membership.js';
export { CoChairTermSchema } from './records/co-chair-term.js';
export type { CoChairTerm } from './records/co-chair-term.js';
export { WorkingGroupSchema } from './records/working-group.js';
export type { WorkingGroup } from './records/working-group.js';
export { RecordSchema } from './records/record.js';
export type { TansiqRecord } from './records/record.js';

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
export { zodLocaleLanguage } from './helpers/zod-locale-language.js';

// --- registry, JSON Schema, compiled parser ---
export { TANSIQ_SCHEMAS } from './registry/tansiq-schemas.js';
export type { TansiqSchemaMeta } from './registry/tansiq-schema-meta.js';
export { tansiqRegistry } from './registry/tansiq-registry.js';
export { toJSONSchema } from './registry/to-json-schema.js';
export { jsonSchemaFileName, jsonSchemaFiles } from './registry/json-schema-files.js';
export { compileRecordSchema } from './registry/compile-record-schema.js';
