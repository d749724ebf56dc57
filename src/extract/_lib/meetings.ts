/**
 * Meetings from the words that report them (استقبل، التقى، أجرى مباحثات، زيارة، اتصال هاتفي،
 * وقّع، ترأس، شارك في), one clause at a time: the participants, parties, place and date of the
 * clause, then clauses that report the same event merged.
 */
import type { ArabicDate } from '../../arabic/index.js';
import type { PartyRef } from '../../schemas/index.js';
import type { DraftMeeting, DraftMeetingKind, DraftParticipant, DraftParticipantRole } from '../draft-meeting.js';
import type { Analysis, Found, Place, TitlePhrase } from './analyze.js';
import type { Lexicon } from './lexicon.js';
import { countryOfPerson } from './lexicon.js';
import { FUTURE_WORDS, MEETING_TRIGGERS } from './tables.js';
import { GAP_SENTENCE, GAP_TIGHT, keysOf } from './tokens.js';
import { findDatesAsGiven } from './presentation-forms.js';

interface Trigger {
  keys: string[];
  kind: string;
  verb: boolean;
}

let triggerIndex: Map<string, Trigger[]> | undefined;
let futureKeys: Set<string> | undefined;

function triggers(): Map<string, Trigger[]> {
  if (triggerIndex !== undefined) return triggerIndex;
  const m = new Map<string, Trigger[]>();
  const nouns = new Set([
    'زيارة',
    'زيارة عمل',
    'زيارة رسمية',
    'لقاء',
    'مباحثات',
    'محادثات',
    'مشاركة',
    'توقيع',
    'جلسة عمل',
    'اتصال هاتفي',
    'اتصالا هاتفيا',
    'مكالمة هاتفية',
    'تقنية الفيديو',
    'تقنية التناظر',
  ]);
  for (const [phrase, kind] of Object.entries(MEETING_TRIGGERS)) {
    const keys = keysOf(phrase);
    const t: Trigger = { keys, kind, verb: !nouns.has(phrase) };
    const list = m.get(keys[0] as string) ?? [];
    list.push(t);
    list.sort((a, b) => b.keys.length - a.keys.length);
    m.set(keys[0] as string, list);
  }
  triggerIndex = m;
  return m;
}

function future(): Set<string> {
  futureKeys ??= new Set([...FUTURE_WORDS].map((w) => keysOf(w).join(' ')));
  return futureKeys;
}

function stripConj(key: string): string[] {
  const out = [key];
  if (key.length > 3 && (key[0] === 'و' || key[0] === 'ف')) out.push(key.slice(1));
  if (key.length > 3 && (key[0] === 'ب' || key[0] === 'ل')) out.push(key.slice(1));
  if (key.length > 4 && (key[0] === 'و' || key[0] === 'ف') && (key[1] === 'ب' || key[1] === 'ل'))
    out.push(key.slice(2));
  return out;
}

/** An internal meeting: the draft plus the mentions it rests on. */
export interface FoundMeeting {
  draft: DraftMeeting;
  persons: Found[];
  sentence: number;
  /** Whether the clause names enough parties to be a meeting. */
  enough: boolean;
}

interface Clause {
  sentence: number;
  t0: number;
  t1: number;
  trig: number;
  trigEnd: number;
  kind: string;
  verb: boolean;
  receive: boolean;
}

const OPENING = new Set(['انطلقت', 'اختتمت', 'افتتحت']);
const WORKS = new Set(['اشغال', 'اعمال', 'فعاليات']);

const RECEIVE = new Set(['استقبل', 'استقبلت', 'يستقبل', 'تستقبل']);

/** First index whose key is at least `value` (the list is sorted by that key). */
function lowerBound<T>(list: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function precisionOf(iso: string): number {
  return iso.length === 4 ? 1 : iso.length === 7 ? 2 : 3;
}

/** Finds the meetings the text reports as held. */
export function findMeetings(text: string, a: Analysis, lex: Lexicon, reference: string | undefined): FoundMeeting[] {
  const tk = a.tokens;
  if (tk.count === 0) return [];
  let dates: ArabicDate[] = [];
  try {
    dates = findDatesAsGiven(text, reference === undefined ? undefined : { reference });
  } catch {
    dates = [];
  }
  // Sentence bounds per token.
  const sentStart = new Int32Array(tk.count);
  const sentEnd = new Int32Array(tk.count);
  let s0 = 0;
  for (let i = 1; i <= tk.count; i++) {
    if (i === tk.count || tk.gap[i] === GAP_SENTENCE) {
      for (let k = s0; k < i; k++) {
        sentStart[k] = s0;
        sentEnd[k] = i;
      }
      s0 = i;
    }
  }
  const home = homeCountry(text, a);
  const index = triggers();
  const fut = future();
  const clauses: Clause[] = [];
  for (let i = 0; i < tk.count; i++) {
    for (const v of stripConj(tk.key[i] as string)) {
      const list = index.get(v);
      if (list === undefined) continue;
      let hit: Trigger | undefined;
      for (const t of list) {
        let ok = i + t.keys.length <= tk.count;
        for (let j = 1; ok && j < t.keys.length; j++) ok = tk.key[i + j] === t.keys[j] && tk.gap[i + j] === GAP_TIGHT;
        if (ok) {
          hit = t;
          break;
        }
      }
      if (hit === undefined) continue;
      // انطلقت / اختتمت report a session only with its works after them (اختتمت أمس في مراكش أعمال …).
      if (hit.keys.length === 1 && OPENING.has(v)) {
        let works = false;
        for (let k = i + 1; k < Math.min(tk.count, i + 12) && tk.gap[k] !== GAP_SENTENCE; k++)
          if (WORKS.has(tk.key[k] as string)) works = true;
        if (!works) continue;
      }
      const c: Clause = {
        sentence: sentStart[i] as number,
        t0: sentStart[i] as number,
        t1: sentEnd[i] as number,
        trig: i,
        trigEnd: i + hit.keys.length,
        kind: hit.kind,
        verb: hit.verb,
        receive: RECEIVE.has(v),
      };
      // Skip a clause of the future or of a plan; nouns after a demonstrative (هذه اللقاءات) refer back.
      let isFuture = false;
      for (let k = Math.max(c.t0, i - 8); k < Math.min(c.t1, c.trigEnd + 4); k++)
        if (fut.has(tk.key[k] as string)) isFuture = true;
      const prev = i > 0 ? (tk.key[i - 1] as string) : '';
      if (!isFuture && !(prev === 'هذه' || prev === 'هذا' || prev === 'تلك' || prev === 'ذلك')) clauses.push(c);
      i += hit.keys.length - 1;
      break;
    }
  }
  // Several reporting words in one sentence: each starts a clause that ends at the next one; the
  // clauses after the first keep the subject (the first participant) of the first. A clause that
  // names no new participant belongs to the one before.
  // A reporting noun after a reporting verb of the same sentence (ترأس … عبر تقنية التناظر
  // المرئي، الاجتماع …) names the same event: it does not start a clause of its own.
  for (let k = clauses.length - 1; k > 0; k--) {
    const c = clauses[k] as Clause;
    const prev = clauses[k - 1] as Clause;
    if (!c.verb && prev.verb && prev.sentence === c.sentence) clauses.splice(k, 1);
  }
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k] as Clause;
    const next = clauses[k + 1];
    const prev = clauses[k - 1];
    if (prev !== undefined && prev.sentence === c.sentence) c.t0 = c.trig;
    if (next !== undefined && next.sentence === c.sentence) c.t1 = next.trig;
  }
  const out: FoundMeeting[] = [];
  let subject: FoundMeeting | undefined;
  const backRef = new Set([
    'الاجتماع',
    'الاجتماعات',
    'الدوره',
    'اشغال',
    'اعمال',
    'الاشغال',
    'الاعمال',
    'المؤتمر',
    'اللقاء',
    'القمه',
    'الجلسه',
  ]);
  for (const c of clauses) {
    const m = buildMeeting(c, subject !== undefined && subject.sentence === c.sentence ? subject : undefined);
    if (m === undefined) continue;
    if (subject === undefined || subject.sentence !== c.sentence) subject = m;
    const last = out[out.length - 1];
    // "شارك في الاجتماع …" names more participants of the meeting just reported.
    if (
      last !== undefined &&
      c.verb &&
      last.draft.forumId !== undefined &&
      (c.kind === 'other' || c.kind === 'working-session')
    ) {
      let refers = false;
      for (let k = c.trigEnd; k < Math.min(c.t1, c.trigEnd + 2); k++)
        for (const v of stripConj(tk.key[k] as string)) if (backRef.has(v)) refers = true;
      if (refers) {
        const d = m.draft as { -readonly [K in keyof DraftMeeting]: DraftMeeting[K] };
        if (last.draft.date !== undefined) d.date = last.draft.date;
        else delete d.date;
        delete d.forumId;
        mergeInto(last, m);
        continue;
      }
    }
    // Talks on the margins of the meeting just reported (على هامش الاجتماع) happen during it, and
    // their states take part in it.
    let margin = false;
    for (let k = Math.max(c.t0, c.trig - 6); k + 1 < c.trig; k++)
      if (tk.key[k] === 'هامش' && backRef.has(tk.key[k + 1] as string)) margin = true;
    if (margin && last !== undefined && m.enough) {
      if (m.draft.date === undefined && last.draft.date !== undefined)
        (m.draft as { date?: string }).date = last.draft.date;
      if (last.draft.forumId !== undefined) {
        const d = last.draft as { -readonly [K in keyof DraftMeeting]: DraftMeeting[K] };
        for (const p of m.draft.parties)
          if (p.kind === 'country' && !d.parties.some((q) => q.kind === 'country' && q.country === p.country))
            d.parties.push(p);
        d.parties.sort((x, y) =>
          x.kind === y.kind ? JSON.stringify(x).localeCompare(JSON.stringify(y)) : x.kind === 'country' ? -1 : 1,
        );
      }
    }
    if (!m.enough) continue;
    // The same event is reported close by: look back over the last few meetings only.
    let same: FoundMeeting | undefined;
    for (let k = out.length - 1; k >= 0 && k >= out.length - 16; k--) {
      if (sameEvent((out[k] as FoundMeeting).draft, m.draft)) {
        same = out[k];
        break;
      }
    }
    if (same !== undefined) mergeInto(same, m);
    else out.push(m);
  }
  return out;

  function buildMeeting(c: Clause, subject: FoundMeeting | undefined): FoundMeeting | undefined {
    const start = tk.start[c.t0] as number;
    const end = tk.end[c.t1 - 1] as number;
    const inClause: Found[] = [];
    for (let k = lowerBound(a.mentions, start, (m) => m.start); k < a.mentions.length; k++) {
      const m = a.mentions[k] as Found;
      if (m.start >= end) break;
      if (m.end <= end) inClause.push(m);
    }
    const countries: string[] = [];
    const orgs: string[] = [];
    let forumId: string | undefined;
    const persons: Found[] = [];
    const participants: DraftParticipant[] = [];
    const addCountry = (code: string | undefined): void => {
      if (code !== undefined && !countries.includes(code)) countries.push(code);
    };
    const trigStart = tk.start[c.trig] as number;
    let firstPerson = true;
    // Where each participant is named (a token index), to give roles in the order of the text.
    const namedAt: number[] = [];
    if (subject !== undefined) {
      const first = subject.draft.participants[0];
      const firstFound = subject.persons[0];
      if (first !== undefined) {
        participants.push(first);
        namedAt.push(-1);
        if (firstFound !== undefined) persons.push(firstFound);
        addCountry(first.country);
        firstPerson = false;
      }
    }
    // States named by name after the participants' states are known may be the talks' topic
    // (بحثا الأوضاع في ليبيا والسودان): they count only when fewer than two states take part otherwise.
    const named: string[] = [];
    for (const m of inClause) {
      if (m.kind === 'country' && m.byName === true && m.start > trigStart) named.push(m.country as string);
      else if (m.kind === 'country') addCountry(m.country);
      else if (m.kind === 'agency' || m.kind === 'forum') {
        if (m.ref?.kind !== 'organization') continue;
        const id = m.ref.id;
        if (m.kind === 'forum') forumId ??= id;
        if (!orgs.includes(id)) orgs.push(id);
        addCountry(lex.agencies.get(id)?.country);
      } else {
        const id = m.ref?.kind === 'person' ? m.ref.id : undefined;
        const country = id === undefined ? m.title?.country : (countryOfPerson(lex, id, reference) ?? m.title?.country);
        addCountry(country);
        if (persons.some((p) => p.ref !== undefined && id !== undefined && p.ref.kind === 'person' && p.ref.id === id))
          continue;
        if (id === undefined && persons.some((p) => text.slice(p.start, p.end) === text.slice(m.start, m.end)))
          continue;
        persons.push(m);
        const role = roleFor(c, firstPerson);
        firstPerson = false;
        const p: { -readonly [K in keyof DraftParticipant]: DraftParticipant[K] } = {
          name: text.slice(m.start, m.end),
        };
        if (id !== undefined) p.personId = id;
        if (role !== undefined) p.role = role;
        if (country !== undefined) p.country = country;
        participants.push(p);
        namedAt.push(m.t0);
      }
    }
    // Posts named without a name (استقبل وزير الداخلية نظيره الإسباني): their holders take part.
    for (let k = lowerBound(a.titles, c.t0, (tt) => tt.t0); k < a.titles.length; k++) {
      const title = a.titles[k] as TitlePhrase;
      if (title.t0 >= c.t1) break;
      if (title.t1 > c.t1) continue;
      addCountry(title.country);
      const named = inClause.some((m) => m.kind === 'person' && m.title === title);
      if (named || title.holderIds.length !== 1) continue;
      const id = title.holderIds[0] as string;
      if (participants.some((p) => p.personId === id)) continue;
      addCountry(countryOfPerson(lex, id, reference));
      const role = roleFor(c, firstPerson);
      firstPerson = false;
      const p: { -readonly [K in keyof DraftParticipant]: DraftParticipant[K] } = {
        name: text.slice(tk.start[title.t0] as number, tk.end[title.t1 - 1] as number),
        personId: id,
      };
      if (role !== undefined) p.role = role;
      const pc = countryOfPerson(lex, id, reference);
      if (pc !== undefined) p.country = pc;
      participants.push(p);
      namedAt.push(title.t0);
    }
    // A post named without a name may stand before the names (استقبل وزير الداخلية الفرنسي نظيره
    // المغربي عبد الوافي لفتيت): participants and their roles follow the order of the text.
    const from = subject !== undefined && participants.length > 0 && namedAt[0] === -1 ? 1 : 0;
    const inOrder = participants
      .slice(from)
      .map((p, k) => ({ p, at: namedAt[from + k] as number }))
      .sort((x, y) => x.at - y.at);
    let firstInText = from === 0;
    for (const { p } of inOrder) {
      const role = roleFor(c, firstInText);
      firstInText = false;
      const q = p as { -readonly [K in keyof DraftParticipant]: DraftParticipant[K] };
      if (role === undefined) delete q.role;
      else q.role = role;
    }
    participants.splice(from, inOrder.length, ...inOrder.map(({ p }) => p));
    if (countries.length < 2 || named.every((c) => countries.includes(c))) for (const c of named) addCountry(c);
    if (home !== undefined && countries.length < 2 && !countries.includes(home)) {
      let unplaced = participants.some((p) => p.country === undefined);
      for (let k = lowerBound(a.titles, c.t0, (tt) => tt.t0); !unplaced && k < a.titles.length; k++) {
        const tt = a.titles[k] as TitlePhrase;
        if (tt.t0 >= c.t1) break;
        if (tt.t1 <= c.t1 && tt.country === undefined && tt.holderIds.length === 0 && tt.roles.length > 0)
          unplaced = true;
      }
      if (unplaced) addCountry(home);
    }
    let location: { city?: string; country?: string } | undefined;
    for (let k = lowerBound(a.places, c.t0, (pl) => pl.t0); k < a.places.length; k++) {
      const pl = a.places[k] as Place;
      if (pl.t0 >= c.t1) break;
      if (pl.t1 <= c.t1) {
        location = { city: pl.city, country: pl.country };
        break;
      }
    }
    // A visit's destination is a party (زار وزير الداخلية الإسباني الرباط), and so is the host of
    // a forum's meeting (انطلقت بالجزائر أشغال الجمعية العامة لأفريبول).
    if ((c.kind === 'bilateral-visit' || forumId !== undefined) && location?.country !== undefined)
      addCountry(location.country);
    const igo = orgs.some((id) => lex.agencies.get(id)?.country === undefined && lex.agencies.has(id));
    let enough =
      countries.length >= 2 || forumId !== undefined || (countries.length >= 1 && (igo || participants.length >= 2));
    if (!c.verb && participants.length === 0 && countries.length < 2) enough = false;
    // The date: the date expression of the clause nearest the trigger, not after the reference.
    let date: string | undefined;
    let best = Infinity;
    const sStart = tk.start[sentStart[c.trig] as number] as number;
    const sEnd = tk.end[(sentEnd[c.trig] as number) - 1] as number;
    for (let k = lowerBound(dates, sStart, (d) => d.index); k < dates.length; k++) {
      const d = dates[k] as ArabicDate;
      if (d.index >= sEnd) break;
      if (d.endIndex > sEnd) continue;
      // The dateline's date (the article's own, at the head of the text) gives way to any date
      // the clause itself gives (الرباط في 15 مايو / وام / استقبل … أمس).
      const dateline =
        d.index < trigStart && d.index < 80 && reference !== undefined && d.iso === reference.slice(0, d.iso.length);
      const dist = Math.abs(d.index - trigStart) + (dateline ? 1e6 : 0);
      if (dist < best) {
        best = dist;
        date = d.iso;
      }
    }
    if (date !== undefined && reference !== undefined && date.slice(0, date.length) > reference.slice(0, date.length))
      enough = false;
    const parties: PartyRef[] = [
      ...countries.sort().map((country) => ({ kind: 'country', country }) as PartyRef),
      ...orgs.map((id) => ({ kind: 'organization', id }) as PartyRef),
    ];
    let kind = c.kind as DraftMeetingKind;
    if (forumId !== undefined && (kind === 'other' || kind === 'bilateral-talks' || kind === 'working-session'))
      kind = 'plenary';
    else if (kind === 'bilateral-talks' && countries.length > 2) kind = 'other';
    let confidence = c.verb ? 0.75 : 0.6;
    if (date !== undefined) confidence += 0.1;
    if (participants.some((p) => p.personId !== undefined)) confidence += 0.05;
    const draft: { -readonly [K in keyof DraftMeeting]: DraftMeeting[K] } = {
      parties,
      participants,
      kind,
      evidence: { start, end },
      confidence: Math.min(0.95, Math.round(confidence * 100) / 100),
    };
    if (date !== undefined) draft.date = date;
    if (location !== undefined) draft.location = location;
    if (forumId !== undefined) draft.forumId = forumId;
    return { draft, persons, sentence: c.sentence, enough };
  }

  function roleFor(c: Clause, first: boolean): DraftParticipantRole | undefined {
    if (!c.verb) return undefined;
    if (c.kind === 'signing') return 'signatory';
    if (c.kind === 'working-session' && first) return 'chair';
    if (c.receive) return first ? 'host' : 'visitor';
    if (c.kind === 'bilateral-visit' && first) return 'visitor';
    return undefined;
  }
}

/** The country of the outlet: the dateline's city, else the country the text names most. */
function homeCountry(text: string, a: Analysis): string | undefined {
  const firstPlace = a.places[0];
  if (firstPlace !== undefined && firstPlace.t0 <= 1) return firstPlace.country;
  const tk = a.tokens;
  if (tk.count > 0) {
    // A dateline: the first word(s) of the text are a city followed by a dash or comma.
    for (const pl of a.datelines) if (pl.t0 === 0) return pl.country;
  }
  const counts = new Map<string, number>();
  for (const m of a.mentions)
    if (m.kind === 'country' && m.country !== undefined && m.country !== 'EU')
      counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [c, k] of counts) {
    if (k > n) {
      best = c;
      n = k;
    }
  }
  void text;
  return best;
}

function countriesOf(d: DraftMeeting): string[] {
  return d.parties.filter((p) => p.kind === 'country').map((p) => (p as { country: string }).country);
}

function sameEvent(a: DraftMeeting, b: DraftMeeting): boolean {
  if (a.date !== undefined && b.date !== undefined) {
    const n = Math.min(precisionOf(a.date), precisionOf(b.date));
    const len = n === 1 ? 4 : n === 2 ? 7 : 10;
    if (a.date.slice(0, len) !== b.date.slice(0, len)) return false;
  }
  if ((a.forumId ?? '') !== (b.forumId ?? '')) return false;
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  if (ca.length === 0 || cb.length === 0) return false;
  const small = ca.length <= cb.length ? ca : cb;
  const large = ca.length <= cb.length ? cb : ca;
  if (!small.every((c) => large.includes(c))) return false;
  // Same persons on both sides, or neither names anyone the other contradicts.
  const pa = a.participants.map((p) => p.personId).filter((x) => x !== undefined);
  const pb = b.participants.map((p) => p.personId).filter((x) => x !== undefined);
  if (pa.length > 0 && pb.length > 0) {
    const sub = pa.length <= pb.length ? pa : pb;
    const sup = pa.length <= pb.length ? pb : pa;
    if (!sub.every((p) => sup.includes(p))) return false;
  }
  return true;
}

function mergeInto(into: FoundMeeting, from: FoundMeeting): void {
  const d = into.draft as { -readonly [K in keyof DraftMeeting]: DraftMeeting[K] };
  const f = from.draft;
  if (d.date === undefined && f.date !== undefined) d.date = f.date;
  else if (d.date !== undefined && f.date !== undefined && f.date.length > d.date.length) d.date = f.date;
  if (d.location === undefined && f.location !== undefined) d.location = f.location;
  for (const p of f.parties) {
    if (!d.parties.some((q) => JSON.stringify(q) === JSON.stringify(p))) d.parties.push(p);
  }
  d.parties.sort((x, y) =>
    x.kind === y.kind
      ? JSON.stringify(x).localeCompare(JSON.stringify(y))
      : x.kind === 'country'
        ? -1
        : y.kind === 'country'
          ? 1
          : 0,
  );
  for (const p of f.participants) {
    if (!d.participants.some((q) => (p.personId !== undefined && q.personId === p.personId) || q.name === p.name))
      d.participants.push(p);
  }
  into.persons.push(...from.persons);
  d.confidence = Math.max(d.confidence, f.confidence);
}
