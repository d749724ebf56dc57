import type { RecordType } from '../common/record-type.js';

/**
 * Where one reference field sits in a record and what it may point to.
 *
 * @example
 * ```ts
 * const field: ReferenceField = { path: ['participants', '*', 'positionId'], target: ['position'] };
 * ```
 * @category Helpers
 */
export interface ReferenceField {
  /** Property names from the record root; `'*'` stands for every index of an array. */
  readonly path: readonly string[];
  /**
   * The record types the id may point to, or `'party'` for a {@link PartyRef} (organization →
   * agency or forum, person → person, country → no record).
   */
  readonly target: readonly RecordType[] | 'party';
}

const ARTICLE = Object.freeze(['article'] as const);
const PERSON = Object.freeze(['person'] as const);
const AGENCY = Object.freeze(['agency'] as const);
const FORUM = Object.freeze(['forum'] as const);
const ORGANIZATION = Object.freeze(['agency', 'forum'] as const);

const field = (path: string, target: readonly RecordType[] | 'party'): ReferenceField =>
  Object.freeze({ path: Object.freeze(path.split('/')), target });
const fields = (...items: ReferenceField[]): readonly ReferenceField[] => Object.freeze(items);

const SOURCES = field('sources/*/articleId', ARTICLE);
const NAME_SOURCES = field('names/*/sources/*/articleId', ARTICLE);

/**
 * Every reference field of every record type (exhaustive: a test walks the schemas and fails if
 * a reference field is missing here). {@link recordReferences} reads it; so does the entity
 * diagram of the data-model guide.
 *
 * @example
 * ```ts
 * REFERENCE_FIELDS['co-chair-term'].map((f) => f.path.join('.'));
 * // ['sources.*.articleId', 'bodyId', 'chairs.*.party', 'chairs.*.representativePersonId']
 * ```
 * @category Helpers
 */
export const REFERENCE_FIELDS: Readonly<Record<RecordType, readonly ReferenceField[]>> = /* @__PURE__ */ Object.freeze({
  article: fields(
    SOURCES,
    field('publisher/agencyId', AGENCY),
    field('authors/*/personId', PERSON),
    field('mentions/*/ref', 'party'),
    field('reportsMeetings/*', Object.freeze(['meeting'] as const)),
    field('basedOn/*', ARTICLE),
    field('translationOf', ARTICLE),
  ),
  person: fields(SOURCES, NAME_SOURCES),
  agency: fields(
    SOURCES,
    NAME_SOURCES,
    field('parents/*/agencyId', AGENCY),
    field('predecessors/*', AGENCY),
    field('successors/*', AGENCY),
    field('forumId', FORUM),
  ),
  position: fields(SOURCES, field('organizationId', ORGANIZATION)),
  occupancy: fields(
    SOURCES,
    field('personId', PERSON),
    field('positionId', Object.freeze(['position'] as const)),
    field('organizationId', ORGANIZATION),
    field('predecessorId', PERSON),
    field('successorId', PERSON),
  ),
  membership: fields(
    SOURCES,
    field('member', 'party'),
    field('organizationId', ORGANIZATION),
    field('onBehalfOf', 'party'),
  ),
  meeting: fields(
    SOURCES,
    field('hostAgencyId', AGENCY),
    field('forumId', FORUM),
    field('workingGroupId', Object.freeze(['working-group'] as const)),
    field('parentMeetingId', Object.freeze(['meeting'] as const)),
    field('delegations/*/party', 'party'),
    field('delegations/*/headPersonId', PERSON),
    field('delegations/*/memberPersonIds/*', PERSON),
    field('delegations/*/onBehalfOf', 'party'),
    field('participants/*/ref', 'party'),
    field('participants/*/positionId', Object.freeze(['position'] as const)),
    field('participants/*/sources/*/articleId', ARTICLE),
    field('outcomes/*/parties/*', 'party'),
    field('outcomes/*/sources/*/articleId', ARTICLE),
    field('articleIds/*', ARTICLE),
  ),
  forum: fields(SOURCES, NAME_SOURCES, field('parentForumId', FORUM), field('secretariat/*/agencyId', AGENCY)),
  'forum-membership': fields(
    SOURCES,
    field('forumId', FORUM),
    field('member', 'party'),
    field('representedBy', AGENCY),
  ),
  'co-chair-term': fields(
    SOURCES,
    field('bodyId', Object.freeze(['forum', 'working-group'] as const)),
    field('chairs/*/party', 'party'),
    field('chairs/*/representativePersonId', PERSON),
  ),
  'working-group': fields(SOURCES, NAME_SOURCES, field('forumId', FORUM)),
});
