import type { Interval, Name, PartyRef, SourceRef, TansiqRecord } from '../schemas/index.js';
import type { ExportReport } from './export-report.js';
import {
  collectRecords,
  countryIndex,
  setIntervalDates,
  countryName,
  countryStandInId,
  displayName,
  pickText,
  uniq,
} from './_lib/common.js';
import type { KeptFields } from './_lib/left-out.js';
import { noteLeftOut, noteUnknownType } from './_lib/left-out.js';

/**
 * A Popolo object (person, organization, membership, post, event or area) as plain JSON.
 *
 * @example
 * ```ts
 * const [person]: PopoloObject[] = toPopolo([{ type: 'person', id: 'person.x', name: 'X Y', sources: [] }], { partial: true }).persons;
 * person; // { id: 'person.x', name: 'X Y' }
 * ```
 * @category Export
 */
export type PopoloObject = Record<string, unknown> & {
  /** The object's id: a record id, a stand-in (`country.ma`) or a derived id. */
  id: string;
};

/**
 * One Popolo document in the container shape read by Popolo tools (EveryPolitician's): arrays
 * of persons, organizations, memberships, posts, events and areas, related by `*_id`.
 *
 * @example
 * ```ts
 * const doc: PopoloDocument = toPopolo([
 *   { type: 'person', id: 'person.x', name: 'X Y', sources: [] },
 *   { type: 'membership', id: 'membership.x-interpol', member: { kind: 'person', id: 'person.x' }, organizationId: 'agency.interpol', role: 'director', sources: [] },
 * ]);
 * doc.memberships; // [{ id: 'membership.x-interpol', person_id: 'person.x', organization_id: 'agency.interpol', role: 'director' }]
 * doc.organizations.map((o) => o.id); // ['agency.interpol'] (added from the shipped data)
 * ```
 * @category Export
 */
export interface PopoloDocument {
  /** Popolo Person objects. */
  persons: PopoloObject[];
  /** Popolo Organization objects (agencies, forums, working groups, state stand-ins). */
  organizations: PopoloObject[];
  /** Popolo Membership objects (occupancies, memberships, forum memberships, co-chairs, secretariats). */
  memberships: PopoloObject[];
  /** Popolo Post objects (positions, co-chair seats). */
  posts: PopoloObject[];
  /** Popolo Event objects (meetings). */
  events: PopoloObject[];
  /** Popolo Area objects (countries named as attributes). */
  areas: PopoloObject[];
}

/**
 * Options of {@link toPopolo}.
 *
 * @example
 * ```ts
 * const options: PopoloOptions = { partial: true };
 * toPopolo([{ type: 'membership', id: 'membership.x-interpol', member: { kind: 'country', country: 'MA' }, organizationId: 'agency.interpol', sources: [] }], options).organizations; // [] (agency.interpol is not added)
 * ```
 * @category Export
 */
export interface PopoloOptions {
  /** When `true`, shipped records the input points at are not added. Default `false`. */
  partial?: boolean;
  /** The reference records to complete the export from (default: the shipped data). */
  referenceData?: readonly TansiqRecord[];
  /** Ids known to be absent: references to them are dropped. */
  missingIds?: Iterable<string>;
  /** Filled with counts and the fields left out. */
  report?: ExportReport;
}

const SRC = ['url', 'articleId', 'title'] as const;
const META = { sources: SRC, notes: true, createdAt: true, updatedAt: true } as const;
const KEPT: Readonly<Record<string, KeptFields>> = /* @__PURE__ */ Object.freeze({
  person: {
    ...META,
    name: true,
    names: ['value', 'lang', 'kind', 'validFrom', 'validTo', 'preferred'],
    nameParts: ['given', 'family', 'patronymic', 'lang'],
    honorifics: ['value'],
    gender: true,
    birthDate: true,
    deathDate: true,
    nationalities: true,
    externalIds: ['wikidata', 'opensanctions', 'isni', 'viaf', 'ftm', 'popolo', 'official', 'website'],
  },
  agency: {
    ...META,
    names: ['value', 'lang', 'kind', 'validFrom', 'validTo', 'preferred'],
    kind: true,
    country: true,
    parents: true,
    founded: true,
    dissolved: true,
    website: true,
    externalIds: ['wikidata', 'opensanctions', 'isni', 'viaf', 'ftm', 'popolo', 'official', 'website'],
  },
  forum: {
    ...META,
    names: ['value', 'lang', 'kind', 'validFrom', 'validTo', 'preferred'],
    kind: true,
    parentForumId: true,
    founded: true,
    dissolved: true,
    secretariat: true,
    website: true,
    externalIds: ['wikidata', 'opensanctions', 'isni', 'viaf', 'ftm', 'popolo', 'official', 'website'],
  },
  'working-group': {
    ...META,
    names: ['value', 'lang', 'kind', 'validFrom', 'validTo', 'preferred'],
    kind: true,
    forumId: true,
    interval: ['start', 'end'],
    website: true,
    externalIds: ['wikidata', 'opensanctions', 'isni', 'viaf', 'ftm', 'popolo', 'official', 'website'],
  },
  position: {
    ...META,
    organizationId: true,
    label: ['value', 'lang'],
    role: true,
    country: true,
    interval: ['start', 'end'],
  },
  occupancy: {
    ...META,
    personId: true,
    positionId: true,
    organizationId: true,
    role: true,
    interval: ['start', 'end'],
    titleAsReported: ['value'],
  },
  membership: { ...META, member: true, organizationId: true, role: true, onBehalfOf: true, interval: ['start', 'end'] },
  'forum-membership': { ...META, forumId: true, member: true, status: true, interval: ['start', 'end'] },
  'co-chair-term': { ...META, bodyId: true, chairs: ['party'], interval: ['start', 'end'] },
  meeting: {
    ...META,
    title: ['value'],
    kind: true,
    status: true,
    start: true,
    end: true,
    location: ['city', 'venue', 'placeName', 'country'],
    hostCountry: true,
    hostAgencyId: true,
    forumId: true,
    workingGroupId: true,
    parentMeetingId: true,
    participants: ['ref'],
    coding: ['cameo'],
    articleIds: true,
  },
  article: { url: true, headline: ['value'], sources: SRC },
});

/** A URL as a URI (Popolo links are `format: uri`): non-ASCII characters percent-encoded. */
function toUri(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** Popolo organization id of a party, or a person id. */
function partyTarget(p: PartyRef): { personId?: string; orgId?: string } {
  if (p.kind === 'person') return { personId: p.id };
  if (p.kind === 'country') return { orgId: countryStandInId(p.country) };
  return { orgId: p.id };
}

/**
 * Exports records to one Popolo 1.0.1 document: agencies, forums, working groups and state
 * stand-ins as organizations (`country.ma`, classification `state`), persons, positions and
 * co-chair seats as posts, occupancies, memberships, forum memberships, co-chairs and
 * secretariats as memberships, meetings as events (person attendees as `{ id, name }`), and the
 * countries named as attributes as areas. Articles become `sources` entries (`url`, `note` =
 * headline). Shipped records that the input points at are added (unless `partial`), and a
 * reference to a record that is not in the document is dropped (counted in the report), so every
 * `*_id` resolves. Dates stay as tansiq wrote them (partial dates; date-times keep their offset).
 *
 * @param records - Valid tansiq records.
 * @param options - See {@link PopoloOptions}.
 * @returns The Popolo document (arrays in input order, then added shipped records, then stand-ins).
 * @example
 * ```ts
 * const doc = toPopolo([{ type: 'person', id: 'person.x', name: 'X Y', sources: [] }], { partial: true });
 * doc.persons; // [{ id: 'person.x', name: 'X Y' }]
 * ```
 * @category Export
 */
export function toPopolo(records: Iterable<TansiqRecord>, options: PopoloOptions = {}): PopoloDocument {
  const report = options.report;
  const { records: all, byId, has } = collectRecords(records, options);
  const countries = countryIndex();
  const doc: PopoloDocument = { persons: [], organizations: [], memberships: [], posts: [], events: [], areas: [] };
  const standIns = new Set<string>();
  const areas = new Set<string>();
  const coChairPosts = new Map<string, PopoloObject>();
  const org = (p: PartyRef | undefined): string | undefined => {
    if (p === undefined) return undefined;
    if (p.kind === 'country') {
      standIns.add(p.country);
      return countryStandInId(p.country);
    }
    return has(p.id) ? p.id : undefined;
  };
  const area = (code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    areas.add(code);
    return `area.${code.toLowerCase()}`;
  };
  const sources = (list: readonly SourceRef[] | undefined): { url: string; note?: string }[] | undefined => {
    const out: { url: string; note?: string }[] = [];
    const seen = new Set<string>();
    for (const s of list ?? []) {
      const article = s.articleId === undefined ? undefined : byId.get(s.articleId);
      const raw = s.url ?? (article?.type === 'article' ? article.url : undefined);
      if (raw === undefined) continue;
      const url = toUri(raw);
      if (seen.has(url)) continue;
      seen.add(url);
      const note = s.title ?? (article?.type === 'article' ? article.headline.value : undefined);
      out.push(note === undefined ? { url } : { url, note });
    }
    return out.length === 0 ? undefined : out;
  };
  const dates = (o: PopoloObject, interval: Interval | undefined): void =>
    setIntervalDates(o, interval, 'start_date', 'end_date');
  const meta = (
    o: PopoloObject,
    r: { sources?: readonly SourceRef[]; createdAt?: string | undefined; updatedAt?: string | undefined },
  ): void => {
    const s = sources(r.sources);
    if (s !== undefined) o['sources'] = s;
    if (r.createdAt !== undefined) o['created_at'] = r.createdAt;
    if (r.updatedAt !== undefined) o['updated_at'] = r.updatedAt;
  };
  const otherNames = (names: readonly Name[], main: string): Record<string, string>[] | undefined => {
    const out: Record<string, string>[] = [];
    for (const n of names) {
      if (n.value === main && n.preferred === true) continue;
      const on: Record<string, string> = { name: n.value, note: `${n.lang}; ${n.kind}` };
      if (n.validFrom !== undefined) on['start_date'] = n.validFrom;
      if (n.validTo !== undefined) on['end_date'] = n.validTo;
      out.push(on);
    }
    return out.length === 0 ? undefined : out;
  };
  const identifiers = (
    ids: Record<string, string | undefined> | undefined,
  ): { scheme: string; identifier: string }[] | undefined => {
    if (ids === undefined) return undefined;
    const out: { scheme: string; identifier: string }[] = [];
    for (const key of ['wikidata', 'wikidataPosition', 'opensanctions', 'isni', 'viaf', 'ftm', 'popolo', 'official']) {
      const v = ids[key];
      if (v !== undefined) out.push({ scheme: key === 'wikidataPosition' ? 'wikidata' : key, identifier: v });
    }
    return out.length === 0 ? undefined : out;
  };
  const set = (o: PopoloObject, key: string, value: unknown): void => {
    if (value !== undefined && value !== null && value !== '') o[key] = value;
  };

  for (const r of all) {
    const kept = KEPT[r.type];
    if (kept !== undefined) noteLeftOut(report, r, kept);
    switch (r.type) {
      case 'person': {
        const o: PopoloObject = { id: r.id, name: r.name };
        set(o, 'other_names', otherNames(r.names ?? [], r.name));
        const parts = r.nameParts?.[0];
        set(o, 'given_name', parts?.given);
        set(o, 'family_name', parts?.family);
        set(o, 'patronymic_name', parts?.patronymic);
        set(o, 'honorific_prefix', r.honorifics?.[0]?.value);
        if (r.gender !== undefined && r.gender !== 'unknown') o['gender'] = r.gender;
        set(o, 'birth_date', r.birthDate);
        set(o, 'death_date', r.deathDate);
        if (r.nationalities !== undefined)
          set(o, 'national_identity', r.nationalities.map((c) => countryName(countries, c)).join(', '));
        set(o, 'identifiers', identifiers(r.externalIds));
        if (r.externalIds?.website !== undefined) o['links'] = [{ url: toUri(r.externalIds.website), note: 'website' }];
        set(o, 'summary', r.notes);
        meta(o, r);
        doc.persons.push(o);
        break;
      }
      case 'agency':
      case 'forum':
      case 'working-group': {
        const name = displayName(r.names);
        const o: PopoloObject = { id: r.id, name };
        set(o, 'other_names', otherNames(r.names, name));
        set(o, 'identifiers', identifiers(r.externalIds));
        if (r.type === 'agency') {
          o['classification'] = r.kind;
          const parents = r.parents ?? [];
          const current =
            parents.find((p) => p.interval?.end === undefined && p.interval?.status !== 'ended') ??
            parents[parents.length - 1];
          if (current !== undefined && has(current.agencyId)) o['parent_id'] = current.agencyId;
          set(o, 'area_id', area(r.country));
          set(o, 'founding_date', r.founded);
          set(o, 'dissolution_date', r.dissolved);
          if (parents.length > 1 && report !== undefined)
            report.leftOut['agency.parents (earlier parents)'] =
              (report.leftOut['agency.parents (earlier parents)'] ?? 0) + 1;
        } else if (r.type === 'forum') {
          o['classification'] = r.kind;
          if (r.parentForumId !== undefined && has(r.parentForumId)) o['parent_id'] = r.parentForumId;
          set(o, 'founding_date', r.founded);
          set(o, 'dissolution_date', r.dissolved);
          (r.secretariat ?? []).forEach((s, i) => {
            if (!has(s.agencyId)) return;
            const m: PopoloObject = {
              id: `${r.id}.secretariat.${i}`,
              member: { '@type': 'Organization', id: s.agencyId },
              organization_id: r.id,
              role: 'secretariat',
            };
            dates(m, s.interval);
            doc.memberships.push(m);
          });
        } else {
          o['classification'] = 'working-group';
          if (has(r.forumId)) o['parent_id'] = r.forumId;
          set(o, 'founding_date', r.interval?.start);
          set(o, 'dissolution_date', r.interval?.end);
        }
        const website = r.website ?? r.externalIds?.website;
        if (website !== undefined) o['links'] = [{ url: toUri(website), note: 'website' }];
        set(o, 'description', r.notes);
        meta(o, r);
        doc.organizations.push(o);
        break;
      }
      case 'position': {
        const label = pickText(r.label) as string;
        const o: PopoloObject = { id: r.id, label };
        const others = uniq(r.label.map((l) => l.value)).filter((v) => v !== label);
        if (others.length > 0) o['other_label'] = others;
        o['role'] = r.role;
        if (has(r.organizationId)) o['organization_id'] = r.organizationId;
        else {
          report?.skipped.push({ id: r.id, reason: 'its organization is not in the export (a Popolo post needs one)' });
          break;
        }
        set(o, 'area_id', area(r.country));
        dates(o, r.interval);
        meta(o, r);
        doc.posts.push(o);
        break;
      }
      case 'occupancy': {
        if (!has(r.personId)) break;
        const o: PopoloObject = { id: r.id, person_id: r.personId };
        const position = r.positionId === undefined ? undefined : byId.get(r.positionId);
        if (position?.type === 'position' && has(position.organizationId)) {
          o['organization_id'] = position.organizationId;
          o['post_id'] = position.id;
          o['role'] = position.role;
        } else if (r.positionId !== undefined) has(r.positionId);
        if (o['organization_id'] === undefined && r.organizationId !== undefined && has(r.organizationId))
          o['organization_id'] = r.organizationId;
        set(o, 'role', r.role);
        set(o, 'label', pickText(r.titleAsReported));
        dates(o, r.interval);
        meta(o, r);
        if (o['organization_id'] === undefined) {
          report?.skipped.push({ id: r.id, reason: 'no organization or post in the export' });
          break;
        }
        doc.memberships.push(o);
        break;
      }
      case 'membership':
      case 'forum-membership': {
        const member = r.member;
        const orgId = r.type === 'membership' ? r.organizationId : r.forumId;
        if (!has(orgId)) break;
        const o: PopoloObject = { id: r.id };
        const t = partyTarget(member);
        if (t.personId !== undefined) {
          if (!has(t.personId)) break;
          o['person_id'] = t.personId;
        } else {
          const id = org(member);
          if (id === undefined) break;
          o['member'] = { '@type': 'Organization', id };
        }
        o['organization_id'] = orgId;
        if (r.type === 'membership') {
          set(o, 'role', r.role);
          const behalf = r.onBehalfOf;
          if (behalf !== undefined) {
            if (behalf.kind === 'person') {
              if (report !== undefined)
                report.leftOut['membership.onBehalfOf (a person)'] =
                  (report.leftOut['membership.onBehalfOf (a person)'] ?? 0) + 1;
            } else set(o, 'on_behalf_of_id', org(behalf));
          }
        } else o['role'] = r.status;
        dates(o, r.interval);
        meta(o, r);
        doc.memberships.push(o);
        break;
      }
      case 'co-chair-term': {
        if (!has(r.bodyId)) break;
        const postId = `${r.bodyId}.co-chair`;
        if (!coChairPosts.has(postId)) {
          const body = byId.get(r.bodyId);
          const bodyName =
            body !== undefined && 'names' in body && body.names !== undefined ? displayName(body.names) : r.bodyId;
          const post: PopoloObject = {
            id: postId,
            label: `Co-Chair of ${bodyName}`,
            role: 'co-chair',
            organization_id: r.bodyId,
          };
          coChairPosts.set(postId, post);
          doc.posts.push(post);
        }
        r.chairs.forEach((chair, i) => {
          const o: PopoloObject = { id: `${r.id}.chairs.${i}` };
          const t = partyTarget(chair.party);
          if (t.personId !== undefined) {
            if (!has(t.personId)) return;
            o['person_id'] = t.personId;
          } else {
            const id = org(chair.party);
            if (id === undefined) return;
            o['member'] = { '@type': 'Organization', id };
          }
          Object.assign(o, { organization_id: r.bodyId, post_id: postId, role: 'co-chair' });
          dates(o, r.interval);
          meta(o, r);
          doc.memberships.push(o);
        });
        break;
      }
      case 'meeting': {
        const o: PopoloObject = { id: r.id };
        const name = pickText(r.title);
        o['name'] = name ?? uniq([r.kind.replaceAll('-', ' '), r.location?.city, r.start]).join(', ');
        set(o, 'description', r.notes);
        set(o, 'start_date', r.start);
        set(o, 'end_date', r.end);
        const loc = r.location;
        if (loc !== undefined) {
          const text = uniq([
            loc.venue,
            pickText(loc.placeName),
            loc.city,
            loc.country === undefined ? undefined : countryName(countries, loc.country),
          ]).join(', ');
          set(o, 'location', text);
        }
        o['status'] = r.status;
        o['classification'] = r.kind;
        const organizer =
          (r.hostAgencyId !== undefined && has(r.hostAgencyId) ? r.hostAgencyId : undefined) ??
          (r.hostCountry !== undefined ? org({ kind: 'country', country: r.hostCountry }) : undefined) ??
          (r.workingGroupId !== undefined && has(r.workingGroupId) ? r.workingGroupId : undefined) ??
          (r.forumId !== undefined && has(r.forumId) ? r.forumId : undefined);
        set(o, 'organization_id', organizer);
        const attendees: { id: string; name: string }[] = [];
        for (const p of r.participants ?? []) {
          const ref = p.ref;
          if (ref.kind !== 'person' || !has(ref.id) || attendees.some((a) => a.id === ref.id)) continue;
          const person = byId.get(ref.id);
          attendees.push({ id: ref.id, name: person?.type === 'person' ? person.name : ref.id });
        }
        if (attendees.length > 0) o['attendees'] = attendees;
        if ((r.participants ?? []).some((p) => p.ref.kind !== 'person') && report !== undefined) {
          report.leftOut['meeting.participants (states and organizations)'] =
            (report.leftOut['meeting.participants (states and organizations)'] ?? 0) + 1;
        }
        if (r.parentMeetingId !== undefined && has(r.parentMeetingId)) o['parent_id'] = r.parentMeetingId;
        if (r.coding?.cameo !== undefined)
          o['identifiers'] = r.coding.cameo.map((c) => ({ scheme: 'cameo', identifier: c }));
        const extra: SourceRef[] = (r.articleIds ?? []).map((articleId) => ({ articleId }));
        meta(o, { ...r, sources: [...r.sources, ...extra] });
        doc.events.push(o);
        break;
      }
      case 'article':
        break;
      default:
        noteUnknownType(report, r);
    }
  }
  for (const code of [...standIns].sort()) {
    doc.organizations.push({
      id: countryStandInId(code),
      name: countryName(countries, code),
      classification: code === 'EU' ? 'union' : 'state',
      identifiers: [{ scheme: 'iso-3166-1-alpha-2', identifier: code }],
    });
  }
  for (const code of [...areas].sort()) {
    doc.areas.push({
      id: `area.${code.toLowerCase()}`,
      name: countryName(countries, code),
      identifier: code,
      classification: 'country',
    });
  }
  if (report !== undefined)
    report.written +=
      doc.persons.length +
      doc.organizations.length +
      doc.memberships.length +
      doc.posts.length +
      doc.events.length +
      doc.areas.length;
  return doc;
}
