import type { Article, Person, PartyRef, SecurityMeeting, SourceRef } from '../schemas/index.js';
import { analyze, readable } from './_lib/analyze.js';
import { lexiconFor } from './_lib/lexicon.js';
import { findMeetings } from './_lib/meetings.js';
import { isoDay } from './_lib/options.js';
import { sha256Hex } from './_lib/sha256.js';
import { asLetters } from './_lib/presentation-forms.js';
import { keysOf } from './_lib/tokens.js';
import { ExtractError } from './extract-error.js';
import type { TansiqRecord } from '../schemas/index.js';

/**
 * The input of {@link annotateArticle}.
 *
 * @example
 * ```ts
 * const input: AnnotateArticleInput = { text: 'أكد المغرب', url: 'https://example.org/a', reference: '2022-06-20' };
 * annotateArticle(input).article.datePublished; // '2022-06-20'
 * ```
 * @category Extraction
 */
export interface AnnotateArticleInput {
  /** The article's text (the body that spans point into and `bodyHash` identifies). */
  readonly text: string;
  /** The article's address (`http` or `https`). */
  readonly url: string;
  /** The article's date, `YYYY-MM-DD`: its publication date and the reference of relative dates. */
  readonly reference: string;
  /** The headline; default: the first line of the text that reads as one. */
  readonly headline?: string;
  /** The language tag of the text; default `ar`. */
  readonly lang?: string;
  /** Your own records, linked as well as the shipped data. */
  readonly records?: Iterable<TansiqRecord>;
}

/**
 * What {@link annotateArticle} returns: records ready to validate together with the reference data.
 *
 * @example
 * ```ts
 * const result: AnnotatedArticle = annotateArticle({ text: 'أكد المغرب', url: 'https://example.org/a', reference: '2022-06-20' });
 * [result.article.type, result.meetings.length, result.persons.length]; // ['article', 0, 0]
 * ```
 * @category Extraction
 */
export interface AnnotatedArticle {
  /** The article record, with its mentions (spans into `text`) and `bodyHash`. */
  readonly article: Article;
  /** Draft meeting records (status `held`), each sourced to the article with the supporting quote. */
  readonly meetings: SecurityMeeting[];
  /** New person records for people the data does not know, sourced to the article. */
  readonly persons: Person[];
}

function slug(text: string): string {
  const folded = text.normalize('NFKD').toLowerCase();
  let out = '';
  let dash = false;
  for (const ch of folded) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (dash && out.length > 0) out += '-';
      out += ch;
      dash = false;
      if (out.length >= 60) break;
    } else if (c < 0x0300 || c > 0x036f) {
      dash = true;
    }
  }
  return out;
}

function firstLine(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length >= 8 && /[\u0600-\u06ff]/.test(line)) return line.length > 300 ? `${line.slice(0, 297)}…` : line;
  }
  return undefined;
}

/**
 * Turns an article into records: the `Article` with its mentions, draft `SecurityMeeting` records
 * and new `Person` records for the people the data does not know.
 *
 * Runs the same analysis as {@link extractMentions} and {@link extractMeetings} once. The article
 * gets `bodyHash` (SHA-256 of the text's UTF-8 bytes), `datePublished` = `reference`, the
 * mentions with spans and links (unknown persons linked to their new records) and
 * `reportsMeetings`. Each meeting is `status: 'held'`, with its kind, date (`dateBasis:
 * 'reported'`), place, forum, the participating persons, countries and organizations (roles
 * `host`, `visitor`, `chair`, `signatory` where the wording gives them, else `member`) and a
 * source naming the article, the quote, its span, `method: 'rule'` and the confidence. Ids are
 * deterministic: the same text, url and reference give the same ids. The records pass
 * `RecordSchema` and, together with the shipped data, `validateRecords`.
 *
 * @param input - The text, url, reference date and optional headline, language and records.
 * @returns The article, the meetings and the new persons.
 * @throws {@link ExtractError} `invalid_article` when the url or reference is malformed.
 * @example
 * ```ts
 * const { article, meetings } = annotateArticle({
 *   text: 'اجتمع وزير الداخلية المغربي عبد الوافي لفتيت أمس بنظيره الإسباني في مدريد.',
 *   url: 'https://example.org/news/1',
 *   reference: '2022-06-16',
 * });
 * article.mentions?.map((m) => m.text); // ['الداخلية', 'المغربي', 'عبد الوافي لفتيت', 'الإسباني']
 * [meetings[0]?.start, meetings[0]?.location?.city]; // ['2022-06-15', 'Madrid']
 * ```
 * @category Extraction
 */
export function annotateArticle(input: AnnotateArticleInput): AnnotatedArticle {
  if (input === null || typeof input !== 'object')
    throw new ExtractError('invalid_article', 'annotateArticle: expected { text, url, reference }');
  const { text, url } = input;
  if (typeof text !== 'string') throw new ExtractError('invalid_article', 'annotateArticle: text must be a string');
  if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+/.test(url))
    throw new ExtractError(
      'invalid_article',
      `annotateArticle: url must be an http(s) address, got ${JSON.stringify(url)}`,
    );
  const reference = typeof input.reference === 'string' ? isoDay(input.reference) : undefined;
  if (reference === undefined)
    throw new ExtractError(
      'invalid_article',
      `annotateArticle: reference must be a date YYYY-MM-DD, got ${JSON.stringify(input.reference)}`,
    );
  if (
    input.records !== undefined &&
    (input.records === null ||
      typeof (input.records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function')
  ) {
    throw new ExtractError('invalid_records', 'annotateArticle: records must be an iterable of tansiq records');
  }
  const lang = input.lang ?? 'ar';
  const lex = lexiconFor(input.records);
  const analysis = analyze(text, lex, reference);
  const bodyHash = sha256Hex(text);
  const articleId = `article.${reference}-${bodyHash.slice(0, 10)}` as const;
  const source = (start: number, end: number, confidence: number): SourceRef => {
    const quote = text.slice(start, end).trim();
    const s: SourceRef = { articleId, url, span: { start, end }, method: 'rule', confidence };
    if (quote.length > 0) s.quote = quote;
    return s;
  };

  // New persons: one per distinct unlinked name (a surname after the full name is the same person).
  const persons: Person[] = [];
  const personOf = new Map<object, `person.${string}`>();
  const byKey = new Map<string, Person>();
  const taken = new Set<string>(lex.persons.keys());
  for (const f of analysis.mentions) {
    if (f.kind !== 'person' || f.ref !== undefined) continue;
    const surface = text.slice(f.start, f.end);
    const key = keysOf(surface).join(' ');
    let person: Person | undefined = byKey.get(key);
    if (person === undefined && f.t1 - f.t0 === 1) {
      // A surname alone: the person named in full earlier with that last word.
      person = persons.find((p) => keysOf(p.names?.[0]?.value ?? '').at(-1) === keysOf(surface)[0]);
    }
    if (person === undefined) {
      const name = f.name ?? readable(surface);
      let base = slug(name);
      if (base.length === 0) base = `unknown-${sha256Hex(key).slice(0, 8)}`;
      let id: `person.${string}` = `person.${base}`;
      if (taken.has(id)) id = `person.${base}-${sha256Hex(`${articleId} ${key}`).slice(0, 6)}`;
      taken.add(id);
      person = {
        type: 'person',
        id,
        name,
        names: [
          { value: asLetters(surface), lang: 'ar', kind: 'as-reported' },
          { value: name, lang: 'ar-Latn', kind: 'transliteration' },
        ],
        sources: [source(f.start, f.end, f.confidence)],
      };
      persons.push(person);
      byKey.set(key, person);
    }
    personOf.set(f, person.id);
  }

  const mentions = analysis.mentions.map((f) => {
    const m: { text: string; ref?: PartyRef; lang: string; span: { start: number; end: number } } = {
      text: text.slice(f.start, f.end),
      lang,
      span: { start: f.start, end: f.end },
    };
    const ref =
      f.ref ?? (personOf.has(f) ? ({ kind: 'person', id: personOf.get(f) as string } as PartyRef) : undefined);
    if (ref !== undefined) m.ref = ref;
    return m;
  });

  const found = findMeetings(text, analysis, lex, reference);
  const meetings: SecurityMeeting[] = [];
  const usedIds = new Set<string>();
  for (const fm of found) {
    const d = fm.draft;
    const countries = d.parties
      .filter((p) => p.kind === 'country')
      .map((p) => (p as { country: string }).country.toLowerCase());
    const base = `${d.date ?? 'undated'}-${countries.join('-') || 'meeting'}`.replace(/[^a-z0-9-]/g, '');
    let id: `meeting.${string}` = `meeting.${base}-${sha256Hex(`${articleId} ${d.evidence.start}`).slice(0, 6)}`;
    while (usedIds.has(id)) id = `${id}x`;
    usedIds.add(id);
    const src = source(d.evidence.start, d.evidence.end, d.confidence);
    const participants: NonNullable<SecurityMeeting['participants']> = [];
    const countriesWithPerson = new Set<string>();
    for (let i = 0; i < d.participants.length; i++) {
      const p = d.participants[i];
      if (p === undefined) continue;
      const f = fm.persons.find((x) => text.slice(x.start, x.end) === p.name);
      const personId = p.personId ?? (f === undefined ? undefined : personOf.get(f));
      if (personId === undefined) continue;
      if (participants.some((q) => q.ref.kind === 'person' && q.ref.id === personId)) continue;
      if (p.country !== undefined) countriesWithPerson.add(p.country);
      const entry: NonNullable<SecurityMeeting['participants']>[number] = {
        ref: { kind: 'person', id: personId as `person.${string}` },
        roles: [p.role ?? 'member'],
        sources: [src],
      };
      if (p.name.length > 0 && f === undefined) entry.titleAsReported = [{ value: asLetters(p.name), lang }];
      participants.push(entry);
    }
    for (const party of d.parties) {
      if (party.kind === 'country' && countriesWithPerson.has(party.country)) continue;
      participants.push({ ref: party, roles: ['member'], sources: [src] });
    }
    const meeting: SecurityMeeting = {
      type: 'meeting',
      id,
      kind: d.kind ?? 'other',
      status: 'held',
      sources: [src],
      articleIds: [articleId],
    };
    if (d.date !== undefined) {
      meeting.start = d.date;
      meeting.dateBasis = 'reported';
    }
    if (d.kind === 'phone-call') meeting.format = 'phone';
    else if (d.kind === 'videoconference') meeting.format = 'virtual';
    if (d.location !== undefined) {
      const loc: NonNullable<SecurityMeeting['location']> = {
        precision: d.location.city === undefined ? 'country' : 'city',
      };
      if (d.location.city !== undefined) loc.city = d.location.city;
      if (d.location.country !== undefined) {
        loc.country = d.location.country;
        meeting.hostCountry = d.location.country;
      }
      meeting.location = loc;
    }
    if (d.forumId !== undefined) meeting.forumId = d.forumId as `forum.${string}`;
    if (participants.length > 0) meeting.participants = participants;
    meetings.push(meeting);
  }

  const article: Article = {
    type: 'article',
    id: articleId,
    url,
    headline: { value: input.headline ?? firstLine(text) ?? url, lang },
    lang,
    datePublished: reference,
    bodyHash,
    sources: [],
  };
  if (mentions.length > 0) article.mentions = mentions;
  if (meetings.length > 0) article.reportsMeetings = meetings.map((m) => m.id);
  return { article, meetings, persons };
}
