import { RECORD_TYPES, type RecordType } from '../common/record-type.js';

/**
 * The stable id of a rule inside one record (a check zod's field types cannot express: an end
 * before its start, a duplicate delegation id…). Issues of these rules have `code: 'custom'` and
 * carry the id in `params.rule`, so a program tells them apart without reading the message.
 *
 * @example
 * ```ts
 * const rule: RecordRuleId = 'interval_end_before_start';
 * RECORD_RULES[rule].message.en; // 'end {end} is before start {start}'
 * ```
 * @category Helpers
 */
export type RecordRuleId =
  | 'interval_end_before_start'
  | 'span_end_not_after_start'
  | 'source_without_reference'
  | 'location_lat_without_lon'
  | 'location_lon_without_lat'
  | 'name_valid_to_before_valid_from'
  | 'death_before_birth'
  | 'dissolved_before_founded'
  | 'duplicate_predecessor'
  | 'duplicate_successor'
  | 'forum_own_parent'
  | 'occupancy_without_position'
  | 'meeting_own_parent'
  | 'duplicate_delegation_id'
  | 'unknown_delegation'
  | 'delegation_head_not_member'
  | 'duplicate_delegation_member'
  | 'duplicate_role'
  | 'duplicate_chair';

/**
 * One entry of the {@link RECORD_RULES} catalogue: what a rule checks, where, and its message.
 *
 * @example
 * ```ts
 * const info: RecordRuleInfo = RECORD_RULES.duplicate_chair;
 * info.appliesTo; // ['co-chair-term']
 * ```
 * @category Helpers
 */
export interface RecordRuleInfo {
  /** One-sentence description of what the rule requires. */
  readonly summary: string;
  /** The schema object that holds the check, and the field the issue points to. */
  readonly where: string;
  /** The record types whose records can break the rule (a test derives them from the schemas). */
  readonly appliesTo: readonly RecordType[];
  /**
   * The issue message in English and Arabic, with `{name}` placeholders for the values in the
   * issue's `params` (see {@link formatRuleMessage}).
   */
  readonly message: {
    /** The English message (the default, and zod's default language). */
    readonly en: string;
    /** The Arabic message (under `z.config(z.locales.ar())`). */
    readonly ar: string;
  };
}

const rule = (
  summary: string,
  where: string,
  appliesTo: readonly RecordType[],
  en: string,
  ar: string,
): RecordRuleInfo =>
  Object.freeze({ summary, where, appliesTo: Object.freeze([...appliesTo]), message: Object.freeze({ en, ar }) });

/**
 * Catalogue of the rules checked inside one record, by stable id (`params.rule` of their
 * `custom` issues): a one-line summary, where the check sits, the record types it applies to,
 * and the message in English and in Arabic. Messages follow zod's locale: with
 * `z.config(z.locales.ar())` (what `tansiq validate --locale ar` sets), they are in Arabic. The
 * table in the validating-datasets guide is generated from it.
 *
 * @example
 * ```ts
 * RECORD_RULES.duplicate_delegation_id.appliesTo; // ['meeting']
 * Object.keys(RECORD_RULES).includes('interval_end_before_start'); // true
 * ```
 * @category Helpers
 */
export const RECORD_RULES: Readonly<Record<RecordRuleId, RecordRuleInfo>> = /* @__PURE__ */ Object.freeze({
  interval_end_before_start: rule(
    'An interval, or a meeting, does not end before it starts (partial dates compare by their widest reading, so `2021-03` to `2021` is ordered).',
    'Interval and SecurityMeeting: `end`',
    RECORD_TYPES.filter((t) => t !== 'article' && t !== 'person'),
    'end {end} is before start {start}',
    'تاريخ النهاية {end} يسبق تاريخ البداية {start}',
  ),
  span_end_not_after_start: rule(
    'A character span ends after it starts (its end is exclusive).',
    'Span: `end`',
    RECORD_TYPES,
    'span end {end} must be greater than start {start}',
    'يجب أن تكون نهاية المقطع {end} أكبر من بدايته {start}',
  ),
  source_without_reference: rule(
    'A source cites an article record (`articleId`) or a web page (`url`).',
    'SourceRef: `articleId`',
    RECORD_TYPES,
    'a source needs an articleId or a url',
    'يحتاج المصدر إلى articleId أو url',
  ),
  location_lat_without_lon: rule(
    'A location with a latitude also has a longitude.',
    'Location: `lon`',
    ['agency', 'meeting', 'forum'],
    'lat given without lon',
    'خط العرض lat مذكور دون خط الطول lon',
  ),
  location_lon_without_lat: rule(
    'A location with a longitude also has a latitude.',
    'Location: `lat`',
    ['agency', 'meeting', 'forum'],
    'lon given without lat',
    'خط الطول lon مذكور دون خط العرض lat',
  ),
  name_valid_to_before_valid_from: rule(
    'A name is not valid until a day before it became valid.',
    'Name: `validTo`',
    ['person', 'agency', 'forum', 'working-group'],
    'validTo {validTo} is before validFrom {validFrom}',
    'نهاية صلاحية الاسم validTo {validTo} تسبق بدايتها validFrom {validFrom}',
  ),
  death_before_birth: rule(
    'A person does not die before being born.',
    'Person: `deathDate`',
    ['person'],
    'deathDate {deathDate} is before birthDate {birthDate}',
    'تاريخ الوفاة {deathDate} يسبق تاريخ الميلاد {birthDate}',
  ),
  dissolved_before_founded: rule(
    'An agency or forum is not dissolved before it was founded.',
    'Agency and Forum: `dissolved`',
    ['agency', 'forum'],
    'dissolved {dissolved} is before founded {founded}',
    'تاريخ الحل {dissolved} يسبق تاريخ التأسيس {founded}',
  ),
  duplicate_predecessor: rule(
    'An agency lists each predecessor once.',
    'Agency: `predecessors[i]`',
    ['agency'],
    'duplicate predecessor "{item}"',
    'الجهة السابقة "{item}" مكررة',
  ),
  duplicate_successor: rule(
    'An agency lists each successor once.',
    'Agency: `successors[i]`',
    ['agency'],
    'duplicate successor "{item}"',
    'الجهة اللاحقة "{item}" مكررة',
  ),
  forum_own_parent: rule(
    'A forum is not its own parent forum.',
    'Forum: `parentForumId`',
    ['forum'],
    'a forum cannot be its own parent',
    'لا يمكن أن يكون المنتدى أصلاً لنفسه',
  ),
  occupancy_without_position: rule(
    'An occupancy names the post: a `positionId`, or an `organizationId` and a `role`.',
    'Occupancy: `positionId`',
    ['occupancy'],
    'an occupancy needs a positionId, or an organizationId and a role',
    'يحتاج شغل المنصب إلى positionId، أو إلى organizationId مع role',
  ),
  meeting_own_parent: rule(
    'A meeting is not part of itself.',
    'SecurityMeeting: `parentMeetingId`',
    ['meeting'],
    'a meeting cannot be its own parent',
    'لا يمكن أن يكون الاجتماع جزءاً من نفسه',
  ),
  duplicate_delegation_id: rule(
    'The delegations of a meeting have distinct ids.',
    'SecurityMeeting: `delegations[i].id`',
    ['meeting'],
    'duplicate delegation id "{id}"',
    'معرّف الوفد "{id}" مكرر',
  ),
  unknown_delegation: rule(
    "A participant's `delegationId` names a delegation of the same meeting.",
    'SecurityMeeting: `participants[i].delegationId`',
    ['meeting'],
    'no delegation with id "{delegationId}" in this meeting',
    'لا يوجد في هذا الاجتماع وفد معرّفه "{delegationId}"',
  ),
  delegation_head_not_member: rule(
    'The head of a delegation is among its listed members.',
    'Delegation: `headPersonId`',
    ['meeting'],
    "head {headPersonId} is not among the delegation's memberPersonIds",
    'رئيس الوفد {headPersonId} ليس بين أعضائه memberPersonIds',
  ),
  duplicate_delegation_member: rule(
    'A delegation lists each member once.',
    'Delegation: `memberPersonIds[i]`',
    ['meeting'],
    'duplicate delegation member "{item}"',
    'عضو الوفد "{item}" مكرر',
  ),
  duplicate_role: rule(
    'A participant lists each role once.',
    'Participant: `roles[i]`',
    ['meeting'],
    'duplicate role "{item}"',
    'الدور "{item}" مكرر',
  ),
  duplicate_chair: rule(
    'A co-chair term names each chair (country code or record id) once.',
    'CoChairTerm: `chairs[i].party`',
    ['co-chair-term'],
    'duplicate chair {chair}',
    'الرئيس المشارك {chair} مكرر',
  ),
});
