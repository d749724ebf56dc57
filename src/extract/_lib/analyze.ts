/**
 * The analysis behind extractMentions and extractMeetings: one pass of entity matching over the
 * tokens, then titles and persons, then coreference. Everything is linear in the text: each token
 * costs a few hash lookups, and the phrase scans look at a bounded window.
 */
import { compareNames, romanizeArabicName } from '../../arabic/index.js';
import type { PartyRef } from '../../schemas/index.js';
import type { Entry, Lexicon } from './lexicon.js';
import { countryOfPerson, holdersOn } from './lexicon.js';
import {
  COUNTERPART_WORDS,
  DIRECT_HONORIFICS,
  GENERIC_NAME_WORDS,
  MEETING_TRIGGERS,
  MINISTRY_DOMAINS,
  NAME_JOINERS,
  NOT_NAME_WORDS,
  STATE_PARTICLES,
  STATE_VERBS,
  STATE_BEFORE_NAME,
  STATE_BEFORE_NISBA,
  STATE_BEFORE_MASCULINE_NISBA,
  TITLE_HEADS,
  VIRTUAL_HEADS,
  TITLE_LINKERS,
  TITLE_WORDS,
} from './tables.js';
import type { Tokens } from './tokens.js';
import { GAP_COMMA, GAP_OTHER, GAP_SENTENCE, GAP_TIGHT, keysOf, offsetOfFolded, tokenize } from './tokens.js';

export type MentionKind = 'person' | 'agency' | 'forum' | 'country';

/** A mention found by the analysis (token range plus what it refers to). */
export interface Found {
  kind: MentionKind;
  /** First and one-past-last token. */
  t0: number;
  t1: number;
  start: number;
  end: number;
  ref?: PartyRef;
  confidence: number;
  /** Readable Latin name of an unlinked person. */
  name?: string;
  /** For countries: the code (also when ref is set). */
  country?: string;
  /** The title phrase that goes with a person, when there is one. */
  title?: TitlePhrase;
  /** A capital standing for its state. */
  capital?: boolean;
  /** A country named by its name (not a nisba nor a capital): may be a topic rather than a party. */
  byName?: boolean;
  /** For an agency: its kind when it is a ministry (from the record or the domain word). */
  ministryKind?: string;
}

/** A post or rank phrase (وزير الداخلية المغربي، مدير مكتب التحقيقات الفيدرالي). */
export interface TitlePhrase {
  t0: number;
  t1: number;
  roles: readonly string[];
  domain?: string;
  country?: string;
  orgIds: string[];
  /** Position ids the phrase names. */
  positionIds: string[];
  /** Holders of those positions on the reference date. */
  holderIds: string[];
  counterpart: boolean;
}

/** A place named in the text (في مدريد). */
export interface Place {
  t0: number;
  t1: number;
  city: string;
  country: string;
}

export interface Analysis {
  tokens: Tokens;
  mentions: Found[];
  titles: TitlePhrase[];
  places: Place[];
  /** Cities at the start of a line (datelines: الرباط –). */
  datelines: Place[];
}

interface Match {
  entry: Entry;
  t0: number;
  t1: number;
  /** Offset where the span starts (after a stripped proclitic). */
  start: number;
}

const PROCLITIC_1 = new Set(['و', 'ف']);
const PROCLITIC_2 = new Set(['ب', 'ل', 'ك']);

/** Key variants of a token with separable proclitics removed: [key, folded chars skipped]. */
function variants(key: string): [string, number][] {
  const out: [string, number][] = [[key, 0]];
  let p = 0;
  if (key.length > 2 && PROCLITIC_1.has(key[0] as string)) {
    p = 1;
    out.push([key.slice(1), 1]);
  }
  if (key.length > p + 2 && PROCLITIC_2.has(key[p] as string)) {
    const rest = key.slice(p + 1);
    if (key[p] === 'ل' && rest.startsWith('ل') && !rest.startsWith('ال')) {
      // لل = ل + the article: للأمن → الأمن, the span starts at the second ل.
      out.push([`ا${rest}`, -(p + 1)]);
    } else {
      out.push([rest, p + 1]);
    }
  }
  return out;
}

function inSet(set: ReadonlySet<string>, vs: readonly (readonly [string, number])[] | undefined): boolean {
  if (vs === undefined) return false;
  for (const [v] of vs) if (set.has(v)) return true;
  return false;
}

const FOLDED_TITLE_HEADS = /* @__PURE__ */ (() => {
  const m = new Map<string, readonly string[]>();
  for (const [k, roles] of Object.entries(TITLE_HEADS)) m.set(keysOf(k).join(' '), roles);
  return m;
})();

function foldSet(words: Iterable<string>): ReadonlySet<string> {
  const s = new Set<string>();
  for (const w of words) {
    const k = keysOf(w).join(' ');
    if (k.length > 0) s.add(k);
  }
  return s;
}

let folded:
  | {
      triggerVerbs: ReadonlySet<string>;
      generic: ReadonlySet<string>;
      virtualHeads: ReadonlyMap<string, string>;
      stateParticles: ReadonlySet<string>;
      notName: ReadonlySet<string>;
      titleWords: ReadonlySet<string>;
      linkers: ReadonlySet<string>;
      honorifics: ReadonlySet<string>;
      counterpart: ReadonlySet<string>;
      stateVerbs: ReadonlySet<string>;
      stateBeforeName: ReadonlySet<string>;
      stateBeforeNisba: ReadonlySet<string>;
      stateBeforeMasculineNisba: ReadonlySet<string>;
      joiners: ReadonlySet<string>;
      domains: ReadonlyMap<string, string>;
    }
  | undefined;

function tables() {
  folded ??= {
    triggerVerbs: foldSet(Object.keys(MEETING_TRIGGERS).filter((k) => !k.includes(' '))),
    generic: foldSet(GENERIC_NAME_WORDS),
    virtualHeads: new Map(Object.entries(VIRTUAL_HEADS).map(([k, v]) => [keysOf(k).join(' '), keysOf(v).join(' ')])),
    stateParticles: foldSet(STATE_PARTICLES),
    notName: foldSet(NOT_NAME_WORDS),
    titleWords: foldSet(TITLE_WORDS),
    linkers: foldSet(TITLE_LINKERS),
    honorifics: foldSet(DIRECT_HONORIFICS),
    counterpart: foldSet(COUNTERPART_WORDS),
    stateVerbs: foldSet(STATE_VERBS),
    stateBeforeName: foldSet(STATE_BEFORE_NAME),
    stateBeforeNisba: foldSet(STATE_BEFORE_NISBA),
    stateBeforeMasculineNisba: foldSet(STATE_BEFORE_MASCULINE_NISBA),
    joiners: foldSet(NAME_JOINERS),
    domains: new Map(Object.entries(MINISTRY_DOMAINS).map(([k, v]) => [keysOf(k).join(' '), v])),
  };
  return folded;
}

function titleRoles(
  vs: readonly (readonly [string, number])[],
): { roles: readonly string[]; counterpart: boolean } | undefined {
  const t = tables();
  for (const [v] of vs) {
    const roles = FOLDED_TITLE_HEADS.get(v);
    if (roles !== undefined) return { roles, counterpart: t.counterpart.has(v) };
  }
  return undefined;
}

/** Longest entry matching at token i. */
function matchAt(lex: Lexicon, tk: Tokens, i: number, tv: readonly (readonly [string, number])[][]): Match | undefined {
  let best: Match | undefined;
  let bestLen = 0;
  let bestStripped = true;
  for (const [v, skip] of tv[i] ?? []) {
    const list = lex.byFirst.get(v);
    if (list === undefined) continue;
    for (const entry of list) {
      const n = entry.keys.length;
      if (n < bestLen || (n === bestLen && !(bestStripped && skip === 0))) continue;
      if (i + n > tk.count) continue;
      let ok = true;
      for (let j = 1; j < n; j++) {
        if (
          tk.key[i + j] !== entry.keys[j] ||
          ((tk.gap[i + j] as number) !== GAP_TIGHT && !(entry.cat !== 'person' && quoteGap(tk, i + j)))
        ) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (entry.acronym) {
        let caps = true;
        for (let j = 0; j < n; j++) if (tk.upper[i + j] !== 1 && !/^\d+$/.test(tk.key[i + j] as string)) caps = false;
        if (!caps || skip !== 0) continue;
      }
      const start = skip === 0 ? (tk.start[i] as number) : offsetOfFolded(tk, i, Math.abs(skip));
      best = { entry, t0: i, t1: i + n, start };
      bestLen = n;
      bestStripped = skip !== 0;
    }
  }
  return best;
}

/** Only spaces and quotation marks between token k-1 and token k (التحالف الدولي ضد «داعش»). */
function quoteGap(tk: Tokens, k: number): boolean {
  if (tk.gap[k] !== GAP_OTHER) return false;
  const a = tk.end[k - 1] as number;
  const b = tk.start[k] as number;
  return b - a <= 4 && /^[\s«»"“”]+$/u.test(tk.text.slice(a, b));
}

/** An agency named inside a title: وزير الداخلية → the entry of وزارة الداخلية, over الداخلية. */
function virtualMatchAt(
  lex: Lexicon,
  tk: Tokens,
  i: number,
  tv: readonly (readonly [string, number])[][],
): Match | undefined {
  const t = tables();
  let head: string | undefined;
  for (const [v] of tv[i] ?? []) head ??= t.virtualHeads.get(v);
  if (head === undefined || i + 1 >= tk.count || tk.gap[i + 1] !== GAP_TIGHT) return undefined;
  const list = lex.byFirst.get(head);
  if (list === undefined) return undefined;
  for (const entry of list) {
    const n = entry.keys.length - 1;
    if (n < 1 || i + 1 + n > tk.count || entry.cat !== 'agency') continue;
    let ok = true;
    for (let j = 0; j < n; j++) {
      if (tk.key[i + 1 + j] !== entry.keys[j + 1] || (j > 0 && tk.gap[i + 1 + j] !== GAP_TIGHT)) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry, t0: i + 1, t1: i + 1 + n, start: tk.start[i + 1] as number };
  }
  return undefined;
}

function sentenceOf(tk: Tokens): Int32Array {
  const s = new Int32Array(tk.count);
  let id = 0;
  for (let i = 0; i < tk.count; i++) {
    if (i > 0 && tk.gap[i] === GAP_SENTENCE) id++;
    s[i] = id;
  }
  return s;
}

/** States whose capital bears the state's name (folded) → the capital's English name. */
const CAPITAL_NAMED_LIKE_STATE: ReadonlyMap<string, string> = new Map([
  ['الجزاير', 'Algiers'],
  ['تونس', 'Tunis'],
  ['الكويت', 'Kuwait City'],
  ['جيبوتي', 'Djibouti'],
]);

/** Adjectives that belong to a federal ministry's name (folded). */
const FEDERAL = new Set(['الاتحاديه', 'الاتحادي', 'الفيدراليه', 'الفيدرالي', 'الفدراليه', 'الفدرالي']);

const PLACE_PREPS = new Set([
  'في',
  'الى',
  'من',
  'نحو',
  'الي',
  'بمدينه',
  'مدينه',
  'العاصمه',
  'عاصمه',
  'داخل',
  'زار',
  'زارت',
  'يزور',
  'تزور',
  'احتضنت',
  'استضافت',
]);

/** Runs the analysis. `reference` is a YYYY-MM-DD date or undefined. */
export function analyze(text: string, lex: Lexicon, reference: string | undefined): Analysis {
  const tk = tokenize(text);
  const t = tables();
  const tv = tk.key.map(variants);
  const bareAt = (k: number): string[] => (tv[k] ?? []).map((v) => v[0]);
  const sentence = sentenceOf(tk);
  const owner = new Int32Array(tk.count).fill(-1); // token → index in mentions
  const mentions: Found[] = [];
  const places: Place[] = [];
  const datelines: Place[] = [];
  const articleCountries = new Map<string, number>();
  const placeAt = new Uint8Array(tk.count);
  let bySentence: Map<number, Set<string>> | undefined;
  const pendingOrgs: [number, Entry][] = [];
  const pendingPersons: [number, Entry][] = [];

  // 1. Names of the index, longest first, left to right.
  const matches: Match[] = [];
  for (let i = 0; i < tk.count;) {
    const vm = virtualMatchAt(lex, tk, i, tv);
    if (vm !== undefined) {
      const direct = matchAt(lex, tk, i, tv);
      const inner = matchAt(lex, tk, i + 1, tv);
      const m =
        direct !== undefined && direct.t1 > vm.t1 ? direct : inner !== undefined && inner.t1 > vm.t1 ? inner : vm;
      if (m === inner || m === vm) {
        matches.push(m);
        i = m.t1;
        continue;
      }
    }
    const m = matchAt(lex, tk, i, tv);
    if (m === undefined) {
      i++;
      continue;
    }
    matches.push(m);
    i = m.t1;
  }
  for (const m of matches) {
    const e = m.entry;
    const end = tk.end[m.t1 - 1] as number;
    if (e.cat === 'country' || e.cat === 'nisba') {
      if (e.guarded === true && !showsState(m, e.cat)) continue;
      const code = e.ids[0] as string;
      // الجزائر، تونس، الكويت name a state and its capital: the city in a dateline, before
      // العاصمة, or after ب / في is a place.
      if (e.cat === 'country' && m.t1 - m.t0 === 1 && CAPITAL_NAMED_LIKE_STATE.has(tk.key[m.t0] as string)) {
        const next = m.t1 < tk.count ? (tk.key[m.t1] as string) : '';
        const prev = m.t0 > 0 && tk.gap[m.t0] !== GAP_SENTENCE ? (tk.key[m.t0 - 1] as string) : '';
        const dateline = tk.gap[m.t0] === GAP_SENTENCE && (m.t1 >= tk.count || (tk.gap[m.t1] as number) >= GAP_COMMA);
        if (dateline || next === 'العاصمه' || m.start !== tk.start[m.t0] || prev === 'في') {
          places.push({
            t0: m.t0,
            t1: m.t1,
            city: CAPITAL_NAMED_LIKE_STATE.get(tk.key[m.t0] as string) ?? '',
            country: code,
          });
          if (dateline)
            datelines.push({
              t0: m.t0,
              t1: m.t1,
              city: CAPITAL_NAMED_LIKE_STATE.get(tk.key[m.t0] as string) ?? '',
              country: code,
            });
          for (let k = m.t0; k < m.t1; k++) placeAt[k] = 1;
          continue;
        }
      }
      addCountryMention(
        m.t0,
        m.t1,
        m.start,
        end,
        code,
        e.cat === 'country' ? 0.95 : 0.9,
        e.cat === 'country' ? { byName: true } : {},
      );
    } else if (e.cat === 'city') {
      const code = e.ids[0] as string;
      const prevKey = m.t0 > 0 && tk.gap[m.t0] !== GAP_SENTENCE ? (tk.key[m.t0 - 1] as string) : '';
      const prevVars = m.t0 > 0 && tk.gap[m.t0] !== GAP_SENTENCE ? tv[m.t0 - 1] : undefined;
      const stripped = m.start !== tk.start[m.t0];
      const prevMention =
        m.t0 > 0 && tk.gap[m.t0] === GAP_TIGHT && owner[m.t0 - 1] !== -1
          ? mentions[owner[m.t0 - 1] as number]
          : undefined;
      const coordinated =
        tk.key[m.t0]?.startsWith('و') === true &&
        m.start !== tk.start[m.t0] &&
        prevMention?.kind === 'country' &&
        prevMention.capital === true;
      const asState =
        e.city?.capital === true &&
        (coordinated ||
          (!stripped &&
            (inSet(t.stateVerbs, prevVars) ||
              t.stateParticles.has(prevKey) ||
              (m.t1 < tk.count && tk.gap[m.t1] === GAP_TIGHT && inSet(t.stateVerbs, tv[m.t1])))));
      if (asState) {
        addCountryMention(m.t0, m.t1, m.start, end, code, 0.75, { capital: true });
      } else {
        for (let k = m.t0; k < m.t1; k++) placeAt[k] = 1;
        if (tk.gap[m.t0] === GAP_SENTENCE && m.t1 < tk.count && (tk.gap[m.t1] as number) >= GAP_COMMA)
          datelines.push({ t0: m.t0, t1: m.t1, city: e.city?.name ?? '', country: code });
        // A nisba may stand between the place word and the city (العاصمة النمساوية فيينا).
        const afterNisba =
          prevMention?.kind === 'country' &&
          prevMention.capital !== true &&
          prevMention.t0 > 0 &&
          tk.gap[prevMention.t0] === GAP_TIGHT &&
          PLACE_PREPS.has(tk.key[prevMention.t0 - 1] as string);
        if (stripped || PLACE_PREPS.has(prevKey) || afterNisba)
          places.push({ t0: m.t0, t1: m.t1, city: e.city?.name ?? '', country: code });
      }
    } else if (e.cat === 'agency' || e.cat === 'forum') {
      const mk =
        e.ministryKind ?? e.ids.map((id) => lex.agencies.get(id)?.kind).find((k) => k?.endsWith('-ministry') === true);
      let t1 = m.t1;
      // A ministry is named by its domain only: a state's nisba or government after it
      // (وزارة الداخلية الإماراتية، الداخلية بالحكومة الليبية) is outside the agency's span,
      // even where the data records the whole phrase as a name; the nisba is a country mention.
      if (mk !== undefined && e.ministryKind === undefined && e.cat === 'agency') {
        const cut = ministryCut(m);
        if (cut !== undefined && cut < m.t1) {
          t1 = cut;
          const idx = addMention({
            kind: 'agency',
            t0: m.t0,
            t1,
            start: m.start,
            end: tk.end[t1 - 1] as number,
            confidence: 0.92,
            ministryKind: mk,
          });
          if (idx >= 0) {
            const ids = e.ids.filter((id) => lex.agencies.get(id)?.kind === mk);
            if (ids.length === 1)
              (mentions[idx] as Found).ref = { kind: 'organization', id: ids[0] as `agency.${string}` } as PartyRef;
            else pendingOrgs.push([idx, e]);
          }
          for (let k = cut; k < m.t1; k++) {
            for (const [v, skip] of tv[k] ?? []) {
              const c = lex.byFirst
                .get(v)
                ?.find((x) => (x.cat === 'nisba' || x.cat === 'country') && x.keys.length === 1);
              if (c === undefined) continue;
              const code = c.ids[0] as string;
              const start = skip === 0 ? (tk.start[k] as number) : offsetOfFolded(tk, k, Math.abs(skip));
              addCountryMention(k, k + 1, start, tk.end[k] as number, code, 0.9);
              break;
            }
          }
          continue;
        }
      }
      // A ministry with several portfolios: الداخلية والجماعات المحلية والتهيئة العمرانية.
      if (e.ministryKind !== undefined) {
        let extended = false;
        for (let k = m.t1; k < tk.count && k < m.t1 + 8 && tk.gap[k] === GAP_TIGHT; k++) {
          const key = tk.key[k] as string;
          if (key.startsWith('وال') && key.length > 4) extended = true;
          else if (!(extended && key.startsWith('ال') && !t.notName.has(key) && !lex.byFirst.has(key))) break;
          t1 = k + 1;
        }
        // The last word added must not be a nisba or country (الداخلية والبلديات اللبنانية).
        while (
          t1 > m.t1 &&
          (lex.byFirst.get(tk.key[t1 - 1] as string)?.some((x) => x.cat === 'nisba' || x.cat === 'country') ?? false)
        )
          t1--;
        // A federal ministry (وزارة الداخلية الاتحادية).
        if (t1 === m.t1 && t1 < tk.count && tk.gap[t1] === GAP_TIGHT && FEDERAL.has(tk.key[t1] as string)) t1++;
      }
      const idx = addMention({
        kind: e.cat,
        t0: m.t0,
        t1,
        start: m.start,
        end: tk.end[t1 - 1] as number,
        confidence: e.acronym ? 0.9 : 0.92,
        ...(mk === undefined ? {} : { ministryKind: mk }),
      });
      if (idx >= 0) pendingOrgs.push([idx, e]);
    } else {
      const idx = addMention({
        kind: 'person',
        t0: m.t0,
        t1: m.t1,
        start: m.start,
        end,
        confidence: e.short ? 0.8 : 0.95,
      });
      if (idx >= 0) pendingPersons.push([idx, e]);
    }
  }

  // 2. Organizations: link when the record is certain in this context.
  for (const [idx, e] of pendingOrgs) {
    const m = mentions[idx] as Found;
    const ids = resolveOrg(e, m);
    if (ids !== undefined) m.ref = { kind: 'organization', id: ids } as PartyRef;
  }

  // 3. Titles, persons after titles and honorifics, persons before an apposed title.
  const titles: TitlePhrase[] = [];
  let lastTitle: TitlePhrase | undefined;
  for (let i = 0; i < tk.count; i++) {
    if (owner[i] !== -1) continue;
    const head =
      titleRoles(tv[i] ?? []) ??
      (tk.key[i] === 'الامين' && tk.key[i + 1] === 'العام' ? { roles: ['head'], counterpart: false } : undefined);
    if (head === undefined) continue;
    const phrase = readTitle(i, head.roles, head.counterpart, lastTitle);
    titles.push(phrase);
    if (!head.counterpart || phrase.positionIds.length > 0) lastTitle = phrase;
    let j = phrase.t1;
    // An acronym or agency in parentheses between the title and the name (المدير العام للأمن
    // الداخلي الفرنسي (DGSI) نيكولا ليرنر).
    const afterParen = parenthesized(j);
    if (afterParen !== -1) j = afterParen;
    // An optional comma between the title and the name (الأستاذ في جامعة مراكش، زهير لعميم).
    else if (j < tk.count && (tk.gap[j] as number) > GAP_COMMA) {
      i = phrase.t1 - 1;
      continue;
    }
    // A nisba between the comma and the name (رئيس المنظمة، الإماراتي أحمد ناصر الريسي).
    while (
      j < tk.count &&
      owner[j] !== -1 &&
      tk.gap[j] === GAP_COMMA &&
      (mentions[owner[j] as number] as Found).kind === 'country'
    ) {
      const f = mentions[owner[j] as number] as Found;
      if (phrase.country === undefined && f.country !== undefined) phrase.country = f.country;
      j = f.t1;
    }
    if (j < tk.count && owner[j] !== -1) {
      const f = mentions[owner[j] as number] as Found;
      if (f.kind === 'person' && f.t0 === j) attachTitle(f, phrase);
      i = phrase.t1 - 1;
      continue;
    }
    const run = nameRun(j);
    if (run !== undefined) {
      addPersonFromRun(run[0], run[1], phrase);
      i = run[1] - 1;
    } else {
      i = phrase.t1 - 1;
    }
  }
  // A name straight before a post, after a reporting verb (ترأس سامح شكري وزير الخارجية).
  for (const phrase of titles) {
    if (phrase.roles.length === 0 || phrase.counterpart || phrase.t0 < 3) continue;
    const j = phrase.t0 - 2;
    if (
      owner[phrase.t0 - 1] !== -1 ||
      owner[j] !== -1 ||
      tk.gap[phrase.t0 - 1] !== GAP_TIGHT ||
      (tk.gap[phrase.t0] as number) > GAP_COMMA
    )
      continue;
    if (!isNameWord(j) || !isNameWord(j + 1) || (tk.key[j] as string).startsWith('ال')) continue;
    const before = j - 1;
    if (before < 0 || tk.gap[j] !== GAP_TIGHT) continue;
    const bv = tv[before] ?? [];
    if (!bv.some(([v]) => t.triggerVerbs.has(v) || t.stateVerbs.has(v))) continue;
    addPersonFromRun(j, phrase.t0, phrase);
  }
  // Names followed by ", <title>" (أفريل هاينز، مديرة أجهزة الاستخبارات الوطنية).
  for (const phrase of titles) {
    const before = phrase.t0 - 1;
    if (before < 0 || tk.gap[phrase.t0] !== GAP_COMMA) continue;
    if (owner[before] !== -1) {
      const f = mentions[owner[before] as number] as Found;
      if (f.kind === 'person' && f.title === undefined) attachTitle(f, phrase);
      continue;
    }
  }
  // Persons of the index whose ids are still ambiguous or unresolved.
  for (const [idx, e] of pendingPersons) {
    const m = mentions[idx] as Found;
    if (m.ref !== undefined) continue;
    if (e.ids.length === 1) {
      const id = e.ids[0] as string;
      // A title that names another state's post, or a post held by someone else on the date,
      // contradicts a partial name (وزير الداخلية المغربي محمد الأمين).
      const c = m.title?.country === undefined ? undefined : countryOfPerson(lex, id, reference);
      const contradicted =
        (c !== undefined && c !== m.title?.country) ||
        (m.title !== undefined &&
          m.title.holderIds.length > 0 &&
          !m.title.holderIds.includes(id) &&
          (m.t1 - m.t0 < 3 || e.short));
      if (!contradicted) m.ref = { kind: 'person', id: id as `person.${string}` };
    } else if (m.title !== undefined) {
      const hit = e.ids.filter((id) => m.title?.holderIds.includes(id));
      if (hit.length === 1) m.ref = { kind: 'person', id: hit[0] as `person.${string}` };
    }
    if (m.ref === undefined) m.name = readable(text.slice(m.start, m.end), m.title?.country);
  }

  // 3b. Ministries named by their domain only (وزير الداخلية): the state comes from the title
  // (وزير الداخلية في المملكة المتحدة), else from the person holding the post (وزير الداخلية،
  // عبد الوافي لفتيت), else — for an unqualified mention — from the state whose ministry the
  // text named unqualified before (news name their own state's minister without a nisba).
  resolveMinistries();

  // 4. Coreference: a surname (or the last word of a name) given in full earlier.
  const surnames = new Map<string, Found>();
  const ordered = mentions.slice().sort((a, b) => a.t0 - b.t0);
  for (const f of ordered) {
    if (f.kind !== 'person' || f.t1 - f.t0 < 2) continue;
    const last = tk.key[f.t1 - 1] as string;
    if (last.length < 4 || t.notName.has(last)) continue;
    if (!surnames.has(last)) surnames.set(last, f);
    if (last.startsWith('ال') && last.length > 4 && !surnames.has(last.slice(2))) surnames.set(last.slice(2), f);
    else if (!last.startsWith('ال') && !surnames.has(`ال${last}`)) surnames.set(`ال${last}`, f);
  }
  if (surnames.size > 0) {
    for (let i = 0; i < tk.count; i++) {
      if (owner[i] !== -1) continue;
      for (const [v, skip] of tv[i] ?? []) {
        const f = surnames.get(v);
        if (f === undefined || f.t0 >= i) continue;
        // The next word must not continue a longer name (another person with the same surname).
        const start = skip === 0 ? (tk.start[i] as number) : offsetOfFolded(tk, i, Math.abs(skip));
        const found: Found = {
          kind: 'person',
          t0: i,
          t1: i + 1,
          start,
          end: tk.end[i] as number,
          confidence: f.ref === undefined ? 0.6 : 0.85,
        };
        if (f.ref !== undefined) found.ref = f.ref;
        if (f.name !== undefined) found.name = f.name;
        addMention(found);
        break;
      }
    }
  }

  mentions.sort((a, b) => a.start - b.start);
  return { tokens: tk, mentions, titles, places, datelines };

  // --- helpers (closures over the state above) ---

  function resolveMinistries(): void {
    const unresolved = mentions.filter(
      (f) => f.kind === 'agency' && f.ministryKind !== undefined && f.ref === undefined,
    );
    if (unresolved.length === 0) return;
    const personOf = new Map<TitlePhrase, Found>();
    for (const f of mentions)
      if (f.kind === 'person' && f.title !== undefined && !personOf.has(f.title)) personOf.set(f.title, f);
    // A person named right before a post (خليفة بن حمد آل ثاني وزير الداخلية) holds it when no name follows it.
    for (const phrase of titles) {
      if (personOf.has(phrase) || phrase.t0 === 0 || (tk.gap[phrase.t0] as number) > GAP_COMMA) continue;
      const o = owner[phrase.t0 - 1] as number;
      const f = o === -1 ? undefined : (mentions[o] as Found);
      if (
        f?.kind === 'person' &&
        f.ref?.kind === 'person' &&
        (f.title === undefined || f.title === phrase || f.title.roles.length === 0)
      )
        personOf.set(phrase, f);
    }
    // Posts stacked after a named holder hold with the first (سيف بن زايد آل نهيان نائب رئيس مجلس
    // الوزراء وزير الداخلية): a phrase right after a held phrase, with no name of its own.
    const endingAt = new Map<number, TitlePhrase>();
    for (const phrase of titles) {
      const before = endingAt.get(phrase.t0);
      const holder = before === undefined ? undefined : personOf.get(before);
      if (holder !== undefined && !personOf.has(phrase) && tk.gap[phrase.t0] === GAP_TIGHT)
        personOf.set(phrase, holder);
      endingAt.set(phrase.t1, phrase);
    }
    // Token → the title phrase it is inside (phrases do not overlap: linear).
    const inside = new Int32Array(tk.count).fill(-1);
    titles.forEach((p, n) => {
      for (let k = p.t0 + 1; k < p.t1; k++) inside[k] = n;
    });
    const phraseAt = (k: number): TitlePhrase | undefined =>
      inside[k] === -1 ? undefined : titles[inside[k] as number];
    const ministryOf = (country: string | undefined, kind: string): string | undefined => {
      if (country === undefined) return undefined;
      const ids = lex.agenciesByCountryKind.get(`${country}|${kind}`) ?? [];
      return ids.length === 1 ? ids[0] : undefined;
    };
    const home = new Map<string, Set<string>>(); // kind → ids linked unqualified
    const bare: Found[] = [];
    for (const f of unresolved.sort((a, b) => a.t0 - b.t0)) {
      const kind = f.ministryKind as string;
      const phrase = phraseAt(f.t0);
      let id = ministryOf(phrase?.country, kind);
      let qualified = id !== undefined;
      if (id === undefined && phrase !== undefined) {
        const holder = personOf.get(phrase);
        const personId = holder?.ref?.kind === 'person' ? holder.ref.id : undefined;
        if (personId !== undefined) {
          const held = (lex.occupanciesByPerson.get(personId) ?? [])
            .map((o) => lex.positions.get(o.positionId as string)?.organizationId)
            .filter(
              (o): o is `agency.${string}` | `forum.${string}` => o !== undefined && lex.agencies.get(o)?.kind === kind,
            );
          id = new Set(held).size === 1 ? held[0] : ministryOf(countryOfPerson(lex, personId, reference), kind);
          qualified = false;
        }
      }
      if (id === undefined && (phrase === undefined || !personOf.has(phrase))) {
        // No post holder named: the only state the sentence names.
        const local = sentenceCountries(f);
        if (local.size === 1) {
          id = ministryOf([...local][0], kind);
          qualified = true;
        }
      }
      if (id === undefined) {
        if (phrase === undefined || !personOf.has(phrase)) bare.push(f);
        continue;
      }
      f.ref = { kind: 'organization', id: id as `agency.${string}` } as PartyRef;
      if (!qualified && phrase?.country === undefined) {
        const set = home.get(kind) ?? new Set<string>();
        set.add(id);
        home.set(kind, set);
      }
    }
    for (const f of bare) {
      const ids = home.get(f.ministryKind as string);
      if (ids === undefined || ids.size !== 1) continue;
      const id = [...ids][0] as string;
      const c = lex.agencies.get(id)?.country;
      const local = sentenceCountries(f);
      if (countryAfter(f) !== undefined || (local.size > 0 && (c === undefined || !local.has(c)))) continue;
      f.ref = { kind: 'organization', id: id as `agency.${string}` } as PartyRef;
    }
  }

  /** Where a ministry's name ends inside a matched as-reported name: before a nisba, a country or a phrase after a preposition. */
  function ministryCut(m: Match): number | undefined {
    let k = m.t0 + 1;
    if (bareAt(m.t0).some((v) => v === 'وزاره' || v === 'وزارة')) k++;
    // Multi-word domains (الشؤون الخارجية).
    while (
      k < m.t1 &&
      bareAt(k).some((v) => t.domains.has(v) || t.domains.has(`${tk.key[k - 1] as string} ${v}`)) &&
      !isStateWord(k)
    )
      k++;
    return k < m.t1 && (isStateWord(k) || /^[بل]|^في$/.test(tk.key[k] as string)) ? k : undefined;
  }

  function isStateWord(k: number): boolean {
    for (const [v] of tv[k] ?? [])
      if (lex.byFirst.get(v)?.some((x) => (x.cat === 'nisba' || x.cat === 'country') && x.keys.length === 1) === true)
        return true;
    return false;
  }

  function addMention(f: Found): number {
    if (f.end <= f.start) return -1;
    for (let k = f.t0; k < f.t1; k++) if (owner[k] !== -1) return -1;
    const idx = mentions.length;
    mentions.push(f);
    for (let k = f.t0; k < f.t1; k++) owner[k] = idx;
    return idx;
  }

  /**
   * Where the words after `(` at token `j` end, when they are one acronym in Latin capitals or
   * one agency or forum mention followed by `)`: the token after `)`, or -1.
   */
  function parenthesized(j: number): number {
    if (j <= 0 || j >= tk.count || tk.gap[j] !== GAP_OTHER) return -1;
    if (!text.slice(tk.end[j - 1], tk.start[j]).includes('(')) return -1;
    const o = owner[j] as number;
    const f = o === -1 ? undefined : mentions[o];
    const end =
      f !== undefined && f.t0 === j && (f.kind === 'agency' || f.kind === 'forum')
        ? f.t1
        : o === -1 && tk.upper[j] === 1
          ? j + 1
          : -1;
    if (end === -1 || end >= tk.count || tk.gap[end] !== GAP_OTHER) return -1;
    return text.slice(tk.end[end - 1], tk.start[end]).includes(')') ? end : -1;
  }

  /**
   * Whether the words around a country name or nisba that is also a common word (مالي) show a
   * state: a preposition of place or relation, دولة or جمهورية before the name, or ب / ل / a
   * listed country with و glued to it (بمالي، موريتانيا ومالي); a title, an army or a government
   * before the nisba (السفير المالي، الجيش المالي; الوزير المالي, but not وزير المالية).
   */
  function showsState(m: { t0: number; start: number }, cat: 'country' | 'nisba'): boolean {
    // The word before, as written and without its clitics (والوزير → الوزير).
    const prev = m.t0 > 0 && tk.gap[m.t0] !== GAP_SENTENCE ? (tv[m.t0 - 1] ?? []).map(([v]) => v) : [];
    if (cat === 'nisba') {
      const feminine = (tk.key[m.t0] as string).endsWith('ه');
      return prev.some((v) => t.stateBeforeNisba.has(v) || (t.stateBeforeMasculineNisba.has(v) && !feminine));
    }
    if (prev.some((v) => t.stateBeforeName.has(v))) return true;
    if (m.start === tk.start[m.t0]) return false;
    const clitic = tk.key[m.t0]?.[0];
    if (clitic === 'ب' || clitic === 'ل') return true;
    const before = m.t0 > 0 && tk.gap[m.t0] === GAP_TIGHT ? owner[m.t0 - 1] : -1;
    return clitic === 'و' && before !== undefined && before !== -1 && mentions[before]?.kind === 'country';
  }

  /** A country mention (a name, nisba or capital) of tokens t0..t1, counted for the article. */
  function addCountryMention(
    t0: number,
    t1: number,
    start: number,
    end: number,
    code: string,
    confidence: number,
    extra: Pick<Found, 'capital' | 'byName'> = {},
  ): number {
    articleCountries.set(code, (articleCountries.get(code) ?? 0) + 1);
    return addMention({
      kind: 'country',
      t0,
      t1,
      start,
      end,
      ref: { kind: 'country', country: code },
      country: code,
      confidence,
      ...extra,
    });
  }

  function countryAfter(f: Found): string | undefined {
    const k = f.t1;
    if (k >= tk.count || tk.gap[k] !== GAP_TIGHT || owner[k] === -1) return undefined;
    const next = mentions[owner[k] as number] as Found;
    return next.kind === 'country' && next.t0 === k ? next.country : undefined;
  }

  function sentenceCountries(f: Found): Set<string> {
    const s = sentence[f.t0] as number;
    if (bySentence === undefined) {
      bySentence = new Map();
      const note = (t0: number, country: string | undefined): void => {
        if (country === undefined) return;
        const id = sentence[t0] as number;
        const set = bySentence?.get(id) ?? new Set<string>();
        set.add(country);
        bySentence?.set(id, set);
      };
      for (const m of mentions) if (m.kind === 'country') note(m.t0, m.country);
      // Persons named exactly count for the state they serve (المدير العام للأمن الوطني عبد اللطيف حموشي).
      for (const [idx, e] of pendingPersons)
        if (e.ids.length === 1 && !e.short)
          note((mentions[idx] as Found).t0, countryOfPerson(lex, e.ids[0] as string, reference));
    }
    return bySentence.get(s) ?? new Set<string>();
  }

  function resolveOrg(e: Entry, f: Found): string | undefined {
    let ids = e.ids;
    const after = countryAfter(f);
    if (e.ministryKind !== undefined) {
      // A ministry named by its domain: the state must be given right after or be the only one
      // the sentence names.
      // Otherwise the state comes from the title or the context (resolveMinistries).
      const c = after;
      if (c === undefined) return undefined;
      const same = ids.filter((id) => lex.agencies.get(id)?.country === c);
      const alt = same.length > 0 ? same : (lex.agenciesByCountryKind.get(`${c}|${e.ministryKind}`) ?? []);
      return alt.length === 1 ? alt[0] : undefined;
    }
    const recordCountry = (id: string): string | undefined => lex.agencies.get(id)?.country;
    if (after !== undefined) {
      const same = ids.filter((id) => recordCountry(id) === after);
      if (same.length > 0) ids = same;
      else {
        // "وزارة الداخلية الإسبانية": the ministry of the named country, when the data knows it.
        const kind = ids.map((id) => lex.agencies.get(id)?.kind).find((k) => k !== undefined);
        const alt = kind === undefined ? [] : (lex.agenciesByCountryKind.get(`${after}|${kind}`) ?? []);
        return alt.length === 1 ? alt[0] : undefined;
      }
    }
    if (ids.length === 1) {
      const id = ids[0] as string;
      const c = recordCountry(id);
      if (c === undefined || after !== undefined) return id;
      // A distinctive name (مكتب التحقيقات الفيدرالي) is sure; a generic one (الأمن الوطني) needs
      // the context not to point at other states only.
      if (!e.short && e.weak !== true && !e.keys.some((k) => t.generic.has(k))) return id;
      // A national agency whose name another state's agency could share: the text must not point
      // only at other states.
      const local = sentenceCountries(f);
      if (local.size > 0 && !local.has(c) && !articleCountries.has(c)) return undefined;
      if (local.size === 0 && articleCountries.size > 0 && !articleCountries.has(c)) return undefined;
      return id;
    }
    const local = sentenceCountries(f);
    let pick = ids.filter((id) => local.has(recordCountry(id) ?? ''));
    if (pick.length !== 1) pick = ids.filter((id) => articleCountries.has(recordCountry(id) ?? ''));
    return pick.length === 1 ? pick[0] : undefined;
  }

  function readTitle(
    i: number,
    roles: readonly string[],
    counterpart: boolean,
    previous: TitlePhrase | undefined,
  ): TitlePhrase {
    const phrase: TitlePhrase = { t0: i, t1: i + 1, roles, orgIds: [], positionIds: [], holderIds: [], counterpart };
    let k = i + 1;
    let general = false;
    const limit = Math.min(tk.count, i + 10);
    while (k < limit && tk.gap[k] === GAP_TIGHT) {
      const key = tk.key[k] as string;
      if (placeAt[k] !== 0 && k > i + 1 && owner[k - 1] === -1 && bareAt(k - 1).some((v) => t.titleWords.has(v))) {
        k++;
        continue;
      }
      if (owner[k] !== -1) {
        const f = mentions[owner[k] as number] as Found;
        if (f.kind === 'person') break;
        if (f.kind === 'country') {
          if (phrase.country === undefined && f.country !== undefined) phrase.country = f.country;
        } else {
          if (f.ref?.kind === 'organization') phrase.orgIds.push(f.ref.id);
          if (f.ministryKind !== undefined && k === i + 1) phrase.domain ??= f.ministryKind;
        }
        k = f.t1;
        continue;
      }
      const b = bareAt(k);
      if (b.includes('العام') || b.includes('عام')) general = true;
      const domain = b.map((v) => t.domains.get(v)).find((d) => d !== undefined);
      if (domain !== undefined && phrase.domain === undefined && k === i + 1) phrase.domain = domain;
      if (
        b.some((v) => t.titleWords.has(v) || t.honorifics.has(v)) ||
        (t.linkers.has(key) &&
          k + 1 < limit &&
          tk.gap[k + 1] === GAP_TIGHT &&
          (owner[k + 1] !== -1 || bareAt(k + 1).some((v) => t.titleWords.has(v))))
      ) {
        k++;
        continue;
      }
      break;
    }
    phrase.t1 = k;
    if (counterpart && previous !== undefined) {
      phrase.roles = previous.roles;
      if (previous.domain !== undefined) phrase.domain = previous.domain;
      if (phrase.orgIds.length === 0 && phrase.country === undefined) phrase.orgIds.push(...previous.orgIds);
    }
    // Which posts does the phrase name?
    const orgs = new Set(phrase.orgIds);
    if (phrase.domain !== undefined && phrase.country !== undefined) {
      for (const id of lex.agenciesByCountryKind.get(`${phrase.country}|${phrase.domain}`) ?? []) orgs.add(id);
    }
    let roleList = phrase.roles;
    if (general && roleList.includes('director-general')) roleList = ['director-general'];
    for (const org of orgs) {
      for (const p of lex.positionsByOrg.get(org) ?? []) {
        if (
          roleList.includes(p.role) &&
          (phrase.country === undefined || p.country === undefined || p.country === phrase.country)
        )
          phrase.positionIds.push(p.id);
      }
    }
    for (const p of phrase.positionIds)
      for (const h of holdersOn(lex, p, reference)) if (!phrase.holderIds.includes(h)) phrase.holderIds.push(h);
    // A rank or honorific straight before the name.
    return phrase;
  }

  function attachTitle(f: Found, phrase: TitlePhrase): void {
    f.title = phrase;
  }

  function isNameWord(k: number): boolean {
    if (k >= tk.count || owner[k] !== -1) return false;
    const key = tk.key[k] as string;
    if (key.length < 2 || /^\d/.test(key)) return false;
    if (t.notName.has(key) || t.titleWords.has(key) || titleRoles(tv[k] ?? []) !== undefined) return false;
    for (const [v] of tv[k] ?? []) if (t.notName.has(v) && v !== key) return false;
    return true;
  }

  /** A run of 2–4 name words starting at token j (one word when a known surname). */
  function nameRun(j: number): [number, number] | undefined {
    if (j >= tk.count) return undefined;
    if (!isNameWord(j)) return undefined;
    const first = tk.key[j] as string;
    // A name does not start with a proclitic + article (والأمن، بالمغرب).
    if (/^[وفبلك]ال/.test(first) && first.length > 4) return undefined;
    let k = j + 1;
    while (
      k < tk.count &&
      k - j < 5 &&
      tk.gap[k] === GAP_TIGHT &&
      (isNameWord(k) ||
        (t.joiners.has(tk.key[k - 1] as string) && owner[k] === -1 && (tk.key[k] as string).length >= 3))
    ) {
      const key = tk.key[k] as string;
      // A new word joined with و starts a new phrase (… ووزير), unless it is a name particle.
      if (key.startsWith('و') && key.length > 3 && !t.joiners.has(key) && k - j >= 2) break;
      // An abstract noun (أهمية، الأمنية) is not part of a name.
      if (key.endsWith('يه') && key.length > 4) break;
      // A preposition fused with the article (بالجهود، للتعاون، بمستوى) starts a complement.
      if (/^(?:[بلك]ال|لل|وبال|ب[مت])/.test(key) && key.length > 4) break;
      k++;
    }
    let words = k - j;
    if (words > 4) words = 4;
    // A joiner (عبد، بن، أبو) cannot end a name.
    while (words > 1 && t.joiners.has(tk.key[j + words - 1] as string)) words--;
    if (words < 2) return undefined;
    return [j, j + words];
  }

  function addPersonFromRun(t0: number, t1: number, phrase: TitlePhrase): void {
    const start = tk.start[t0] as number;
    const end = tk.end[t1 - 1] as number;
    const surface = text.slice(start, end);
    const f: Found = { kind: 'person', t0, t1, start, end, confidence: 0.6, title: phrase };
    // The holder of the post on the reference date, when the name agrees with theirs.
    let linked: string | undefined;
    if (phrase.holderIds.length === 1) {
      const id = phrase.holderIds[0] as string;
      if (bestSimilarity(id, surface, tk.key.slice(t0, t1)) >= 0.5) linked = id;
    }
    if (linked === undefined) {
      // A close spelling of a known person's full name.
      let best = 0;
      let second = 0;
      let bestId: string | undefined;
      const candidates = new Set<string>();
      for (const k of tk.key.slice(t0, t1)) {
        for (const v of [k, k.startsWith('ال') ? k.slice(2) : `ال${k}`])
          for (const id of lex.personsByWord.get(v) ?? []) candidates.add(id);
      }
      for (const id of candidates) {
        const s = bestSimilarity(id, surface, tk.key.slice(t0, t1));
        if (s > best) {
          second = best;
          best = s;
          bestId = id;
        } else if (s > second) second = s;
      }
      if (bestId !== undefined && best >= 0.9 && second < 0.75) linked = bestId;
    }
    if (linked !== undefined) {
      f.ref = { kind: 'person', id: linked as `person.${string}` };
      f.confidence = 0.8;
    } else {
      f.name = readable(surface, phrase.country);
    }
    addMention(f);
  }

  function bestSimilarity(personId: string, surface: string, keys: readonly string[]): number {
    let best = 0;
    const last = keys[keys.length - 1] as string;
    for (const n of lex.personNames.get(personId) ?? []) {
      const nk = keysOf(n);
      const nLast = nk[nk.length - 1] ?? '';
      const sameLast = nLast === last || nLast === `ال${last}` || `ال${nLast}` === last;
      let s: number;
      try {
        s = compareNames(surface, n);
      } catch {
        s = 0;
      }
      if (sameLast) s = Math.max(s, 0.5);
      if (s > best) best = s;
    }
    return best;
  }
}

/** States whose press writes Arabic names the French way (Abdellatif Hammouchi, not Abdul-Latif). */
const FRENCH_SPELLING_STATES: ReadonlySet<string> = new Set(['MA', 'DZ', 'TN', 'MR', 'FR', 'BE']);

/**
 * A readable Latin form of an Arabic (or Latin) name, in the spelling of the press of `country`
 * when the text gives it (the title's state: وزير الداخلية العراقي): French-influenced for the
 * Maghreb, English-influenced elsewhere.
 */
export function readable(name: string, country?: string): string {
  try {
    const style = country === undefined || FRENCH_SPELLING_STATES.has(country) ? 'maghreb' : 'mashreq';
    const r = romanizeArabicName(name, { style });
    return r.length > 0 ? r : name;
  } catch {
    return name;
  }
}
