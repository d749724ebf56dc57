import type * as z from 'zod';
import { anyOfTypedIds, typedId } from '../_lib/typed-id.js';

// One id schema per record type, so that a reference field names the type it points to.

/**
 * The id of an article record: `article.<slug>`.
 *
 * @example
 * ```ts
 * ArticleIdSchema.parse('article.2024-03-05-map-dgsn-fbi'); // 'article.2024-03-05-map-dgsn-fbi'
 * ArticleIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const ArticleIdSchema = /* @__PURE__ */ typedId('article').meta({
  id: 'tansiq.ArticleId',
  title: 'Article id',
  description: 'The id of an article record: `article.<slug>`.',
  examples: ['article.2024-03-05-map-dgsn-fbi'],
});

/**
 * The id of an article record, e.g. `'article.2024-03-05-map-dgsn-fbi'`.
 *
 * @example
 * ```ts
 * const value: ArticleId = ArticleIdSchema.parse('article.2024-03-05-map-dgsn-fbi');
 * value; // 'article.2024-03-05-map-dgsn-fbi'
 * ```
 * @category Building blocks
 */
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/**
 * The id of a person record: `person.<slug>`.
 *
 * @example
 * ```ts
 * PersonIdSchema.parse('person.abdellatif-hammouchi'); // 'person.abdellatif-hammouchi'
 * PersonIdSchema.safeParse('agency.x').success; // false
 * ```
 * @category Building blocks
 */
export const PersonIdSchema = /* @__PURE__ */ typedId('person').meta({
  id: 'tansiq.PersonId',
  title: 'Person id',
  description: 'The id of a person record: `person.<slug>`.',
  examples: ['person.abdellatif-hammouchi'],
});

/**
 * The id of a person record, e.g. `'person.abdellatif-hammouchi'`.
 *
 * @example
 * ```ts
 * const value: PersonId = PersonIdSchema.parse('person.abdellatif-hammouchi');
 * value; // 'person.abdellatif-hammouchi'
 * ```
 * @category Building blocks
 */
export type PersonId = z.infer<typeof PersonIdSchema>;

/**
 * The id of an agency record: `agency.<slug>`.
 *
 * @example
 * ```ts
 * AgencyIdSchema.parse('agency.ma-dgsn'); // 'agency.ma-dgsn'
 * AgencyIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const AgencyIdSchema = /* @__PURE__ */ typedId('agency').meta({
  id: 'tansiq.AgencyId',
  title: 'Agency id',
  description: 'The id of an agency record: `agency.<slug>`.',
  examples: ['agency.ma-dgsn'],
});

/**
 * The id of an agency record, e.g. `'agency.ma-dgsn'`.
 *
 * @example
 * ```ts
 * const value: AgencyId = AgencyIdSchema.parse('agency.ma-dgsn');
 * value; // 'agency.ma-dgsn'
 * ```
 * @category Building blocks
 */
export type AgencyId = z.infer<typeof AgencyIdSchema>;

/**
 * The id of a position record: `position.<slug>`.
 *
 * @example
 * ```ts
 * PositionIdSchema.parse('position.ma-dgsn-director-general'); // 'position.ma-dgsn-director-general'
 * PositionIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const PositionIdSchema = /* @__PURE__ */ typedId('position').meta({
  id: 'tansiq.PositionId',
  title: 'Position id',
  description: 'The id of a position record: `position.<slug>`.',
  examples: ['position.ma-dgsn-director-general'],
});

/**
 * The id of a position record, e.g. `'position.ma-dgsn-director-general'`.
 *
 * @example
 * ```ts
 * const value: PositionId = PositionIdSchema.parse('position.ma-dgsn-director-general');
 * value; // 'position.ma-dgsn-director-general'
 * ```
 * @category Building blocks
 */
export type PositionId = z.infer<typeof PositionIdSchema>;

/**
 * The id of an occupancy record: `occupancy.<slug>`.
 *
 * @example
 * ```ts
 * OccupancyIdSchema.parse('occupancy.hammouchi-dgsn-2015'); // 'occupancy.hammouchi-dgsn-2015'
 * OccupancyIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const OccupancyIdSchema = /* @__PURE__ */ typedId('occupancy').meta({
  id: 'tansiq.OccupancyId',
  title: 'Occupancy id',
  description: 'The id of an occupancy record: `occupancy.<slug>`.',
  examples: ['occupancy.hammouchi-dgsn-2015'],
});

/**
 * The id of an occupancy record, e.g. `'occupancy.hammouchi-dgsn-2015'`.
 *
 * @example
 * ```ts
 * const value: OccupancyId = OccupancyIdSchema.parse('occupancy.hammouchi-dgsn-2015');
 * value; // 'occupancy.hammouchi-dgsn-2015'
 * ```
 * @category Building blocks
 */
export type OccupancyId = z.infer<typeof OccupancyIdSchema>;

/**
 * The id of a membership record: `membership.<slug>`.
 *
 * @example
 * ```ts
 * MembershipIdSchema.parse('membership.ma-dgsn-interpol'); // 'membership.ma-dgsn-interpol'
 * MembershipIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const MembershipIdSchema = /* @__PURE__ */ typedId('membership').meta({
  id: 'tansiq.MembershipId',
  title: 'Membership id',
  description: 'The id of a membership record: `membership.<slug>`.',
  examples: ['membership.ma-dgsn-interpol'],
});

/**
 * The id of a membership record, e.g. `'membership.ma-dgsn-interpol'`.
 *
 * @example
 * ```ts
 * const value: MembershipId = MembershipIdSchema.parse('membership.ma-dgsn-interpol');
 * value; // 'membership.ma-dgsn-interpol'
 * ```
 * @category Building blocks
 */
export type MembershipId = z.infer<typeof MembershipIdSchema>;

/**
 * The id of a meeting record: `meeting.<slug>`.
 *
 * @example
 * ```ts
 * MeetingIdSchema.parse('meeting.2024-03-05-ma-es-rabat'); // 'meeting.2024-03-05-ma-es-rabat'
 * MeetingIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const MeetingIdSchema = /* @__PURE__ */ typedId('meeting').meta({
  id: 'tansiq.MeetingId',
  title: 'Meeting id',
  description: 'The id of a meeting record: `meeting.<slug>`.',
  examples: ['meeting.2024-03-05-ma-es-rabat'],
});

/**
 * The id of a meeting record, e.g. `'meeting.2024-03-05-ma-es-rabat'`.
 *
 * @example
 * ```ts
 * const value: MeetingId = MeetingIdSchema.parse('meeting.2024-03-05-ma-es-rabat');
 * value; // 'meeting.2024-03-05-ma-es-rabat'
 * ```
 * @category Building blocks
 */
export type MeetingId = z.infer<typeof MeetingIdSchema>;

/**
 * The id of a forum record: `forum.<slug>`.
 *
 * @example
 * ```ts
 * ForumIdSchema.parse('forum.gctf'); // 'forum.gctf'
 * ForumIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const ForumIdSchema = /* @__PURE__ */ typedId('forum').meta({
  id: 'tansiq.ForumId',
  title: 'Forum id',
  description: 'The id of a forum record: `forum.<slug>`.',
  examples: ['forum.gctf'],
});

/**
 * The id of a forum record, e.g. `'forum.gctf'`.
 *
 * @example
 * ```ts
 * const value: ForumId = ForumIdSchema.parse('forum.gctf');
 * value; // 'forum.gctf'
 * ```
 * @category Building blocks
 */
export type ForumId = z.infer<typeof ForumIdSchema>;

/**
 * The id of a forum-membership record: `forum-membership.<slug>`.
 *
 * @example
 * ```ts
 * ForumMembershipIdSchema.parse('forum-membership.gctf-ma'); // 'forum-membership.gctf-ma'
 * ForumMembershipIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const ForumMembershipIdSchema = /* @__PURE__ */ typedId('forum-membership').meta({
  id: 'tansiq.ForumMembershipId',
  title: 'ForumMembership id',
  description: 'The id of a forum-membership record: `forum-membership.<slug>`.',
  examples: ['forum-membership.gctf-ma'],
});

/**
 * The id of a forum-membership record, e.g. `'forum-membership.gctf-ma'`.
 *
 * @example
 * ```ts
 * const value: ForumMembershipId = ForumMembershipIdSchema.parse('forum-membership.gctf-ma');
 * value; // 'forum-membership.gctf-ma'
 * ```
 * @category Building blocks
 */
export type ForumMembershipId = z.infer<typeof ForumMembershipIdSchema>;

/**
 * The id of a co-chair-term record: `co-chair-term.<slug>`.
 *
 * @example
 * ```ts
 * CoChairTermIdSchema.parse('co-chair-term.gctf-2023-eg-eu'); // 'co-chair-term.gctf-2023-eg-eu'
 * CoChairTermIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const CoChairTermIdSchema = /* @__PURE__ */ typedId('co-chair-term').meta({
  id: 'tansiq.CoChairTermId',
  title: 'CoChairTerm id',
  description: 'The id of a co-chair-term record: `co-chair-term.<slug>`.',
  examples: ['co-chair-term.gctf-2023-eg-eu'],
});

/**
 * The id of a co-chair-term record, e.g. `'co-chair-term.gctf-2023-eg-eu'`.
 *
 * @example
 * ```ts
 * const value: CoChairTermId = CoChairTermIdSchema.parse('co-chair-term.gctf-2023-eg-eu');
 * value; // 'co-chair-term.gctf-2023-eg-eu'
 * ```
 * @category Building blocks
 */
export type CoChairTermId = z.infer<typeof CoChairTermIdSchema>;

/**
 * The id of a working-group record: `working-group.<slug>`.
 *
 * @example
 * ```ts
 * WorkingGroupIdSchema.parse('working-group.gctf-cjrol'); // 'working-group.gctf-cjrol'
 * WorkingGroupIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const WorkingGroupIdSchema = /* @__PURE__ */ typedId('working-group').meta({
  id: 'tansiq.WorkingGroupId',
  title: 'WorkingGroup id',
  description: 'The id of a working-group record: `working-group.<slug>`.',
  examples: ['working-group.gctf-cjrol'],
});

/**
 * The id of a working-group record, e.g. `'working-group.gctf-cjrol'`.
 *
 * @example
 * ```ts
 * const value: WorkingGroupId = WorkingGroupIdSchema.parse('working-group.gctf-cjrol');
 * value; // 'working-group.gctf-cjrol'
 * ```
 * @category Building blocks
 */
export type WorkingGroupId = z.infer<typeof WorkingGroupIdSchema>;

/**
 * The id of an organization that can be a party (a member, a chair, a host): an agency or a forum.
 *
 * @example
 * ```ts
 * OrganizationIdSchema.parse('forum.gctf'); // 'forum.gctf'
 * OrganizationIdSchema.safeParse('person.x').success; // false
 * ```
 * @category Building blocks
 */
export const OrganizationIdSchema = /* @__PURE__ */ anyOfTypedIds(['agency', 'forum']).meta({
  id: 'tansiq.OrganizationId',
  title: 'Organization id',
  description: 'The id of an agency or a forum record (an organization that can act as a party).',
  examples: ['agency.eu-commission', 'forum.gctf'],
});

/**
 * The id of an agency or a forum.
 *
 * @example
 * ```ts
 * const value: OrganizationId = OrganizationIdSchema.parse('agency.eu-commission');
 * value; // 'agency.eu-commission'
 * ```
 * @category Building blocks
 */
export type OrganizationId = z.infer<typeof OrganizationIdSchema>;

/**
 * The id of a body that has co-chairs: a forum or a working group.
 *
 * @example
 * ```ts
 * ChairedBodyIdSchema.parse('working-group.gctf-cjrol'); // 'working-group.gctf-cjrol'
 * ChairedBodyIdSchema.safeParse('agency.ma-dgsn').success; // false
 * ```
 * @category Building blocks
 */
export const ChairedBodyIdSchema = /* @__PURE__ */ anyOfTypedIds(['forum', 'working-group']).meta({
  id: 'tansiq.ChairedBodyId',
  title: 'Chaired body id',
  description: 'The id of a forum or working-group record (a body with co-chairs).',
  examples: ['forum.gctf', 'working-group.gctf-cjrol'],
});

/**
 * The id of a forum or a working group.
 *
 * @example
 * ```ts
 * const value: ChairedBodyId = ChairedBodyIdSchema.parse('forum.gctf');
 * value; // 'forum.gctf'
 * ```
 * @category Building blocks
 */
export type ChairedBodyId = z.infer<typeof ChairedBodyIdSchema>;
