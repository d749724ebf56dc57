// The shipped records, one frozen table per record type. Each table is a JSON file under
// ../records/, validated against the schemas by tests/data (not at import time).
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

export const AGENCIES: readonly Agency[] = /* @__PURE__ */ deepFreeze(agencies as unknown as Agency[]);
export const PERSONS: readonly Person[] = /* @__PURE__ */ deepFreeze(persons as unknown as Person[]);
export const POSITIONS: readonly Position[] = /* @__PURE__ */ deepFreeze(positions as unknown as Position[]);
export const OCCUPANCIES: readonly Occupancy[] = /* @__PURE__ */ deepFreeze(occupancies as unknown as Occupancy[]);
export const FORUMS: readonly Forum[] = /* @__PURE__ */ deepFreeze(forums as unknown as Forum[]);
export const FORUM_MEMBERSHIPS: readonly ForumMembership[] = /* @__PURE__ */ deepFreeze(
  forumMemberships as unknown as ForumMembership[],
);
export const WORKING_GROUPS: readonly WorkingGroup[] = /* @__PURE__ */ deepFreeze(
  workingGroups as unknown as WorkingGroup[],
);
export const CO_CHAIR_TERMS: readonly CoChairTerm[] = /* @__PURE__ */ deepFreeze(
  coChairTerms as unknown as CoChairTerm[],
);
export const MEETINGS: readonly SecurityMeeting[] = /* @__PURE__ */ deepFreeze(meetings as unknown as SecurityMeeting[]);
export const ARTICLES: readonly Article[] = /* @__PURE__ */ deepFreeze(articles as unknown as Article[]);
