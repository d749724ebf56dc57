import type {
  Agency,
  Article,
  Forum,
  PartyRef,
  Person,
  Position,
  SecurityMeeting,
  SourceRef,
  TansiqRecord,
  WorkingGroup,
} from '../schemas/index.js';
import type { ExportReport } from './export-report.js';
import type { ExportStream } from './to-follow-the-money.js';
import {
  countryIndex,
  countryName,
  displayName,
  pickText,
  primaryLanguage,
  shippedIndex,
  splitDateTime,
} from './_lib/common.js';
import type { KeptFields } from './_lib/left-out.js';
import { noteLeftOut } from './_lib/left-out.js';
import { PLOVER_SECTORS, ploverContexts } from './_lib/vocab.js';

/**
 * A PLOVER entity object (actor or recipient).
 *
 * @example
 * ```ts
 * const [event] = [...toPlover([{ type: 'meeting', id: 'meeting.2024-03-05-ma-es', kind: 'bilateral-talks', status: 'held', start: '2024-03-05', delegations: [{ id: 'ma', party: { kind: 'country', country: 'MA' } }, { id: 'es', party: { kind: 'country', country: 'ES' } }], sources: [{ url: 'https://example.org/a' }] }])];
 * const actors: PloverEntity[] = event?.actor ?? [];
 * actors[0]; // { code: 'MAR', sector: 'GOV', entity_text: 'Morocco' }
 * ```
 * @category Export
 */
export interface PloverEntity {
  /** ISO 3166-1 alpha-3 code, `KOS`, or a non-state code (`IGO`, `EUR`, …). */
  code: string;
  /** Sector code (`GOV`, `COP`, `SPY`, …). */
  sector?: string;
  /** The name as reported or known. */
  entity_text?: string;
  /** Wikidata id when known. */
  identifier_id?: string;
  /** English name for `identifier_id`. */
  identifier_text?: string;
  /** Office held (position label). */
  office?: string;
}

/**
 * One PLOVER 2.0 event record (the manual's "Data Fields"; extra fields start with `tansiq_`).
 *
 * @example
 * ```ts
 * const [event]: PloverEvent[] = [...toPlover([{ type: 'meeting', id: 'meeting.2024-03-05-ma-es', kind: 'bilateral-talks', status: 'held', start: '2024-03-05', delegations: [{ id: 'ma', party: { kind: 'country', country: 'MA' } }, { id: 'es', party: { kind: 'country', country: 'ES' } }], sources: [{ url: 'https://example.org/a' }] }])];
 * [event?.date, event?.event, event?.quad_code]; // ['2024-03-05', ['CONSULT'], 1]
 * ```
 * @category Export
 */
export interface PloverEvent {
  /** Unique id: the meeting id, or `<meeting id>.outcomes.<i>`. */
  id: string;
  /** Day of the event, `YYYY-MM-DD`. */
  date: string;
  /** Time with offset when known (`11:00+02:00`). */
  time?: string;
  /** Last day, when the event spans days. */
  enddate?: string;
  /** End time. */
  endtime?: string;
  /** Who acts. */
  actor: PloverEntity[];
  /** Who the event is directed at. */
  recipient?: PloverEntity[];
  /** Event categories. */
  event: string[];
  /** 1 verbal cooperation … 4 material conflict. */
  quad_code?: number;
  /** Modes of the event categories. */
  mode?: string[];
  /** Contexts. */
  context?: string[];
  /** Where it happened. */
  event_loc?: Record<string, string | number>;
  /** Quotes supporting the coding. */
  event_text?: string[];
  /** Groups related records (an outcome points at its meeting). */
  link?: string;
  /** The source text. */
  cite_info?: Record<string, string>;
  /** Position of the supporting text in the source. */
  text_info?: {
    /** First character of the supporting text in the source. */
    start: number;
    /** End (exclusive) of the supporting text. */
    end: number;
  };
  /** Coder. */
  coder?: string;
}

/**
 * Options of {@link toPlover}.
 *
 * @example
 * ```ts
 * const options: PloverOptions = { coder: 'my-pipeline' };
 * [...toPlover([{ type: 'meeting', id: 'meeting.2024-03-05-ma-es', kind: 'bilateral-talks', status: 'held', start: '2024-03-05', delegations: [{ id: 'ma', party: { kind: 'country', country: 'MA' } }, { id: 'es', party: { kind: 'country', country: 'ES' } }], sources: [{ url: 'https://example.org/a' }] }], options)][0]?.coder; // 'my-pipeline'
 * ```
 * @category Export
 */
export interface PloverOptions {
  /** Value of `coder` (default `tansiq`). */
  coder?: string;
  /** The reference records used to resolve actors (default: the shipped data). */
  referenceData?: readonly TansiqRecord[];
  /** Filled with counts, skipped meetings and the fields left out. */
  report?: ExportReport;
}

const QUAD: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
});
const NEEDS_RECIPIENT = new Set(['COOPERATE', 'AID', 'SANCTION']);
const CONSULT_KINDS = new Set([
  'bilateral-visit',
  'delegation-visit',
  'bilateral-talks',
  'joint-commission',
  'working-session',
  'expert-meeting',
  'other',
]);
const MULTILATERAL_KINDS = new Set(['plenary', 'coordinating-committee', 'ministerial', 'side-event']);
const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

const KEPT: KeptFields = {
  title: true,
  kind: true,
  format: true,
  status: true,
  start: true,
  end: true,
  location: ['city', 'country', 'venue', 'placeName', 'geonamesId', 'lat', 'lon'],
  hostCountry: true,
  hostAgencyId: true,
  forumId: true,
  workingGroupId: true,
  delegations: ['id', 'party'],
  participants: ['ref', 'roles', 'positionId', 'delegationId', 'titleAsReported'],
  topics: true,
  outcomes: ['kind', 'date', 'parties', 'topics'],
  coding: ['plover'],
  articleIds: true,
  sources: ['url', 'articleId', 'quote', 'span', 'title', 'publisher', 'lang'],
};

type Known = Agency | Person | Position | Forum | WorkingGroup | Article;

class PloverRun {
  readonly countries = countryIndex();
  readonly known = new Map<string, Known>();
  readonly report: ExportReport | undefined;
  /** Ids of shipped meetings already exported (the input may repeat shipped records). */
  readonly shippedMeetings = new Set<string>();
  readonly doneShipped = new Set<string>();
  constructor(options: PloverOptions) {
    this.report = options.report;
    for (const r of shippedIndex(options.referenceData).values()) {
      this.remember(r);
      if (r.type === 'meeting') this.shippedMeetings.add(r.id);
    }
  }
  remember(r: TansiqRecord): void {
    if (
      r.type === 'agency' ||
      r.type === 'person' ||
      r.type === 'position' ||
      r.type === 'forum' ||
      r.type === 'working-group' ||
      r.type === 'article'
    )
      this.known.set(r.id, r);
  }
  countryCode(code: string | undefined): string | undefined {
    if (code === undefined) return undefined;
    if (code === 'EU') return 'EUR';
    if (code === 'XK') return 'KOS';
    return this.countries.get(code)?.alpha3 ?? undefined;
  }
  agencyEntity(a: Agency): PloverEntity | undefined {
    const code =
      a.country === undefined
        ? a.kind === 'igo' || a.kind === 'secretariat'
          ? 'IGO'
          : undefined
        : this.countryCode(a.country);
    if (code === undefined) return undefined;
    const e: PloverEntity = { code };
    const sector = PLOVER_SECTORS[a.kind];
    if (sector !== undefined) e.sector = sector;
    e.entity_text = displayName(a.names);
    if (a.externalIds?.wikidata !== undefined) e.identifier_id = a.externalIds.wikidata;
    const en = a.names.find((n) => primaryLanguage(n.lang) === 'en' && n.kind === 'official');
    if (en !== undefined) e.identifier_text = en.value;
    return e;
  }
  entity(p: PartyRef, m: SecurityMeeting, positionId?: string): PloverEntity | undefined {
    if (p.kind === 'country') {
      const code = this.countryCode(p.country);
      return code === undefined
        ? undefined
        : { code, sector: 'GOV', entity_text: countryName(this.countries, p.country) };
    }
    const r = this.known.get(p.id);
    if (p.kind === 'organization') {
      if (r?.type === 'agency') return this.agencyEntity(r);
      if (r?.type === 'forum' || r?.type === 'working-group') return { code: 'IGO', entity_text: displayName(r.names) };
      return undefined;
    }
    // A person: code and sector from the agency of the position held, else the delegation's party, else nationality.
    const person = r?.type === 'person' ? r : undefined;
    const position = positionId === undefined ? undefined : this.known.get(positionId);
    const agency = position?.type === 'position' ? this.known.get(position.organizationId) : undefined;
    let base: PloverEntity | undefined = agency?.type === 'agency' ? this.agencyEntity(agency) : undefined;
    if (base === undefined) {
      const delegation = m.delegations?.find(
        (d) =>
          d.party.kind !== 'person' &&
          (d.headPersonId === p.id ||
            d.memberPersonIds?.includes(p.id) === true ||
            m.participants?.some((x) => x.ref.kind === 'person' && x.ref.id === p.id && x.delegationId === d.id) ===
              true),
      );
      if (delegation !== undefined) base = this.entity(delegation.party, m);
    }
    if (base === undefined && person?.nationalities?.[0] !== undefined) {
      const code = this.countryCode(person.nationalities[0]);
      if (code !== undefined) base = { code, sector: 'GOV' };
    }
    if (base === undefined) return undefined;
    const e: PloverEntity = { code: base.code };
    if (base.sector !== undefined) e.sector = base.sector;
    e.entity_text = person?.name ?? p.id;
    if (person?.externalIds?.wikidata !== undefined) e.identifier_id = person.externalIds.wikidata;
    const office = position?.type === 'position' ? pickText(position.label) : undefined;
    if (office !== undefined) e.office = office;
    return e;
  }
}

function key(e: PloverEntity): string {
  return `${e.code}|${e.sector ?? ''}|${e.entity_text ?? ''}|${e.office ?? ''}|${e.identifier_id ?? ''}`;
}

function pushUnique(list: PloverEntity[], e: PloverEntity | undefined): void {
  if (e !== undefined && !list.some((x) => key(x) === key(e))) list.push(e);
}

function cite(
  run: PloverRun,
  m: SecurityMeeting,
): { cite?: Record<string, string>; text?: { start: number; end: number }; quotes: string[] } {
  const sources: SourceRef[] = [...(m.articleIds ?? []).map((articleId) => ({ articleId })), ...m.sources];
  const quotes = sources.map((s) => s.quote).filter((q): q is string => q !== undefined);
  for (const s of sources) {
    const article = s.articleId === undefined ? undefined : run.known.get(s.articleId);
    const url = s.url ?? (article?.type === 'article' ? article.url : undefined);
    if (url === undefined) continue;
    const c: Record<string, string> = { url };
    const title = s.title ?? (article?.type === 'article' ? article.headline.value : undefined);
    if (title !== undefined) c['title'] = title;
    const lang = s.lang ?? (article?.type === 'article' ? article.lang : undefined);
    if (lang !== undefined) c['language'] = primaryLanguage(lang);
    const publication = s.publisher ?? (article?.type === 'article' ? article.publisher?.name : undefined);
    if (publication !== undefined) c['publication'] = publication;
    const spanned = sources.find((x) => x.span !== undefined && (x.articleId === s.articleId || x.url === s.url));
    const out: { cite?: Record<string, string>; text?: { start: number; end: number }; quotes: string[] } = {
      cite: c,
      quotes,
    };
    if (spanned?.span !== undefined) out.text = { start: spanned.span.start, end: spanned.span.end };
    return out;
  }
  return { quotes };
}

function convertMeeting(run: PloverRun, m: SecurityMeeting, coder: string, out: PloverEvent[]): void {
  const report = run.report;
  const skip = (reason: string): void => {
    report?.skipped.push({ id: m.id, reason });
  };
  if (m.status === 'postponed' || m.status === 'unknown') return skip(`status '${m.status}' is not an event in PLOVER`);
  if (m.start === undefined || !FULL_DAY.test(m.start)) return skip('no full-day start date (PLOVER needs YYYY-MM-DD)');
  const start = splitDateTime(m.start);
  const hostParties = new Set<string>();
  const actor: PloverEntity[] = [];
  const recipient: PloverEntity[] = [];
  const hosts: PloverEntity[] = [];
  const visitors: PloverEntity[] = [];
  const others: PloverEntity[] = [];
  let unresolved = 0;
  for (const d of m.delegations ?? []) {
    const e = run.entity(d.party, m);
    if (e === undefined) unresolved++;
    const isHost =
      m.participants?.some((p) => p.delegationId === d.id && p.roles.includes('host')) === true ||
      (d.party.kind === 'country' && d.party.country === m.hostCountry);
    const isVisitor = m.participants?.some((p) => p.delegationId === d.id && p.roles.includes('visitor')) === true;
    pushUnique(isHost ? hosts : isVisitor ? visitors : others, e);
    if (isHost && e !== undefined) hostParties.add(key(e));
  }
  for (const p of m.participants ?? []) {
    const e = run.entity(p.ref, m, p.positionId);
    if (e === undefined) {
      unresolved++;
      continue;
    }
    const delegationHost =
      p.delegationId !== undefined &&
      m.participants?.some((x) => x.delegationId === p.delegationId && x.roles.includes('host')) === true;
    if (p.roles.includes('host') || delegationHost) pushUnique(hosts, e);
    else if (
      p.roles.includes('visitor') ||
      (p.delegationId !== undefined &&
        m.participants?.some((x) => x.delegationId === p.delegationId && x.roles.includes('visitor')) === true)
    )
      pushUnique(visitors, e);
    else pushUnique(others, e);
  }
  if (m.hostAgencyId !== undefined) {
    const a = run.known.get(m.hostAgencyId);
    if (a?.type === 'agency') pushUnique(hosts, run.agencyEntity(a));
  }
  const forumId = m.workingGroupId ?? m.forumId;
  const forum = forumId === undefined ? undefined : run.known.get(forumId);
  if (report !== undefined && unresolved > 0)
    report.leftOut['meeting.participants (no PLOVER code: unknown country or agency)'] =
      (report.leftOut['meeting.participants (no PLOVER code: unknown country or agency)'] ?? 0) + 1;

  let events: string[];
  let modes: string[] = [];
  const contexts: string[] = [];
  const explicit = m.coding?.plover;
  const twoSided = hosts.length > 0 && visitors.length + others.length > 0;
  if (explicit !== undefined) {
    events = [...explicit.event];
    modes = [...(explicit.mode ?? [])];
    contexts.push(...(explicit.context ?? []));
  } else if (m.status === 'planned') {
    events = ['AGREE'];
    contexts.push('diplomatic');
  } else if (m.status === 'cancelled') {
    events = ['REJECT'];
    modes = ['meet'];
  } else if (m.kind === 'signing') {
    events = ['SUPPORT'];
    contexts.push('diplomatic');
  } else if (m.kind === 'training') {
    events = twoSided ? ['AID'] : ['COOPERATE'];
  } else {
    events = ['CONSULT'];
    if (m.kind === 'phone-call' || m.kind === 'videoconference' || m.format === 'virtual' || m.format === 'phone')
      modes = ['phone'];
    else if (MULTILATERAL_KINDS.has(m.kind) || (forum !== undefined && !twoSided)) modes = ['multilateral'];
    else if (twoSided && CONSULT_KINDS.has(m.kind)) modes = ['visit'];
  }
  // Sides: visitor → actor, host → recipient, when they can be told apart.
  if (twoSided && events.every((e) => e !== 'AGREE')) {
    for (const e of [...visitors, ...others]) pushUnique(actor, e);
    for (const e of hosts) pushUnique(recipient, e);
  } else {
    for (const e of [...hosts, ...visitors, ...others]) pushUnique(actor, e);
  }
  if (forum?.type === 'forum' || forum?.type === 'working-group')
    pushUnique(actor, { code: 'IGO', entity_text: displayName(forum.names) });
  if (events.some((e) => NEEDS_RECIPIENT.has(e)) && recipient.length === 0 && actor.length > 1)
    recipient.push(...actor.splice(1));
  if (actor.length === 0) return skip('no party with a PLOVER code');
  if (events.some((e) => NEEDS_RECIPIENT.has(e)) && recipient.length === 0)
    return skip(`${events.join('+')} needs a recipient and the meeting names only one party`);
  for (const c of ploverContexts(m.topics)) if (!contexts.includes(c)) contexts.push(c);

  const ev = { id: m.id, date: start.date } as PloverEvent;
  if (start.time !== undefined) ev.time = start.time + (start.offset ?? '');
  if (m.end !== undefined && FULL_DAY.test(m.end)) {
    const end = splitDateTime(m.end);
    if (end.date !== start.date) ev.enddate = end.date;
    if (end.time !== undefined) ev.endtime = end.time + (end.offset ?? '');
  }
  ev.actor = actor;
  if (recipient.length > 0) ev.recipient = recipient;
  ev.event = events;
  const quad = QUAD[events[0] as string];
  if (quad !== undefined) ev.quad_code = quad;
  if (modes.length > 0) ev.mode = modes;
  if (contexts.length > 0) ev.context = contexts;
  const loc = m.location;
  if (loc !== undefined) {
    const l: Record<string, string | number> = {};
    const placeName = loc.venue ?? pickText(loc.placeName) ?? loc.city;
    if (placeName !== undefined) l['extracted_place'] = placeName;
    if (loc.city !== undefined) l['city'] = loc.city;
    if (loc.country !== undefined) {
      l['country'] = countryName(run.countries, loc.country);
      const c3 = run.countryCode(loc.country);
      if (c3 !== undefined) l['country_code'] = c3;
    }
    if (loc.geonamesId !== undefined) l['geonameid'] = loc.geonamesId;
    if (loc.lat !== undefined) l['lat'] = loc.lat;
    if (loc.lon !== undefined) l['lon'] = loc.lon;
    if (Object.keys(l).length > 0) ev.event_loc = l;
  }
  const c = cite(run, m);
  if (c.quotes.length > 0) ev.event_text = c.quotes;
  if (c.cite !== undefined) ev.cite_info = c.cite;
  if (c.text !== undefined) ev.text_info = c.text;
  ev.coder = coder;
  out.push(ev);

  (m.outcomes ?? []).forEach((o, i) => {
    const id = `${m.id}.outcomes.${i}`;
    const day =
      o.date?.value !== undefined && FULL_DAY.test(o.date.value) ? splitDateTime(o.date.value).date : start.date;
    let oe: string[];
    const oc: string[] = [];
    if (o.kind === 'mou' || o.kind === 'agreement' || o.kind === 'joint-statement') {
      oe = ['SUPPORT'];
      oc.push('diplomatic');
    } else if (o.kind === 'action-plan' || o.kind === 'commitment') oe = ['AGREE'];
    else {
      oe = ['COOPERATE'];
      if (o.kind === 'intelligence-sharing') oc.push('intelligence');
      if (o.kind === 'judicial-cooperation') oc.push('legal');
    }
    const parties: PloverEntity[] = [];
    for (const p of o.parties ?? []) pushUnique(parties, run.entity(p, m));
    if (parties.length === 0) for (const e of [...actor, ...recipient]) pushUnique(parties, e);
    const rec = oe[0] === 'COOPERATE' ? parties.slice(1) : [];
    const act = oe[0] === 'COOPERATE' ? parties.slice(0, 1) : parties;
    if (act.length === 0 || (oe[0] === 'COOPERATE' && rec.length === 0)) {
      report?.skipped.push({
        id,
        reason: `${oe[0] ?? ''} needs an actor${oe[0] === 'COOPERATE' ? ' and a recipient' : ''}`,
      });
      return;
    }
    for (const ctx of ploverContexts(o.topics ?? m.topics)) if (!oc.includes(ctx)) oc.push(ctx);
    const r = { id, date: day, actor: act } as PloverEvent;
    if (rec.length > 0) r.recipient = rec;
    r.event = oe;
    r.quad_code = QUAD[oe[0] as string] as number;
    if (oc.length > 0) r.context = oc;
    if (ev.event_loc !== undefined) r.event_loc = ev.event_loc;
    r.link = m.id;
    if (ev.cite_info !== undefined) r.cite_info = ev.cite_info;
    r.coder = coder;
    out.push(r);
  });
}

/**
 * Exports meetings to PLOVER 2.0 event records, lazily (one JSON line each, flat memory on
 * any input). A meeting's category comes from its stored `coding.plover`, else from its kind
 * and status: talks and visits are `CONSULT` (mode `visit` when host and visitor can be told
 * apart — visitor side in `actor`, host side in `recipient` —, `phone` for remote meetings,
 * `multilateral` for forum meetings), signings `SUPPORT`, trainings `AID`/`COOPERATE`,
 * planned meetings `AGREE` (+ `diplomatic`), cancelled ones `REJECT` + `meet`;
 * outcomes become extra records `<meeting id>.outcomes.<i>` linked to the meeting. Actors are
 * coded with ISO alpha-3 (`EUR` for the EU, `KOS` for Kosovo, `IGO` for forums) and a sector
 * from the agency kind (police → `COP`, intelligence → `SPY`, …), resolved from the shipped
 * data and from records seen earlier in the input. Meetings that PLOVER cannot hold (postponed
 * or unknown status, no full-day date) are skipped and listed in the report. Other record
 * types produce no events (they only help resolve actors).
 *
 * @param records - Valid tansiq records (entity records before the meetings that name them, or shipped).
 * @param options - See {@link PloverOptions}.
 * @returns A generator of PLOVER events.
 * @example
 * ```ts
 * const [event] = [...toPlover([{ type: 'meeting', id: 'meeting.2024-03-05-ma-es', kind: 'bilateral-talks', status: 'held', start: '2024-03-05', delegations: [{ id: 'ma', party: { kind: 'country', country: 'MA' } }, { id: 'es', party: { kind: 'country', country: 'ES' } }], sources: [{ url: 'https://example.org/' }] }])];
 * event?.actor; // [{ code: 'MAR', sector: 'GOV', entity_text: 'Morocco' }, { code: 'ESP', sector: 'GOV', entity_text: 'Spain' }]
 * ```
 * @category Export
 */
export function* toPlover(
  records: Iterable<TansiqRecord>,
  options: PloverOptions = {},
): Generator<PloverEvent, void, undefined> {
  const stream = createPloverStream(options);
  for (const record of records) yield* stream.write(record);
  yield* stream.end();
}

/**
 * The push-style form of {@link toPlover}, for asynchronous sources.
 *
 * @param options - See {@link PloverOptions}.
 * @returns An {@link ExportStream} of PLOVER events.
 * @example
 * ```ts
 * const stream = createPloverStream();
 * stream.write({ type: 'person', id: 'person.x', name: 'X Y', sources: [] }); // []
 * stream.end(); // []
 * ```
 * @category Export
 */
export function createPloverStream(options: PloverOptions = {}): ExportStream<PloverEvent> {
  const run = new PloverRun(options);
  const coder = options.coder ?? 'tansiq';
  const report = options.report;
  return {
    write(r) {
      if (report !== undefined) report.records++;
      if (r.type !== 'meeting') {
        run.remember(r);
        return [];
      }
      if (run.shippedMeetings.has(r.id)) {
        if (run.doneShipped.has(r.id)) return [];
        run.doneShipped.add(r.id);
      }
      noteLeftOut(report, r, KEPT);
      const out: PloverEvent[] = [];
      convertMeeting(run, r, coder, out);
      if (report !== undefined) report.written += out.length;
      return out;
    },
    end() {
      return [];
    },
  };
}
