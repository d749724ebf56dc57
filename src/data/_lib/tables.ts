// The shipped records, one table per record type, each parsed and frozen on first use. Each table
// is a JSON file under ../records/, validated against the schemas by tests/data (not at import
// time). The library build bundles these files as text (tsup `loader`), so that importing
// tansiq/data only scans a few string literals; running from source (tests, scripts) gives the
// parsed value directly. Both are handled by `table`.
import type {
  Agency,
  Article,
  CoChairTerm,
  Forum,
  ForumMembership,
  Occupancy,
  Person,
  Position,
  SecurityMeeting,
  WorkingGroup,
} from '../../schemas/index.js';
import agencies from '../records/agencies.json' with { type: 'json' };
import articles from '../records/articles.json' with { type: 'json' };
import coChairTerms from '../records/co-chair-terms.json' with { type: 'json' };
import forumMemberships from '../records/forum-memberships.json' with { type: 'json' };
import forums from '../records/forums.json' with { type: 'json' };
import meetings from '../records/meetings.json' with { type: 'json' };
import occupancies from '../records/occupancies.json' with { type: 'json' };
import persons from '../records/persons.json' with { type: 'json' };
import positions from '../records/positions.json' with { type: 'json' };
import workingGroups from '../records/working-groups.json' with { type: 'json' };
import { deepFreeze } from './deep-freeze.js';

/**
 * A JSON table as bundled: its text (library build) or its value (source). Parses and deep-freezes
 * it once.
 *
 * @param raw - the imported JSON module's default export
 * @returns the parsed, frozen value
 */
export function parseTable<T>(raw: unknown): T {
  return deepFreeze((typeof raw === 'string' ? JSON.parse(raw) : raw) as T);
}

/** A table that is parsed and frozen on its first call and reused afterwards. */
function table<T>(raw: unknown): () => readonly T[] {
  let value: readonly T[] | undefined;
  return () => (value ??= parseTable<readonly T[]>(raw));
}

export const AGENCIES = /* @__PURE__ */ table<Agency>(agencies);
export const PERSONS = /* @__PURE__ */ table<Person>(persons);
export const POSITIONS = /* @__PURE__ */ table<Position>(positions);
export const OCCUPANCIES = /* @__PURE__ */ table<Occupancy>(occupancies);
export const FORUMS = /* @__PURE__ */ table<Forum>(forums);
export const FORUM_MEMBERSHIPS = /* @__PURE__ */ table<ForumMembership>(forumMemberships);
export const WORKING_GROUPS = /* @__PURE__ */ table<WorkingGroup>(workingGroups);
export const CO_CHAIR_TERMS = /* @__PURE__ */ table<CoChairTerm>(coChairTerms);
export const MEETINGS = /* @__PURE__ */ table<SecurityMeeting>(meetings);
export const ARTICLES = /* @__PURE__ */ table<Article>(articles);

/** Every table, in the order of `referenceRecords`. */
export const ALL_TABLES = [
  AGENCIES,
  PERSONS,
  POSITIONS,
  OCCUPANCIES,
  FORUMS,
  FORUM_MEMBERSHIPS,
  WORKING_GROUPS,
  CO_CHAIR_TERMS,
  MEETINGS,
  ARTICLES,
] as const;
