import type { Interval, LocalizedText, Location, Name, PartyRef, SourceRef, TansiqRecord } from '../schemas/index.js';
import type { ExportReport } from './export-report.js';
import {
  collectRecords,
  countryIndex,
  setIntervalDates,
  countryName,
  countryStandInId,
  displayName,
  uniq,
} from './_lib/common.js';
import type { KeptFields } from './_lib/left-out.js';
import { noteLeftOut, noteUnknownType } from './_lib/left-out.js';

/**
 * A JSON-LD node (schema.org terms; `@id`, `@type` and term keys).
 *
 * @example
 * ```ts
 * const [node]: JsonLdNode[] = toJsonLd([{ type: 'person', id: 'person.x', name: 'X Y', sources: [] }], { partial: true })['@graph'];
 * node; // { '@id': 'urn:tansiq:person.x', '@type': 'Person', name: 'X Y' }
 * ```
 * @category Export
 */
export type JsonLdNode = Record<string, unknown>;

/**
 * One JSON-LD document: the schema.org context and a flat `@graph` of nodes.
 *
 * @example
 * ```ts
 * const doc: JsonLdDocument = toJsonLd([{ type: 'person', id: 'person.x', name: 'X Y', sources: [] }], { partial: true });
 * [doc['@context'], doc['@graph'].length]; // ['https://schema.org', 1]
 * ```
 * @category Export
 */
export interface JsonLdDocument {
  /** Always `https://schema.org`. */
  '@context': 'https://schema.org';
  /** The nodes, each with `@id` and `@type`. */
  '@graph': JsonLdNode[];
}

/**
 * Options of {@link toJsonLd}.
 *
 * @example
 * ```ts
 * const options: JsonLdOptions = { baseIri: 'https://data.example.org/tansiq/', partial: true };
 * toJsonLd([{ type: 'person', id: 'person.x', name: 'X Y', sources: [] }], options)['@graph'][0]?.['@id']; // 'https://data.example.org/tansiq/person.x'
 * ```
 * @category Export
 */
export interface JsonLdOptions {
  /** Prefix turning ids into absolute IRIs (default `urn:tansiq:`). */
  baseIri?: string;
  /** When `true`, shipped records the input points at are not added. Default `false`. */
  partial?: boolean;
  /** The reference records to complete the export from (default: the shipped data). */
  referenceData?: readonly TansiqRecord[];
  /** Ids known to be absent: references to them are dropped. */
  missingIds?: Iterable<string>;
  /** Filled with counts and the fields left out. */
  report?: ExportReport;
}

const SDO = 'https://schema.org/';
const SRC = ['url', 'articleId'] as const;
const META = { sources: SRC, notes: true } as const;
const NAMES = ['value', 'lang', 'kind', 'preferred'] as const;
const KEPT: Readonly<Record<string, KeptFields>> = /* @__PURE__ */ Object.freeze({
  person: {
    ...META,
    name: true,
    names: NAMES,
    nameParts: ['given', 'family', 'patronymic', 'lang'],
    honorifics: ['value', 'lang'],
    gender: true,
    birthDate: true,
    deathDate: true,
    nationalities: true,
    externalIds: ['wikidata', 'opensanctions', 'isni', 'viaf', 'website'],
  },
  agency: {
    ...META,
    names: NAMES,
    kind: true,
    country: true,
    parents: true,
    founded: true,
    dissolved: true,
    successors: true,
    predecessors: true,
    headquarters: ['city', 'country', 'venue', 'placeName', 'lat', 'lon'],
    website: true,
    externalIds: ['wikidata', 'opensanctions', 'website'],
  },
  forum: {
    ...META,
    names: NAMES,
    kind: true,
    parentForumId: true,
    founded: true,
    dissolved: true,
    headquarters: ['city', 'country', 'venue', 'placeName', 'lat', 'lon'],
    secretariat: ['agencyId'],
    topics: true,
    website: true,
    externalIds: ['wikidata', 'opensanctions', 'website'],
  },
  'working-group': {
    ...META,
    names: NAMES,
    kind: true,
    forumId: true,
    topics: true,
    interval: ['start', 'end'],
    website: true,
    externalIds: ['wikidata', 'website'],
  },
  position: { ...META, organizationId: true, label: ['value', 'lang'], role: true },
  occupancy: {
    ...META,
    personId: true,
    positionId: true,
    organizationId: true,
    role: true,
    interval: ['start', 'end'],
    titleAsReported: ['value', 'lang'],
  },
  membership: { ...META, member: true, organizationId: true, role: true, interval: ['start', 'end'] },
  'forum-membership': { ...META, forumId: true, member: true, status: true, interval: ['start', 'end'] },
  'co-chair-term': { ...META, bodyId: true, chairs: ['party'], interval: ['start', 'end'] },
  meeting: {
    ...META,
    title: ['value', 'lang'],
    kind: true,
    format: true,
    status: true,
    start: true,
    end: true,
    location: ['city', 'country', 'venue', 'placeName', 'lat', 'lon'],
    hostAgencyId: true,
    forumId: true,
    workingGroupId: true,
    parentMeetingId: true,
    delegations: ['party'],
    participants: ['ref', 'roles'],
    topics: true,
    outcomes: ['kind', 'title', 'date', 'documentUrl'],
    coding: ['cameo', 'plover'],
    articleIds: true,
  },
  article: {
    ...META,
    createdAt: true,
    updatedAt: true,
    url: true,
    archivedUrl: true,
    headline: ['value', 'lang'],
    headlineTranslations: ['value', 'lang'],
    lang: true,
    publisher: ['name', 'agencyId'],
    authors: ['name', 'personId'],
    datePublished: true,
    dateModified: true,
    dateline: ['text'],
    body: true,
    section: true,
    topics: true,
    mentions: ['ref'],
    reportsMeetings: true,
    basedOn: true,
    translationOf: true,
  },
});

const text = (t: LocalizedText): { '@value': string; '@language': string } => ({
  '@value': t.value,
  '@language': t.lang,
});
const nameText = (n: Name): { '@value': string; '@language': string } => ({ '@value': n.value, '@language': n.lang });

function one<T>(list: T[]): T | T[] | undefined {
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
}

/**
 * Exports records to one schema.org JSON-LD document (`@context` `https://schema.org`, flat
 * `@graph`, every node with an absolute `@id` = `baseIri` + record id). Persons become
 * `Person`, agencies `GovernmentOrganization` (`Organization` for IGOs and secretariats,
 * `NewsMediaOrganization` for media), forums and working groups `Organization`, meetings
 * `Event` and articles `NewsArticle`; countries acting as parties get a
 * `GovernmentOrganization` stand-in (`urn:tansiq:country.ma`). Qualified relations use
 * schema.org's Role pattern: occupancies as `worksFor`/`memberOf` → `OrganizationRole`,
 * (forum) memberships and co-chairs as `member` → `OrganizationRole` on the organization,
 * participants as `attendee` → `Role`, dated parents as `parentOrganization` →
 * `OrganizationRole`. Text keeps its language (`{ "@value", "@language" }`).
 *
 * @param records - Valid tansiq records.
 * @param options - See {@link JsonLdOptions}.
 * @returns The JSON-LD document.
 * @example
 * ```ts
 * const doc = toJsonLd([{ type: 'person', id: 'person.x', name: 'X Y', sources: [] }], { partial: true });
 * doc['@graph']; // [{ '@id': 'urn:tansiq:person.x', '@type': 'Person', name: 'X Y' }]
 * ```
 * @category Export
 */
export function toJsonLd(records: Iterable<TansiqRecord>, options: JsonLdOptions = {}): JsonLdDocument {
  const base = options.baseIri ?? 'urn:tansiq:';
  const report = options.report;
  const { records: all, byId, has } = collectRecords(records, options);
  const countries = countryIndex();
  const graph: JsonLdNode[] = [];
  const nodes = new Map<string, JsonLdNode>();
  const standIns = new Set<string>();
  const iri = (id: string): string => base + id;
  const ref = (id: string | undefined): { '@id': string } | undefined => (has(id) ? { '@id': iri(id) } : undefined);
  const party = (p: PartyRef | undefined): { '@id': string } | undefined => {
    if (p === undefined) return undefined;
    if (p.kind === 'country') {
      standIns.add(p.country);
      return { '@id': iri(countryStandInId(p.country)) };
    }
    return ref(p.id);
  };
  const country = (code: string): JsonLdNode => ({
    '@type': 'Country',
    name: countryName(countries, code),
    identifier: code,
  });
  const set = (node: JsonLdNode, key: string, value: unknown): void => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
    node[key] = value;
  };
  const append = (node: JsonLdNode, key: string, value: JsonLdNode): void => {
    const prev = node[key];
    node[key] = prev === undefined ? value : Array.isArray(prev) ? [...(prev as unknown[]), value] : [prev, value];
  };
  const dates = (node: JsonLdNode, interval: Interval | undefined): void =>
    setIntervalDates(node, interval, 'startDate', 'endDate');
  const meta = (
    node: JsonLdNode,
    r: {
      sources?: readonly SourceRef[];
      notes?: string | undefined;
      createdAt?: string | undefined;
      updatedAt?: string | undefined;
    },
    describe = true,
  ): void => {
    const subjects: unknown[] = [];
    const seen = new Set<string>();
    for (const s of r.sources ?? []) {
      if (s.articleId !== undefined && has(s.articleId)) {
        if (!seen.has(s.articleId)) subjects.push({ '@id': iri(s.articleId) });
        seen.add(s.articleId);
      } else if (s.url !== undefined && !seen.has(s.url)) {
        seen.add(s.url);
        subjects.push({ '@type': 'CreativeWork', url: s.url });
      }
    }
    set(node, 'subjectOf', one(subjects));
    if (describe) set(node, 'description', r.notes);
    // dateCreated/dateModified belong to CreativeWork: only an article carries them.
    if (node['@type'] === 'NewsArticle') {
      set(node, 'dateCreated', r.createdAt);
      if (node['dateModified'] === undefined) set(node, 'dateModified', r.updatedAt);
    }
  };
  const place = (loc: Location | undefined): JsonLdNode | undefined => {
    if (loc === undefined) return undefined;
    const p: JsonLdNode = { '@type': 'Place' };
    set(p, 'name', loc.venue ?? one((loc.placeName ?? []).map(text)));
    if (loc.venue !== undefined && loc.placeName !== undefined) set(p, 'alternateName', one(loc.placeName.map(text)));
    if (loc.city !== undefined || loc.country !== undefined) {
      const a: JsonLdNode = { '@type': 'PostalAddress' };
      set(a, 'addressLocality', loc.city);
      set(a, 'addressCountry', loc.country);
      p['address'] = a;
    }
    if (loc.lat !== undefined && loc.lon !== undefined)
      p['geo'] = { '@type': 'GeoCoordinates', latitude: loc.lat, longitude: loc.lon };
    return p;
  };
  const names = (node: JsonLdNode, list: readonly Name[], main: string): void => {
    const mainName = list.find((n) => n.value === main);
    node['name'] = mainName === undefined ? main : nameText(mainName);
    set(node, 'alternateName', one(list.filter((n) => n !== mainName).map(nameText)));
  };
  const sameAs = (
    node: JsonLdNode,
    ids: { wikidata?: string | undefined; opensanctions?: string | undefined } | undefined,
  ): void => {
    const links: string[] = [];
    if (ids?.wikidata !== undefined) links.push(`https://www.wikidata.org/wiki/${ids.wikidata}`);
    if (ids?.opensanctions !== undefined) links.push(`https://www.opensanctions.org/entities/${ids.opensanctions}/`);
    set(node, 'sameAs', one(links));
  };
  const add = (node: JsonLdNode): void => {
    graph.push(node);
    nodes.set(node['@id'] as string, node);
  };
  const roleFor = (target: string, property: string, role: JsonLdNode): void => {
    const node = nodes.get(target);
    if (node !== undefined) append(node, property, role);
  };
  const later: (() => void)[] = [];

  for (const r of all) {
    const kept = KEPT[r.type];
    if (kept !== undefined) noteLeftOut(report, r, kept);
    const id = iri(r.id);
    switch (r.type) {
      case 'person': {
        const n: JsonLdNode = { '@id': id, '@type': 'Person' };
        names(n, r.names ?? [], r.name);
        const parts = r.nameParts?.[0];
        set(n, 'givenName', parts?.given);
        set(n, 'familyName', parts?.family);
        set(n, 'additionalName', parts?.patronymic);
        set(n, 'honorificPrefix', one((r.honorifics ?? []).map(text)));
        if (r.gender === 'male') n['gender'] = { '@id': `${SDO}Male` };
        else if (r.gender === 'female') n['gender'] = { '@id': `${SDO}Female` };
        else if (r.gender === 'other') n['gender'] = 'other';
        set(n, 'birthDate', r.birthDate);
        set(n, 'deathDate', r.deathDate);
        set(n, 'nationality', one((r.nationalities ?? []).map(country)));
        sameAs(n, r.externalIds);
        const ids = Object.entries(r.externalIds ?? {})
          .filter(([k]) => k === 'isni' || k === 'viaf')
          .map(([k, v]) => ({ '@type': 'PropertyValue', propertyID: k, value: v }));
        set(n, 'identifier', one(ids));
        set(n, 'url', r.externalIds?.website);
        meta(n, r);
        add(n);
        break;
      }
      case 'agency':
      case 'forum':
      case 'working-group': {
        const type =
          r.type === 'agency'
            ? r.kind === 'igo' || r.kind === 'secretariat'
              ? 'Organization'
              : r.kind === 'media'
                ? 'NewsMediaOrganization'
                : 'GovernmentOrganization'
            : 'Organization';
        const n: JsonLdNode = { '@id': id, '@type': type };
        names(n, r.names, displayName(r.names));
        if (r.type === 'agency' || r.type === 'forum') {
          set(n, 'foundingDate', r.founded);
          set(n, 'dissolutionDate', r.dissolved);
          const hq = r.headquarters;
          if (hq !== undefined) set(n, 'location', place(hq));
        }
        if (r.type === 'agency') {
          if (r.country !== undefined) n['areaServed'] = country(r.country);
          set(n, 'keywords', r.kind);
          const parents: JsonLdNode[] = [];
          (r.parents ?? []).forEach((p, i) => {
            const target = ref(p.agencyId);
            if (target === undefined) return;
            if (p.interval === undefined) parents.push(target);
            else {
              const role: JsonLdNode = {
                '@id': iri(`${r.id}.parents.${i}`),
                '@type': 'OrganizationRole',
                parentOrganization: target,
              };
              dates(role, p.interval);
              parents.push(role);
            }
          });
          set(n, 'parentOrganization', one(parents));
        } else if (r.type === 'forum') {
          set(n, 'parentOrganization', ref(r.parentForumId));
          set(n, 'department', one((r.secretariat ?? []).map((s) => ref(s.agencyId)).filter((x) => x !== undefined)));
          set(n, 'keywords', one([r.kind, ...(r.topics ?? [])]));
        } else {
          set(n, 'parentOrganization', ref(r.forumId));
          set(n, 'keywords', one(['working-group', r.kind, ...(r.topics ?? [])]));
          set(n, 'foundingDate', r.interval?.start);
          set(n, 'dissolutionDate', r.interval?.end);
        }
        set(n, 'url', r.website ?? r.externalIds?.website);
        sameAs(n, r.externalIds);
        meta(n, r);
        add(n);
        break;
      }
      case 'position':
        break;
      case 'occupancy': {
        later.push(() => {
          const position = r.positionId === undefined ? undefined : byId.get(r.positionId);
          const orgId = position?.type === 'position' ? position.organizationId : r.organizationId;
          if (!has(r.personId)) return;
          if (r.positionId !== undefined && !has(r.positionId)) return;
          const org = ref(orgId);
          if (org === undefined) return;
          const property = orgId?.startsWith('forum.') === true ? 'memberOf' : 'worksFor';
          const role: JsonLdNode = { '@id': iri(r.id), '@type': 'OrganizationRole' };
          const labels = position?.type === 'position' ? position.label : (r.titleAsReported ?? []);
          set(role, 'roleName', one<unknown>(labels.length > 0 ? labels.map(text) : uniq([r.role])));
          dates(role, r.interval);
          role[property] = org;
          meta(role, r, false);
          roleFor(iri(r.personId), property, role);
        });
        break;
      }
      case 'membership':
      case 'forum-membership': {
        later.push(() => {
          const orgId = r.type === 'membership' ? r.organizationId : r.forumId;
          const member = party(r.member);
          if (member === undefined || !has(orgId)) return;
          const role: JsonLdNode = { '@id': iri(r.id), '@type': 'OrganizationRole', member };
          set(role, 'roleName', r.type === 'membership' ? r.role : r.status);
          dates(role, r.interval);
          meta(role, r, false);
          roleFor(iri(orgId), 'member', role);
        });
        break;
      }
      case 'co-chair-term': {
        later.push(() => {
          if (!has(r.bodyId)) return;
          r.chairs.forEach((chair, i) => {
            const member = party(chair.party);
            if (member === undefined) return;
            const role: JsonLdNode = {
              '@id': iri(`${r.id}.chairs.${i}`),
              '@type': 'OrganizationRole',
              member,
              roleName: 'co-chair',
            };
            dates(role, r.interval);
            meta(role, r, false);
            roleFor(iri(r.bodyId), 'member', role);
          });
        });
        break;
      }
      case 'meeting': {
        const n: JsonLdNode = { '@id': id, '@type': 'Event' };
        const titles = (r.title ?? []).map(text);
        n['name'] = one(titles) ?? uniq([r.kind.replaceAll('-', ' '), r.location?.city, r.start]).join(', ');
        set(n, 'startDate', r.start);
        set(n, 'endDate', r.end);
        const status = {
          held: 'EventScheduled',
          planned: 'EventScheduled',
          postponed: 'EventPostponed',
          cancelled: 'EventCancelled',
        }[r.status as string];
        if (status !== undefined) n['eventStatus'] = { '@id': SDO + status };
        const mode =
          r.format === undefined
            ? undefined
            : {
                'in-person': 'OfflineEventAttendanceMode',
                virtual: 'OnlineEventAttendanceMode',
                phone: 'OnlineEventAttendanceMode',
                hybrid: 'MixedEventAttendanceMode',
              }[r.format];
        if (mode !== undefined) n['eventAttendanceMode'] = { '@id': SDO + mode };
        const loc = place(r.location);
        if (r.format === 'virtual' || r.format === 'phone')
          n['location'] = loc === undefined ? { '@type': 'VirtualLocation' } : [{ '@type': 'VirtualLocation' }, loc];
        else set(n, 'location', loc);
        set(
          n,
          'organizer',
          ref(r.hostAgencyId) ??
            (r.hostCountry === undefined ? undefined : party({ kind: 'country', country: r.hostCountry })) ??
            ref(r.workingGroupId) ??
            ref(r.forumId),
        );
        const attendees: JsonLdNode[] = [];
        (r.participants ?? []).forEach((p, i) => {
          const who = party(p.ref);
          if (who === undefined) return;
          attendees.push({
            '@id': iri(`${r.id}.participants.${i}`),
            '@type': 'Role',
            roleName: one([...p.roles]),
            attendee: who,
          });
        });
        (r.delegations ?? []).forEach((d, i) => {
          const who = party(d.party);
          if (who === undefined) return;
          attendees.push({
            '@id': iri(`${r.id}.delegations.${i}`),
            '@type': 'Role',
            roleName: 'delegation',
            attendee: who,
          });
        });
        set(n, 'attendee', one(attendees));
        set(n, 'superEvent', ref(r.parentMeetingId));
        const keywords: unknown[] = [...(r.topics ?? []), r.kind];
        for (const c of r.coding?.cameo ?? [])
          keywords.push({ '@type': 'DefinedTerm', termCode: c, inDefinedTermSet: 'CAMEO' });
        for (const e of r.coding?.plover?.event ?? [])
          keywords.push({ '@type': 'DefinedTerm', termCode: e, inDefinedTermSet: 'PLOVER' });
        set(n, 'keywords', one(keywords));
        const subs: JsonLdNode[] = [];
        (r.outcomes ?? []).forEach((o, i) => {
          const s: JsonLdNode = { '@id': iri(`${r.id}.outcomes.${i}`), '@type': 'Event' };
          s['name'] = one((o.title ?? []).map(text)) ?? o.kind.replaceAll('-', ' ');
          set(s, 'startDate', o.date?.value);
          s['keywords'] = o.kind;
          if (o.documentUrl !== undefined) s['recordedIn'] = { '@type': 'CreativeWork', url: o.documentUrl };
          subs.push(s);
        });
        set(n, 'subEvent', one(subs));
        meta(n, { ...r, sources: [...r.sources, ...(r.articleIds ?? []).map((articleId) => ({ articleId }))] });
        add(n);
        break;
      }
      case 'article': {
        const n: JsonLdNode = { '@id': id, '@type': 'NewsArticle', headline: text(r.headline) };
        set(n, 'alternativeHeadline', one((r.headlineTranslations ?? []).map(text)));
        n['inLanguage'] = r.lang;
        n['url'] = r.url;
        set(n, 'archivedAt', r.archivedUrl);
        set(n, 'datePublished', r.datePublished);
        set(n, 'dateModified', r.dateModified);
        set(n, 'author', one((r.authors ?? []).map((a) => ref(a.personId) ?? { '@type': 'Person', name: a.name })));
        if (r.publisher !== undefined)
          n['publisher'] = ref(r.publisher.agencyId) ?? { '@type': 'Organization', name: r.publisher.name };
        set(n, 'dateline', r.dateline?.text);
        set(n, 'articleSection', r.section);
        set(n, 'articleBody', r.body);
        set(n, 'keywords', one([...(r.topics ?? [])]));
        set(n, 'about', one((r.reportsMeetings ?? []).map((m) => ref(m)).filter((x) => x !== undefined)));
        const mentioned = new Map<string, { '@id': string }>();
        for (const m of r.mentions ?? []) {
          const who = party(m.ref);
          if (who !== undefined) mentioned.set(who['@id'], who);
        }
        set(n, 'mentions', one([...mentioned.values()]));
        set(n, 'isBasedOn', one((r.basedOn ?? []).map((b) => ref(b)).filter((x) => x !== undefined)));
        set(n, 'translationOfWork', ref(r.translationOf));
        meta(n, r);
        add(n);
        break;
      }
      default:
        noteUnknownType(report, r);
    }
  }
  for (const code of [...standIns].sort()) {
    add({
      '@id': iri(countryStandInId(code)),
      '@type': 'GovernmentOrganization',
      name: countryName(countries, code),
      areaServed: country(code),
    });
  }
  for (const f of later) f();
  // Stand-ins named only by relations handled above.
  for (const code of [...standIns].sort()) {
    const sid = iri(countryStandInId(code));
    if (!nodes.has(sid))
      add({
        '@id': sid,
        '@type': 'GovernmentOrganization',
        name: countryName(countries, code),
        areaServed: country(code),
      });
  }
  if (report !== undefined) report.written += graph.length;
  return { '@context': 'https://schema.org', '@graph': graph };
}
