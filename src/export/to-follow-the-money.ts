import type {
  Agency,
  Article,
  CoChairTerm,
  Forum,
  ForumMembership,
  Interval,
  Location,
  Membership,
  Name,
  Occupancy,
  PartyRef,
  Person,
  Position,
  SecurityMeeting,
  SourceRef,
  TansiqRecord,
  WorkingGroup,
} from '../schemas/index.js';
import type { ExportReport } from './export-report.js';
import {
  countryIndex,
  countryName,
  countryStandInId,
  displayName,
  pickText,
  primaryLanguage,
  shippedClosure,
  shippedIndex,
  toUtcNoOffset,
  uniq,
} from './_lib/common.js';
import type { KeptFields } from './_lib/left-out.js';
import { noteLeftOut, noteUnknownType } from './_lib/left-out.js';
import { FTM_AGENCY_TOPICS, FTM_LANGUAGES, ftmTopics } from './_lib/vocab.js';

/**
 * One FollowTheMoney entity: `id`, `schema` and `properties`, every property an array of
 * non-empty strings (the JSON Lines form read by `ftm` tools, Aleph and yente).
 *
 * @example
 * ```ts
 * const [entity]: FtmEntity[] = [...toFollowTheMoney([{ type: 'person', id: 'person.x', name: 'X Y', sources: [] }], { partial: true })];
 * entity; // { id: 'person.x', schema: 'Person', properties: { name: ['X Y'] } }
 * ```
 * @category Export
 */
export interface FtmEntity {
  /** Entity id: the record id (with `idPrefix`), or a derived id with more dot segments. */
  id: string;
  /** FtM schema name (`Person`, `PublicBody`, `Event`, …). */
  schema: string;
  /** Property values, each a list of strings. */
  properties: Record<string, string[]>;
}

/**
 * Options of {@link toFollowTheMoney}.
 *
 * @example
 * ```ts
 * const options: FollowTheMoneyOptions = { idPrefix: 'tansiq-', version: 3, partial: true };
 * const [entity] = [
 *   ...toFollowTheMoney(
 *     [{ type: 'agency', id: 'agency.ma-dgsn', kind: 'police', country: 'MA', names: [{ value: 'Direction générale de la sûreté nationale', lang: 'fr', kind: 'official' }, { value: 'DGSN', lang: 'fr', kind: 'acronym' }], sources: [] }],
 *     options,
 *   ),
 * ];
 * [entity?.id, entity?.properties['alias']]; // ['tansiq-agency.ma-dgsn', ['DGSN']] (FtM 3 has no `abbreviation`)
 * ```
 * @category Export
 */
export interface FollowTheMoneyOptions {
  /** Prepended to every entity id and reference (e.g. `tansiq-`), to namespace a dataset in Aleph or yente. */
  idPrefix?: string;
  /**
   * Model line: `4` (default, FtM 4.x as used by OpenSanctions and yente) or `3` (Aleph's 3.8.x:
   * acronyms go to `alias` instead of `abbreviation`, and relations carry `sourceUrl` instead of
   * `proof`).
   */
  version?: 3 | 4;
  /**
   * When `true`, shipped reference records that exported records point at are not added (the
   * file may then reference entities it does not hold). Default `false`.
   */
  partial?: boolean;
  /** The reference records to complete the export from (default: the shipped data). */
  referenceData?: readonly TansiqRecord[];
  /** Ids known to be absent (e.g. invalid records left out): references to them are dropped. */
  missingIds?: Iterable<string>;
  /** Filled with counts and the fields left out. */
  report?: ExportReport;
}

const SRC = ['url', 'articleId', 'publisher', 'title', 'publishedAt', 'retrievedAt'] as const;
const META = { sources: SRC, notes: true, createdAt: true, updatedAt: true } as const;
const NAMES = ['value', 'kind', 'preferred'] as const;
const KEPT: Readonly<Record<string, KeptFields>> = /* @__PURE__ */ Object.freeze({
  person: {
    ...META,
    name: true,
    names: NAMES,
    nameParts: ['given', 'family', 'patronymic', 'lang'],
    honorifics: ['value'],
    gender: true,
    birthDate: true,
    deathDate: true,
    nationalities: true,
    externalIds: ['wikidata', 'website'],
  },
  agency: {
    ...META,
    names: NAMES,
    kind: true,
    country: true,
    parents: true,
    founded: true,
    dissolved: true,
    predecessors: true,
    successors: true,
    headquarters: ['city', 'country', 'venue', 'placeName'],
    website: true,
    externalIds: ['wikidata', 'website'],
  },
  position: {
    ...META,
    organizationId: true,
    label: ['value'],
    role: true,
    country: true,
    interval: ['start', 'end'],
    externalIds: ['wikidataPosition', 'wikidata'],
  },
  occupancy: {
    ...META,
    personId: true,
    positionId: true,
    organizationId: true,
    role: true,
    interval: true,
    titleAsReported: ['value'],
  },
  membership: { ...META, member: true, organizationId: true, role: true, onBehalfOf: true, interval: true },
  forum: {
    ...META,
    names: NAMES,
    kind: true,
    parentForumId: true,
    founded: true,
    dissolved: true,
    headquarters: ['city', 'country', 'venue', 'placeName'],
    secretariat: true,
    topics: true,
    website: true,
    externalIds: ['wikidata', 'website'],
  },
  'forum-membership': { ...META, forumId: true, member: true, status: true, interval: true, representedBy: true },
  'co-chair-term': { ...META, bodyId: true, chairs: true, interval: true, ordinal: true },
  'working-group': {
    ...META,
    forumId: true,
    names: NAMES,
    kind: true,
    topics: true,
    interval: ['start', 'end'],
    website: true,
    externalIds: ['wikidata', 'website'],
  },
  meeting: {
    ...META,
    title: ['value'],
    kind: true,
    format: true,
    status: true,
    start: true,
    end: true,
    location: ['city', 'country', 'venue', 'placeName'],
    hostCountry: true,
    hostAgencyId: true,
    forumId: true,
    workingGroupId: true,
    parentMeetingId: true,
    delegations: ['id', 'party', 'label', 'headPersonId', 'memberPersonIds', 'onBehalfOf'],
    participants: ['ref', 'delegationId', 'roles', 'titleAsReported', 'positionId'],
    topics: true,
    outcomes: ['kind', 'title', 'date', 'parties', 'topics', 'documentUrl'],
    coding: ['cameo', 'plover'],
    articleIds: true,
  },
  article: {
    ...META,
    url: true,
    headline: ['value', 'lang'],
    headlineTranslations: ['value', 'lang'],
    lang: true,
    publisher: ['name'],
    authors: ['name'],
    sourceKind: true,
    datePublished: true,
    dateModified: true,
    retrievedAt: true,
    body: true,
    section: true,
    topics: true,
    mentions: ['text', 'ref'],
    reportsMeetings: true,
    basedOn: true,
    translationOf: true,
  },
});

type Props = Record<string, string[]>;

function put(props: Props, key: string, ...values: (string | undefined | null)[]): void {
  for (const v of values) {
    if (v === undefined || v === null || v === '') continue;
    const list = props[key];
    if (list === undefined) props[key] = [v];
    else if (!list.includes(v)) list.push(v);
  }
}

function locationText(location: Location | undefined, countryLabel: (code: string) => string): string | undefined {
  if (location === undefined) return undefined;
  const parts = uniq([
    location.venue,
    pickText(location.placeName),
    location.city,
    location.country === undefined ? undefined : countryLabel(location.country),
  ]);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** Run state of one FtM export. */
class FtmRun {
  readonly prefix: string;
  readonly v3: boolean;
  readonly shipped: Map<string, TansiqRecord>;
  readonly countries = countryIndex();
  readonly standIns = new Set<string>();
  readonly wantedShipped = new Set<string>();
  readonly emittedShipped = new Set<string>();
  readonly articleUrls = new Map<string, string>();
  readonly missing: Set<string>;
  present: Set<string> | undefined;
  readonly report: ExportReport | undefined;

  constructor(options: FollowTheMoneyOptions) {
    this.prefix = options.idPrefix ?? '';
    this.v3 = options.version === 3;
    this.shipped = shippedIndex(options.referenceData);
    this.missing = new Set(options.missingIds ?? []);
    this.report = options.report;
    for (const r of this.shipped.values()) if (r.type === 'article') this.articleUrls.set(r.id, r.url);
  }

  /** A reference to a record: prefixed id, or undefined when the record cannot be in the file. */
  ref(id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    if (this.missing.has(id) || (this.present !== undefined && !this.present.has(id) && !this.shipped.has(id))) {
      if (this.report !== undefined) this.report.droppedReferences++;
      return undefined;
    }
    if (this.shipped.has(id) && !this.emittedShipped.has(id)) this.wantedShipped.add(id);
    return this.prefix + id;
  }

  party(p: PartyRef | undefined): string | undefined {
    if (p === undefined) return undefined;
    if (p.kind === 'country') {
      this.standIns.add(p.country);
      return this.prefix + countryStandInId(p.country);
    }
    return this.ref(p.id);
  }

  id(raw: string): string {
    return this.prefix + raw;
  }

  countryLabel = (code: string): string => countryName(this.countries, code);

  meta(
    props: Props,
    record: { sources?: readonly SourceRef[]; createdAt?: string | undefined; updatedAt?: string | undefined },
    interval: boolean,
  ): void {
    for (const s of record.sources ?? []) {
      put(props, 'sourceUrl', s.url);
      put(props, 'publisher', s.publisher);
      if (s.retrievedAt !== undefined) put(props, 'retrievedAt', toUtcNoOffset(s.retrievedAt));
      if (s.articleId !== undefined) {
        if (interval && this.v3) put(props, 'sourceUrl', this.articleUrls.get(s.articleId));
        else put(props, 'proof', this.ref(s.articleId));
      }
    }
    if (record.updatedAt !== undefined) put(props, 'modifiedAt', toUtcNoOffset(record.updatedAt));
    if (!interval && record.createdAt !== undefined) put(props, 'createdAt', toUtcNoOffset(record.createdAt));
  }

  names(props: Props, names: readonly Name[], main: string): void {
    put(props, 'name', main);
    for (const n of names) {
      if (n.value === main) continue;
      if (n.kind === 'former') put(props, 'previousName', n.value);
      else if (n.kind === 'short') put(props, 'weakAlias', n.value);
      else if (n.kind === 'acronym') put(props, this.v3 ? 'alias' : 'abbreviation', n.value);
      else put(props, 'alias', n.value);
    }
  }

  dates(props: Props, interval: Interval | undefined): void {
    if (interval === undefined) return;
    put(props, 'startDate', interval.start);
    put(props, 'endDate', interval.end);
    if (interval.status !== undefined && interval.status !== 'unknown') put(props, 'status', interval.status);
  }

  /**
   * A link entity derived from record `recordId` (id `<recordId>.<path>`): its ends and role as
   * given, then `recordId`, then the dates of `interval`.
   */
  link(out: FtmEntity[], recordId: string, path: string, schema: string, ends: Props, interval?: Interval): void {
    // `ends` is the caller's fresh object, filled in place: a copy here (and a closure per
    // relation record) cost about a quarter of the exporter's speed in `npm run bench -- export`.
    ends['recordId'] = [recordId];
    this.dates(ends, interval);
    out.push(entity(this.id(`${recordId}.${path}`), schema, ends));
  }

  /**
   * Completes the entity of a relation record (occupancy, membership, co-chair seat) whose ends,
   * role, dates and own details (a description, a status) the caller has put in `props`: adds
   * the notes, the record id and the sources, and pushes it.
   */
  relation(out: FtmEntity[], id: string, schema: string, props: Props, r: RelationRecord): void {
    put(props, 'summary', r.notes);
    put(props, 'recordId', r.id);
    this.meta(props, r, true);
    out.push(entity(this.id(id), schema, props));
  }
}

/** What {@link FtmRun.relation} reads of a relation record. */
interface RelationRecord {
  id: string;
  interval?: Interval | undefined;
  notes?: string | undefined;
  sources?: readonly SourceRef[];
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
}

function entity(id: string, schema: string, properties: Props): FtmEntity {
  return { id, schema, properties };
}

function convertPerson(run: FtmRun, r: Person, out: FtmEntity[]): void {
  const p: Props = {};
  run.names(p, r.names ?? [], r.name);
  const parts = r.nameParts?.[0];
  if (parts !== undefined) {
    put(p, 'firstName', parts.given);
    put(p, 'lastName', parts.family);
    put(p, 'fatherName', parts.patronymic);
  }
  for (const h of r.honorifics ?? []) put(p, 'title', h.value);
  if (r.gender !== undefined && r.gender !== 'unknown') put(p, 'gender', r.gender);
  put(p, 'birthDate', r.birthDate);
  put(p, 'deathDate', r.deathDate);
  for (const c of r.nationalities ?? []) put(p, 'nationality', c.toLowerCase());
  put(p, 'wikidataId', r.externalIds?.wikidata);
  put(p, 'website', r.externalIds?.website);
  put(p, 'notes', r.notes);
  run.meta(p, r, false);
  out.push(entity(run.id(r.id), 'Person', p));
}

function convertAgency(run: FtmRun, r: Agency, out: FtmEntity[]): void {
  const p: Props = {};
  run.names(p, r.names, displayName(r.names));
  if (r.country !== undefined) {
    put(p, 'jurisdiction', r.country.toLowerCase());
    put(p, 'country', r.country.toLowerCase());
  }
  put(p, 'classification', r.kind);
  for (const t of FTM_AGENCY_TOPICS[r.kind] ?? []) put(p, 'topics', t);
  put(p, 'incorporationDate', r.founded);
  put(p, 'dissolutionDate', r.dissolved);
  put(p, 'website', r.website ?? r.externalIds?.website);
  put(p, 'wikidataId', r.externalIds?.wikidata);
  put(p, 'address', locationText(r.headquarters, run.countryLabel));
  put(p, 'notes', r.notes);
  run.meta(p, r, false);
  const schema = r.kind === 'igo' || r.kind === 'secretariat' || r.kind === 'media' ? 'Organization' : 'PublicBody';
  out.push(entity(run.id(r.id), schema, p));
  (r.parents ?? []).forEach((parent, i) => {
    const object = run.ref(parent.agencyId);
    if (object === undefined) return;
    // The dates come before the record id here (the order of the first exports, kept).
    const ends: Props = { subject: [run.id(r.id)], object: [object], role: ['parent body'] };
    run.dates(ends, parent.interval);
    run.link(out, r.id, `parents.${i}`, 'UnknownLink', ends);
  });
  (r.predecessors ?? []).forEach((pred, i) => {
    const predecessor = run.ref(pred);
    if (predecessor !== undefined)
      run.link(out, r.id, `predecessors.${i}`, 'Succession', { predecessor: [predecessor], successor: [run.id(r.id)] });
  });
  (r.successors ?? []).forEach((succ, i) => {
    const successor = run.ref(succ);
    if (successor !== undefined)
      run.link(out, r.id, `successors.${i}`, 'Succession', { predecessor: [run.id(r.id)], successor: [successor] });
  });
}

function convertPosition(run: FtmRun, r: Position, out: FtmEntity[]): void {
  const p: Props = {};
  for (const l of r.label) put(p, 'name', l.value);
  put(p, 'organization', run.ref(r.organizationId));
  put(p, 'country', r.country?.toLowerCase());
  put(p, 'inceptionDate', r.interval?.start);
  put(p, 'dissolutionDate', r.interval?.end);
  put(p, 'wikidataId', r.externalIds?.wikidataPosition ?? r.externalIds?.wikidata);
  put(p, 'keywords', r.role);
  put(p, 'notes', r.notes);
  run.meta(p, r, false);
  out.push(entity(run.id(r.id), 'Position', p));
}

function convertOccupancy(run: FtmRun, r: Occupancy, out: FtmEntity[]): void {
  const holder = run.ref(r.personId);
  let post = run.ref(r.positionId);
  if (post === undefined) {
    const postId = `${r.id}.post`;
    const pp: Props = {};
    put(pp, 'name', pickText(r.titleAsReported) ?? r.role ?? 'position');
    put(pp, 'organization', run.ref(r.organizationId));
    put(pp, 'keywords', r.role);
    run.meta(pp, r, false);
    out.push(entity(run.id(postId), 'Position', pp));
    post = run.id(postId);
  }
  if (holder === undefined) return;
  const p: Props = { holder: [holder], post: [post] };
  run.dates(p, r.interval);
  for (const t of r.titleAsReported ?? []) put(p, 'description', t.value);
  run.relation(out, r.id, 'Occupancy', p, r);
}

function convertMembership(run: FtmRun, r: Membership, out: FtmEntity[]): void {
  const member = run.party(r.member);
  const organization = run.ref(r.organizationId);
  if (member === undefined || organization === undefined) return;
  const p: Props = { member: [member], organization: [organization] };
  put(p, 'role', r.role);
  run.dates(p, r.interval);
  run.relation(out, r.id, 'Membership', p, r);
  const client = run.party(r.onBehalfOf);
  if (client !== undefined && client !== member)
    run.link(
      out,
      r.id,
      'onBehalfOf',
      'Representation',
      { agent: [member], client: [client], role: ['on behalf of'] },
      r.interval,
    );
}

/** The `Organization` entity of a forum or a working group (an intergovernmental body). */
function igoBody(
  run: FtmRun,
  r: Forum | WorkingGroup,
  classification: readonly string[],
  founded: string | undefined,
  dissolved: string | undefined,
  address: string | undefined,
): FtmEntity {
  const p: Props = {};
  run.names(p, r.names, displayName(r.names));
  put(p, 'classification', ...classification);
  put(p, 'topics', 'gov.igo', ...ftmTopics(r.topics));
  put(p, 'incorporationDate', founded);
  put(p, 'dissolutionDate', dissolved);
  put(p, 'address', address);
  put(p, 'website', r.website ?? r.externalIds?.website);
  put(p, 'wikidataId', r.externalIds?.wikidata);
  put(p, 'notes', r.notes);
  run.meta(p, r, false);
  return entity(run.id(r.id), 'Organization', p);
}

function convertForum(run: FtmRun, r: Forum, out: FtmEntity[]): void {
  out.push(igoBody(run, r, [r.kind], r.founded, r.dissolved, locationText(r.headquarters, run.countryLabel)));
  const parent = run.ref(r.parentForumId);
  if (parent !== undefined)
    run.link(out, r.id, 'parentForumId', 'UnknownLink', {
      subject: [run.id(r.id)],
      object: [parent],
      role: ['part of'],
    });
  (r.secretariat ?? []).forEach((s, i) => {
    const agency = run.ref(s.agencyId);
    if (agency !== undefined)
      run.link(
        out,
        r.id,
        `secretariat.${i}`,
        'UnknownLink',
        { subject: [agency], object: [run.id(r.id)], role: ['secretariat'] },
        s.interval,
      );
  });
}

function convertWorkingGroup(run: FtmRun, r: WorkingGroup, out: FtmEntity[]): void {
  out.push(igoBody(run, r, ['working-group', r.kind], r.interval?.start, r.interval?.end, undefined));
  const forum = run.ref(r.forumId);
  if (forum !== undefined)
    run.link(out, r.id, 'forumId', 'UnknownLink', {
      subject: [run.id(r.id)],
      object: [forum],
      role: ['working group of'],
    });
}

function convertForumMembership(run: FtmRun, r: ForumMembership, out: FtmEntity[]): void {
  const member = run.party(r.member);
  const forum = run.ref(r.forumId);
  if (member === undefined || forum === undefined) return;
  const p: Props = { member: [member], organization: [forum], role: [r.status] };
  run.dates(p, r.interval);
  if (p['status'] === undefined && r.status === 'withdrawn') put(p, 'status', 'ended');
  run.relation(out, r.id, 'Membership', p, r);
  const agency = run.ref(r.representedBy);
  if (agency !== undefined && agency !== member)
    run.link(
      out,
      r.id,
      'representedBy',
      'Representation',
      { agent: [agency], client: [member], role: ['represents in forum'] },
      r.interval,
    );
}

function convertCoChairTerm(run: FtmRun, r: CoChairTerm, out: FtmEntity[]): void {
  const body = run.ref(r.bodyId);
  if (body === undefined) return;
  r.chairs.forEach((chair, i) => {
    const director = run.party(chair.party);
    if (director === undefined) return;
    const p: Props = { director: [director], organization: [body], role: ['co-chair'] };
    run.dates(p, r.interval);
    if (r.ordinal !== undefined) put(p, 'description', `term ${r.ordinal}`);
    run.relation(out, `${r.id}.chairs.${i}`, 'Directorship', p, r);
    const person = run.ref(chair.representativePersonId);
    if (person !== undefined)
      run.link(
        out,
        r.id,
        `chairs.${i}.representative`,
        'Representation',
        { agent: [person], client: [director], role: ['co-chair representative'] },
        r.interval,
      );
  });
}

function meetingName(run: FtmRun, r: SecurityMeeting): string {
  const place =
    r.location?.city ??
    pickText(r.location?.placeName) ??
    (r.location?.country === undefined ? undefined : run.countryLabel(r.location.country));
  return uniq([r.kind.replaceAll('-', ' '), place, r.start]).join(', ');
}

function convertMeeting(run: FtmRun, r: SecurityMeeting, out: FtmEntity[]): void {
  const id = run.id(r.id);
  const p: Props = {};
  for (const t of r.title ?? []) put(p, 'name', t.value);
  if (p['name'] === undefined) put(p, 'name', meetingName(run, r));
  if (r.start !== undefined) put(p, 'startDate', toUtcNoOffset(r.start));
  if (r.end !== undefined) put(p, 'endDate', toUtcNoOffset(r.end));
  put(p, 'location', locationText(r.location, run.countryLabel));
  put(p, 'country', r.location?.country?.toLowerCase(), r.hostCountry?.toLowerCase());
  const organizer =
    run.ref(r.hostAgencyId) ??
    (r.hostCountry === undefined ? undefined : run.party({ kind: 'country', country: r.hostCountry })) ??
    run.ref(r.workingGroupId) ??
    run.ref(r.forumId);
  put(p, 'organizer', organizer);
  for (const d of r.delegations ?? []) {
    put(p, 'involved', run.party(d.party));
    for (const m of d.memberPersonIds ?? []) put(p, 'involved', run.ref(m));
    put(p, 'involved', run.ref(d.headPersonId));
  }
  for (const part of r.participants ?? []) put(p, 'involved', run.party(part.ref));
  put(p, 'topics', ...ftmTopics(r.topics));
  put(p, 'keywords', r.kind, r.format, r.status);
  for (const c of r.coding?.cameo ?? []) put(p, 'keywords', `cameo:${c}`);
  for (const e of r.coding?.plover?.event ?? []) put(p, 'keywords', `plover:${e}`);
  put(p, 'summary', r.notes);
  put(p, 'recordId', r.id);
  for (const a of r.articleIds ?? []) put(p, 'proof', run.ref(a));
  run.meta(p, r, false);
  out.push(entity(id, 'Event', p));

  (r.participants ?? []).forEach((part, i) => {
    const subject = run.party(part.ref);
    if (subject === undefined) return;
    const ends: Props = { subject: [subject], object: [id], role: [...part.roles] };
    for (const t of part.titleAsReported ?? []) put(ends, 'description', t.value);
    const delegation = r.delegations?.find((d) => d.id === part.delegationId);
    if (delegation !== undefined) put(ends, 'description', pickText(delegation.label) ?? `delegation ${delegation.id}`);
    run.link(out, r.id, `participants.${i}`, 'UnknownLink', ends);
  });
  (r.delegations ?? []).forEach((d, i) => {
    const agent = run.party(d.party);
    const client = run.party(d.onBehalfOf);
    if (agent === undefined || client === undefined || agent === client) return;
    run.link(out, r.id, `delegations.${i}.onBehalfOf`, 'Representation', {
      agent: [agent],
      client: [client],
      role: ['delegation on behalf of'],
    });
  });
  (r.outcomes ?? []).forEach((o, i) => {
    const oid = `${r.id}.outcomes.${i}`;
    const op: Props = {};
    for (const t of o.title ?? []) put(op, 'name', t.value);
    if (op['name'] === undefined) put(op, 'name', `${o.kind.replaceAll('-', ' ')} (${meetingName(run, r)})`);
    if (o.date !== undefined) put(op, 'date', toUtcNoOffset(o.date.value));
    for (const party of o.parties ?? []) put(op, 'involved', run.party(party));
    put(op, 'keywords', o.kind);
    put(op, 'topics', ...ftmTopics(o.topics));
    put(op, 'sourceUrl', o.documentUrl);
    put(op, 'recordId', r.id);
    out.push(entity(run.id(oid), 'Event', op));
    run.link(out, r.id, `outcomes.${i}.link`, 'UnknownLink', {
      subject: [run.id(oid)],
      object: [id],
      role: ['outcome'],
    });
  });
  const parent = run.ref(r.parentMeetingId);
  if (parent !== undefined)
    run.link(out, r.id, 'parentMeetingId', 'UnknownLink', { subject: [id], object: [parent], role: ['part of'] });
}

function convertArticle(run: FtmRun, r: Article, out: FtmEntity[]): void {
  const id = run.id(r.id);
  const p: Props = {};
  put(p, 'title', r.headline.value);
  put(p, 'name', r.headline.value);
  for (const t of r.headlineTranslations ?? []) put(p, 'translatedText', t.value);
  put(p, 'language', FTM_LANGUAGES[primaryLanguage(r.lang)]);
  for (const t of r.headlineTranslations ?? []) put(p, 'translatedLanguage', FTM_LANGUAGES[primaryLanguage(t.lang)]);
  put(p, 'sourceUrl', r.url);
  if (r.datePublished !== undefined) put(p, 'publishedAt', toUtcNoOffset(r.datePublished));
  if (r.dateModified !== undefined) put(p, 'modifiedAt', toUtcNoOffset(r.dateModified));
  if (r.retrievedAt !== undefined) put(p, 'retrievedAt', toUtcNoOffset(r.retrievedAt));
  for (const a of r.authors ?? []) put(p, 'author', a.name);
  put(p, 'publisher', r.publisher?.name);
  put(p, 'bodyText', r.body);
  put(p, 'topics', ...ftmTopics(r.topics));
  put(p, 'keywords', r.section, r.sourceKind);
  for (const m of r.mentions ?? []) if (m.ref === undefined) put(p, 'namesMentioned', m.text);
  put(p, 'notes', r.notes);
  run.meta(p, r, false);
  out.push(entity(id, 'Article', p));
  (r.mentions ?? []).forEach((m, i) => {
    const resolved = run.party(m.ref);
    if (resolved === undefined) return;
    const mp: Props = { document: [id], name: [m.text], resolved: [resolved] };
    put(
      mp,
      'detectedSchema',
      m.ref?.kind === 'person' ? 'Person' : m.ref?.kind === 'country' ? 'PublicBody' : 'Organization',
    );
    out.push(entity(run.id(`${r.id}.mentions.${i}`), 'Mention', mp));
  });
  (r.reportsMeetings ?? []).forEach((m, i) => {
    const event = run.ref(m);
    if (event === undefined) return;
    run.link(out, r.id, `reportsMeetings.${i}`, 'Documentation', {
      document: [id],
      entity: [event],
      role: ['reports'],
    });
  });
  (r.basedOn ?? []).forEach((b, i) => {
    const object = run.ref(b);
    if (object === undefined) return;
    run.link(out, r.id, `basedOn.${i}`, 'UnknownLink', { subject: [id], object: [object], role: ['based on'] });
  });
  const original = run.ref(r.translationOf);
  if (original !== undefined)
    run.link(out, r.id, 'translationOf', 'UnknownLink', {
      subject: [id],
      object: [original],
      role: ['translation of'],
    });
}

function convert(run: FtmRun, record: TansiqRecord, out: FtmEntity[]): void {
  const kept = KEPT[record.type];
  if (kept !== undefined) noteLeftOut(run.report, record, kept);
  switch (record.type) {
    case 'person':
      return convertPerson(run, record, out);
    case 'agency':
      return convertAgency(run, record, out);
    case 'position':
      return convertPosition(run, record, out);
    case 'occupancy':
      return convertOccupancy(run, record, out);
    case 'membership':
      return convertMembership(run, record, out);
    case 'forum':
      return convertForum(run, record, out);
    case 'working-group':
      return convertWorkingGroup(run, record, out);
    case 'forum-membership':
      return convertForumMembership(run, record, out);
    case 'co-chair-term':
      return convertCoChairTerm(run, record, out);
    case 'meeting':
      return convertMeeting(run, record, out);
    case 'article':
      return convertArticle(run, record, out);
    default:
      noteUnknownType(run.report, record);
  }
}

function standIn(run: FtmRun, code: string): FtmEntity {
  const lower = code.toLowerCase();
  const isEu = code === 'EU';
  return entity(run.id(countryStandInId(code)), 'PublicBody', {
    name: [run.countryLabel(code)],
    country: [lower],
    jurisdiction: [lower],
    topics: [isEu ? 'gov.igo' : 'gov.national'],
    classification: [isEu ? 'union' : 'state'],
    description: [
      `Stand-in for the ${isEu ? 'European Union' : 'state'} as a party (created by the tansiq exporter; tansiq records name the ${isEu ? 'union' : 'country'}, not an organization).`,
    ],
  });
}

/**
 * A push-style exporter for sources that arrive asynchronously (a file being read, a network
 * stream): `write` converts one record and returns its output at once; `end` returns what
 * comes after the input (added reference records, stand-ins). Memory stays flat.
 *
 * @example
 * ```ts
 * const stream = createFollowTheMoneyStream({ partial: true });
 * stream.write({ type: 'person', id: 'person.x', name: 'X Y', sources: [] }).length; // 1
 * stream.end().length; // 0
 * ```
 * @category Export
 */
export interface ExportStream<T> {
  /** Converts one record; returns the objects to write now. */
  write(record: TansiqRecord): T[];
  /** Finishes the run; returns the objects that complete the output. Call once. */
  end(): T[];
}

function ftmStream(options: FollowTheMoneyOptions, present: Set<string> | undefined): ExportStream<FtmEntity> {
  const run = new FtmRun(options);
  run.present = present;
  const report = options.report;
  const emit = (record: TansiqRecord, out: FtmEntity[]): void => {
    if (run.shipped.has(record.id)) {
      if (run.emittedShipped.has(record.id)) return;
      run.emittedShipped.add(record.id);
      run.wantedShipped.delete(record.id);
    }
    if (record.type === 'article') run.articleUrls.set(record.id, record.url);
    const before = out.length;
    convert(run, record, out);
    if (report !== undefined) report.written += out.length - before;
  };
  return {
    write(record) {
      if (report !== undefined) report.records++;
      const out: FtmEntity[] = [];
      emit(record, out);
      return out;
    },
    end() {
      const out: FtmEntity[] = [];
      if (options.partial !== true) {
        while (run.wantedShipped.size > 0) {
          const batch = shippedClosure(run.wantedShipped, run.shipped, (id) => run.emittedShipped.has(id));
          run.wantedShipped.clear();
          for (const record of batch) {
            if (report !== undefined) report.referenceRecords++;
            emit(record, out);
          }
        }
      }
      for (const code of [...run.standIns].sort()) {
        if (report !== undefined) report.written++;
        out.push(standIn(run, code));
      }
      return out;
    },
  };
}

/**
 * The push-style form of {@link toFollowTheMoney}, for asynchronous sources.
 *
 * @param options - See {@link FollowTheMoneyOptions}.
 * @returns An {@link ExportStream} of FtM entities.
 * @example
 * ```ts
 * const stream = createFollowTheMoneyStream({ partial: true });
 * stream.write({ type: 'membership', id: 'membership.ma-igo', member: { kind: 'country', country: 'MA' }, organizationId: 'agency.interpol', sources: [{ url: 'https://example.org/' }] })[0]?.schema; // 'Membership'
 * stream.end()[0]?.id; // 'country.ma'
 * ```
 * @category Export
 */
export function createFollowTheMoneyStream(options: FollowTheMoneyOptions = {}): ExportStream<FtmEntity> {
  return ftmStream(options, undefined);
}

/**
 * Exports records to FollowTheMoney entities, lazily: one record at a time goes in, its entities
 * come out, so a file of any size streams in flat memory. Countries acting as parties become
 * one `PublicBody` stand-in each (`country.ma`); relations (co-chair terms, participants,
 * parents, secretariats) become `Directorship`, `UnknownLink`, `Representation` and
 * `Succession` entities with derived ids (`<record id>.<field>.<index>`), which never collide
 * with record ids. After the input, the shipped reference records that exported records point
 * at (and the country stand-ins) are emitted, so the file stands on its own (unless
 * `partial`). Values follow FtM's stored forms: lower-case countries, ISO 639-3 languages,
 * model topics, UTC date-times without offset. What FtM cannot hold is counted in
 * `options.report`.
 *
 * @param records - Valid tansiq records (an array, or any iterable streamed once).
 * @param options - See {@link FollowTheMoneyOptions}.
 * @returns A generator of FtM entities; write each as one JSON line.
 * @example
 * ```ts
 * const [body] = [...toFollowTheMoney([{ type: 'membership', id: 'membership.ma-igo', member: { kind: 'country', country: 'MA' }, organizationId: 'agency.interpol', sources: [{ url: 'https://example.org/' }] }], { partial: true })];
 * body; // { id: 'membership.ma-igo', schema: 'Membership', properties: { member: ['country.ma'], organization: ['agency.interpol'], recordId: ['membership.ma-igo'], sourceUrl: ['https://example.org/'] } }
 * ```
 * @category Export
 */
export function* toFollowTheMoney(
  records: Iterable<TansiqRecord>,
  options: FollowTheMoneyOptions = {},
): Generator<FtmEntity, void, undefined> {
  const present = Array.isArray(records) ? new Set((records as readonly TansiqRecord[]).map((r) => r.id)) : undefined;
  const stream = ftmStream(options, present);
  for (const record of records) yield* stream.write(record);
  yield* stream.end();
}
