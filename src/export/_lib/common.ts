import type { Country } from '../../data/index.js';
import { countries, referenceRecords } from '../../data/index.js';
import type { Interval, LocalizedText, Name, PartyRef, SourceRef, TansiqRecord } from '../../schemas/index.js';
import { recordReferences } from '../../schemas/index.js';
import type { ExportReport } from '../export-report.js';

/** The party a relation names, resolved to an id the target format can point at. */
export interface ResolvedParty {
  /** Record id, or the stand-in id `country.<code lower-case>` for a country. */
  readonly id: string;
  /** The country code when the party is a state or the EU. */
  readonly country?: string;
}

/** Shipped records by id, built per export run (never at import time). */
export function shippedIndex(reference: readonly TansiqRecord[] | undefined): Map<string, TansiqRecord> {
  const map = new Map<string, TansiqRecord>();
  for (const r of reference ?? referenceRecords) map.set(r.id, r);
  return map;
}

/** Countries by upper-case code. */
export function countryIndex(): Map<string, Country> {
  const map = new Map<string, Country>();
  for (const c of countries) map.set(c.code, c);
  return map;
}

/** Stand-in id of a country that acts as a party. */
export function countryStandInId(code: string): string {
  return `country.${code.toLowerCase()}`;
}

/** Id of a party: the record id, or the country stand-in id. */
export function partyId(party: PartyRef): string {
  return party.kind === 'country' ? countryStandInId(party.country) : party.id;
}

/** English short name of a country, else its code. */
export function countryName(index: Map<string, Country>, code: string): string {
  return index.get(code)?.names.en[0] ?? code;
}

/**
 * The display name of a list of names: the first `preferred` one, else the first `official`
 * one, else the first.
 */
export function displayName(names: readonly Name[]): string {
  return (names.find((n) => n.preferred === true) ?? names.find((n) => n.kind === 'official') ?? names[0])?.value ?? '';
}

/** The text of a localized list in the first of `langs` found (primary subtag match), else the first. */
export function pickText(
  list: readonly LocalizedText[] | undefined,
  langs: readonly string[] = ['en'],
): string | undefined {
  if (list === undefined || list.length === 0) return undefined;
  for (const lang of langs) {
    const hit = list.find((t) => primaryLanguage(t.lang) === lang);
    if (hit !== undefined) return hit.value;
  }
  return list[0]?.value;
}

/** Primary language subtag, lower-case (`ar-Latn` → `ar`). */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** Unique strings in first-seen order, empty strings dropped. */
export function uniq(values: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (v === undefined || v === '' || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** Record ids a record points at (every reference field, party references included). */
export function referencedIds(record: TansiqRecord): string[] {
  return recordReferences(record).map((r) => r.id);
}

/** Country codes named as parties anywhere in a record. */
export function partyCountries(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 8 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) partyCountries(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  if (o['kind'] === 'country' && typeof o['country'] === 'string' && Object.keys(o).length === 2) {
    out.add(o['country']);
    return;
  }
  for (const k in o) if (k !== 'extensions') partyCountries(o[k], out, depth + 1);
}

/**
 * The shipped records that `ids` point at, followed transitively through the shipped records'
 * own references, in shipped order; ids in `present` are not returned.
 */
export function shippedClosure(
  ids: Iterable<string>,
  shipped: Map<string, TansiqRecord>,
  present: (id: string) => boolean,
): TansiqRecord[] {
  const wanted = new Set<string>();
  const queue: string[] = [];
  for (const id of ids) {
    if (!wanted.has(id) && shipped.has(id)) {
      wanted.add(id);
      queue.push(id);
    }
  }
  while (queue.length > 0) {
    const record = shipped.get(queue.pop() as string) as TansiqRecord;
    for (const ref of referencedIds(record)) {
      if (!wanted.has(ref) && shipped.has(ref)) {
        wanted.add(ref);
        queue.push(ref);
      }
    }
  }
  const out: TansiqRecord[] = [];
  for (const [id, record] of shipped) if (wanted.has(id) && !present(id)) out.push(record);
  return out;
}

/** The URLs of sources (an `articleId` source gives the article's URL when the article is known). */
export function sourceUrls(
  sources: readonly SourceRef[] | undefined,
  articleUrl: (id: string) => string | undefined,
): string[] {
  if (sources === undefined) return [];
  return uniq(sources.map((s) => s.url ?? (s.articleId === undefined ? undefined : articleUrl(s.articleId))));
}

/** Article ids named in sources. */
export function sourceArticleIds(sources: readonly SourceRef[] | undefined): string[] {
  return sources === undefined ? [] : uniq(sources.map((s) => s.articleId));
}

/** Compares strings by UTF-16 code units (locale-independent, for deterministic output). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Splits a partial date-time into date, time and offset parts. */
export function splitDateTime(value: string): { date: string; time?: string; offset?: string } {
  const t = value.indexOf('T');
  if (t === -1) return { date: value };
  const rest = value.slice(t + 1);
  const m = /^(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(rest);
  if (m === null) return { date: value.slice(0, t) };
  const out: { date: string; time?: string; offset?: string } = { date: value.slice(0, t), time: m[1] as string };
  if (m[2] !== undefined) out.offset = m[2];
  return out;
}

/**
 * A partial date-time converted to UTC without offset (`2022-06-15T11:00+02:00` →
 * `2022-06-15T09:00`); dates without a time pass unchanged.
 */
export function toUtcNoOffset(value: string): string {
  const parts = splitDateTime(value);
  if (parts.time === undefined) return parts.date;
  const offset = parts.offset ?? 'Z';
  const ms = Date.parse(`${parts.date}T${parts.time}${offset}`);
  if (Number.isNaN(ms)) return parts.date;
  const iso = new Date(ms).toISOString();
  return parts.time.length > 5 ? iso.slice(0, 19) : iso.slice(0, 16);
}

/** The records of a non-streaming export: input (first of each id) plus the shipped records they need. */
export interface CollectedRecords {
  /** Input records, then the added shipped records. */
  readonly records: readonly TansiqRecord[];
  /** Number of shipped records added. */
  readonly added: number;
  /** Records by id. */
  readonly byId: ReadonlyMap<string, TansiqRecord>;
  /**
   * Whether a reference can be kept: true when the record it names is in the export; otherwise
   * false, counted in `report.droppedReferences` (an absent id is not counted).
   */
  readonly has: (id: string | undefined) => id is string;
}

/** What {@link collectRecords} reads of an exporter's options. */
export interface CollectOptions {
  partial?: boolean | undefined;
  referenceData?: readonly TansiqRecord[] | undefined;
  missingIds?: Iterable<string> | undefined;
  report?: ExportReport | undefined;
}

/**
 * Reads the input once and completes it with the shipped records it points at (unless
 * `partial`); counts the input and the added records in `options.report`.
 */
export function collectRecords(input: Iterable<TansiqRecord>, options: CollectOptions): CollectedRecords {
  const byId = new Map<string, TansiqRecord>();
  const records: TansiqRecord[] = [];
  for (const r of input) {
    if (byId.has(r.id)) continue;
    byId.set(r.id, r);
    records.push(r);
  }
  let added = 0;
  if (options.partial !== true) {
    const shipped = shippedIndex(options.referenceData);
    const missing = new Set(options.missingIds ?? []);
    const wanted: string[] = [];
    for (const r of records) for (const id of referencedIds(r)) if (!byId.has(id) && !missing.has(id)) wanted.push(id);
    for (const r of shippedClosure(wanted, shipped, (id) => byId.has(id))) {
      byId.set(r.id, r);
      records.push(r);
      added++;
    }
  }
  const report = options.report;
  if (report !== undefined) {
    report.records += records.length - added;
    report.referenceRecords += added;
  }
  const has = (id: string | undefined): id is string => {
    if (id === undefined) return false;
    if (byId.has(id)) return true;
    if (report !== undefined) report.droppedReferences++;
    return false;
  };
  return { records, added, byId, has };
}

/**
 * Writes the bounds of an interval under the format's keys (`startDate`/`endDate` in JSON-LD,
 * `start_date`/`end_date` in Popolo); an open or absent bound writes nothing.
 */
export function setIntervalDates(
  target: Record<string, unknown>,
  interval: Interval | undefined,
  startKey: string,
  endKey: string,
): void {
  if (interval?.start !== undefined && interval.start !== '') target[startKey] = interval.start;
  if (interval?.end !== undefined && interval.end !== '') target[endKey] = interval.end;
}
