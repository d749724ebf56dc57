import type { TansiqRecord } from '../schemas/index.js';
import {
  AGENCIES,
  ARTICLES,
  CO_CHAIR_TERMS,
  FORUM_MEMBERSHIPS,
  FORUMS,
  MEETINGS,
  OCCUPANCIES,
  PERSONS,
  POSITIONS,
  WORKING_GROUPS,
} from './_lib/tables.js';

/**
 * The whole shipped dataset as one frozen list of records, ready for `validateDataset`, the
 * exporters or your own indexing.
 *
 * Order: agencies, persons, positions, occupancies, forums, forum memberships, working groups,
 * co-chair terms, meetings, articles. Every record carries at least one source URL (the article
 * carries its own `url`), and every id it references is in the list. Counts (e.g. how many members
 * the GCTF had) are never stored: compute them with {@link forumMembersOn} and friends.
 *
 * @example
 * ```ts
 * referenceRecords.filter((r) => r.type === 'agency').length; // 108
 * referenceRecords.find((r) => r.id === 'forum.gctf')?.type; // 'forum'
 * ```
 * @category Reference data
 */
export const referenceRecords: readonly TansiqRecord[] = /* @__PURE__ */ Object.freeze([
  ...AGENCIES,
  ...PERSONS,
  ...POSITIONS,
  ...OCCUPANCIES,
  ...FORUMS,
  ...FORUM_MEMBERSHIPS,
  ...WORKING_GROUPS,
  ...CO_CHAIR_TERMS,
  ...MEETINGS,
  ...ARTICLES,
]);
