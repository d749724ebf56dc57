// Lookup indexes over the shipped tables, each built on first use and then reused. Nothing here
// runs at import time: every index is a memoized function.
import { nameKey } from '../../arabic/index.js';
import type { Agency, Forum, ForumMembership, Name, Occupancy, Person, Position } from '../../schemas/index.js';
import { qualifiedPartyId } from './parties.js';
import { searchTokens } from './search-key.js';
import { AGENCIES, FORUM_MEMBERSHIPS, FORUMS, OCCUPANCIES, PERSONS, POSITIONS } from './tables.js';

/** Wraps a builder so that it runs once, on the first call. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** One searchable name: its tokens, joined with spaces and without them, and its kind. */
export interface NameKey {
  readonly tokens: readonly string[];
  readonly spaced: string;
  readonly compact: string;
  readonly kind: Name['kind'];
}

function nameKeyOf(name: Pick<Name, 'value' | 'kind'>): NameKey {
  const tokens = searchTokens(name.value);
  return { tokens, spaced: tokens.join(' '), compact: tokens.join(''), kind: name.kind };
}

/** The roles that head an organization (the deputy, secretary-of-state and other roles do not). */
export const HEAD_ROLES: ReadonlySet<Position['role']> = /* @__PURE__ */ new Set([
  'head',
  'minister',
  'director-general',
  'director',
]);

export const agencyById = /* @__PURE__ */ lazy(() => new Map<string, Agency>(AGENCIES().map((a) => [a.id, a])));
export const forumById = /* @__PURE__ */ lazy(() => new Map<string, Forum>(FORUMS().map((f) => [f.id, f])));
export const personById = /* @__PURE__ */ lazy(() => new Map<string, Person>(PERSONS().map((p) => [p.id, p])));
export const positionById = /* @__PURE__ */ lazy(() => new Map<string, Position>(POSITIONS().map((p) => [p.id, p])));

/** Search keys of every agency's names, in table order. */
export const agencyNameKeys = /* @__PURE__ */ lazy(() =>
  AGENCIES().map((agency) => ({ record: agency, keys: agency.names.map(nameKeyOf) })),
);

/** Search keys of every forum's names, in table order. */
export const forumNameKeys = /* @__PURE__ */ lazy(() =>
  FORUMS().map((forum) => ({ record: forum, keys: forum.names.map(nameKeyOf) })),
);

/** Name keys (`nameKey` tokens) of every person's names, with the raw values, in table order. */
export const personNameKeys = /* @__PURE__ */ lazy(() =>
  PERSONS().map((person) => {
    const values = [person.name, ...(person.names ?? []).map((n) => n.value)];
    return {
      record: person,
      values,
      keys: values.map((v) => {
        const tokens = nameKey(v)
          .split(' ')
          .filter((t) => t !== '');
        return { tokens, spaced: tokens.join(' '), compact: tokens.join('') };
      }),
    };
  }),
);

/** Positions per organization id (agency or forum), in table order. */
export const positionsByOrganization = /* @__PURE__ */ lazy(() => {
  const map = new Map<string, Position[]>();
  for (const position of POSITIONS()) {
    const list = map.get(position.organizationId) ?? [];
    list.push(position);
    map.set(position.organizationId, list);
  }
  return map;
});

/** Occupancies per position id, in table order. */
export const occupanciesByPosition = /* @__PURE__ */ lazy(() => {
  const map = new Map<string, Occupancy[]>();
  for (const occupancy of OCCUPANCIES()) {
    if (occupancy.positionId === undefined) continue;
    const list = map.get(occupancy.positionId) ?? [];
    list.push(occupancy);
    map.set(occupancy.positionId, list);
  }
  return map;
});

/**
 * The countries a person is tied to: nationalities, plus the countries of the positions (and of
 * their agencies) the person held.
 */
export const personCountries = /* @__PURE__ */ lazy(() => {
  const map = new Map<string, Set<string>>();
  const add = (personId: string, country: string | undefined): void => {
    if (country === undefined) return;
    const set = map.get(personId) ?? new Set<string>();
    set.add(country);
    map.set(personId, set);
  };
  for (const person of PERSONS()) for (const c of person.nationalities ?? []) add(person.id, c);
  for (const occupancy of OCCUPANCIES()) {
    const position = occupancy.positionId === undefined ? undefined : positionById().get(occupancy.positionId);
    const orgId = position?.organizationId ?? occupancy.organizationId;
    add(occupancy.personId, position?.country ?? (orgId === undefined ? undefined : agencyById().get(orgId)?.country));
  }
  return map;
});

/** Forum memberships per party key (`country:MA`, `organization:agency.x`), in table order. */
export const membershipsByParty = /* @__PURE__ */ lazy(() => {
  const map = new Map<string, ForumMembership[]>();
  for (const membership of FORUM_MEMBERSHIPS()) {
    const key = qualifiedPartyId(membership.member);
    const list = map.get(key) ?? [];
    list.push(membership);
    map.set(key, list);
  }
  return map;
});
