/**
 * The name index of the extractor: every name and acronym of the records it is given (agencies,
 * forums, persons), the country names and nisbas, and the posts with their holders. Keys are
 * folded token sequences; the index is a hash from a name's first token to the names starting
 * with it, so matching a text costs one hash lookup per token and candidate prefix.
 */
import { countries } from '../../data/index.js';
import { referenceRecords } from '../../data/index.js';
import type { Agency, Forum, Occupancy, Person, Position, TansiqRecord } from '../../schemas/index.js';
import { intervalContains } from '../../schemas/index.js';
import { keysOf } from './tokens.js';
import {
  AMBIGUOUS_COUNTRY_NAMES,
  AMBIGUOUS_NISBAS,
  GUARDED_COUNTRY_WORDS,
  CITIES,
  EXTRA_COUNTRY_NAMES,
  MINISTRY_DOMAINS,
  NISBAS,
} from './tables.js';

export type Cat = 'country' | 'nisba' | 'city' | 'agency' | 'forum' | 'person';

/** One name in the index. */
export interface Entry {
  readonly keys: readonly string[];
  readonly cat: Cat;
  /** Record ids (agency, forum, person) or country codes (country, nisba, city). */
  readonly ids: string[];
  /** Latin acronym: the text must be written in capitals. */
  readonly acronym: boolean;
  /** A one-word short form or surname (persons): weaker evidence. */
  readonly short: boolean;
  /** For cities: the Latin name and whether it is a capital. */
  readonly city?: { readonly name: string; readonly capital: boolean };
  /** A ministry named by its domain only (وزارة الداخلية): which state's needs the context. */
  ministryKind?: string;
  /** An organization's generic short name (جهاز المخابرات، الأمن العام): links only where the context points at its state. */
  weak?: boolean;
  /** A country name or nisba that is also a common word (مالي): a mention only where the context shows a state. */
  guarded?: boolean;
}

export interface Lexicon {
  /** First token key → names starting with it (longest first). */
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly forums: ReadonlyMap<string, Forum>;
  readonly positions: ReadonlyMap<string, Position>;
  readonly positionsByOrg: ReadonlyMap<string, readonly Position[]>;
  readonly occupanciesByPosition: ReadonlyMap<string, readonly Occupancy[]>;
  readonly occupanciesByPerson: ReadonlyMap<string, readonly Occupancy[]>;
  /** Agencies by `<country>|<kind>` (ministries by domain). */
  readonly agenciesByCountryKind: ReadonlyMap<string, readonly string[]>;
  /** Country code → Latin (English) name. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Person id → their Arabic and Latin names (for fuzzy checks). */
  readonly personNames: ReadonlyMap<string, readonly string[]>;
  /** Folded name word → ids of the persons whose names hold it (candidates for fuzzy checks). */
  readonly personsByWord: ReadonlyMap<string, readonly string[]>;
}

const LATIN_LETTERS: Readonly<Record<string, readonly string[]>> = {
  a: ['ايه', 'اي', 'ا'],
  b: ['بي'],
  c: ['سي'],
  d: ['دي'],
  e: ['اي'],
  f: ['اف'],
  g: ['جي'],
  h: ['اتش', 'اش'],
  i: ['اي'],
  j: ['جي'],
  k: ['كي'],
  l: ['ال'],
  m: ['ام'],
  n: ['ان'],
  o: ['او'],
  p: ['بي'],
  q: ['كيو'],
  r: ['ار'],
  s: ['اس'],
  t: ['تي'],
  u: ['يو'],
  v: ['في'],
  w: ['دبليو'],
  x: ['اكس'],
  y: ['واي'],
  z: ['زد'],
};

/** Arabic-script spellings of a Latin acronym (FBI → اف بي اي), at most a few dozen. */
function arabicAcronyms(acronym: string): string[][] {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 2 || letters.length > 5 || letters !== acronym.toLowerCase().replace(/[^a-z0-9]/g, ''))
    return [];
  let out: string[][] = [[]];
  for (const l of letters) {
    const choices = LATIN_LETTERS[l];
    if (choices === undefined) return [];
    const next: string[][] = [];
    for (const prefix of out) for (const c of choices) next.push([...prefix, c]);
    out = next;
    if (out.length > 64) return [];
  }
  return out;
}

function nisbaForms(stem: string): string[] {
  const forms = [stem, `${stem}ه`, `${stem}ون`, `${stem}ين`, `${stem}ان`, `${stem}تان`, `${stem}تين`];
  // The indefinite accusative (وفدا أمنيا فرنسيا) has no article.
  return [...forms, ...forms.map((f) => `ال${f}`), `${stem}ا`];
}

function derivedNisba(name: string): string | undefined {
  let s = name.startsWith('ال') ? name.slice(2) : name;
  if (s.includes(' ') || s.length < 4) return undefined;
  if (s.endsWith('يا')) s = s.slice(0, -1);
  else if (s.endsWith('ا')) s = `${s.slice(0, -1)}ي`;
  else if (s.endsWith('ه')) return undefined;
  else s = `${s}ي`;
  return s;
}

class Builder {
  readonly byKey = new Map<string, Entry>();

  add(
    keys: readonly string[],
    cat: Cat,
    id: string,
    opts: { acronym?: boolean; short?: boolean; city?: { name: string; capital: boolean }; guarded?: boolean } = {},
  ): void {
    if (keys.length === 0 || keys.some((k) => k.length === 0)) return;
    const joined = `${cat}\u0000${keys.join(' ')}`;
    const existing = this.byKey.get(joined);
    if (existing !== undefined) {
      if (!existing.ids.includes(id)) existing.ids.push(id);
      return;
    }
    const entry: Entry = {
      keys,
      cat,
      ids: [id],
      acronym: opts.acronym === true,
      short: opts.short === true,
      ...(opts.city ? { city: opts.city } : {}),
      ...(opts.guarded === true ? { guarded: true } : {}),
    };
    this.byKey.set(joined, entry);
  }

  build(): Map<string, Entry[]> {
    const byFirst = new Map<string, Entry[]>();
    for (const e of this.byKey.values()) {
      const first = e.keys[0] as string;
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [e]);
      else list.push(e);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    return byFirst;
  }
}

const isArabic = (s: string): boolean => /[\u0600-\u06ff]/.test(s);

function addOrgName(b: Builder, cat: 'agency' | 'forum', id: string, value: string, kind: string): void {
  const keys = keysOf(value);
  if (keys.length === 0) return;
  const latin = !isArabic(value);
  const acronym = latin && (kind === 'acronym' || (keys.length === 1 && /^[A-Z0-9]{2,6}$/.test(value.trim())));
  // A one-word Latin name that is not an acronym (Europol, Hedayah) matches in any case.
  b.add(keys, cat, id, { acronym });
  if (!latin && kind === 'short') {
    const entry = b.byKey.get(`${cat}\u0000${keys.join(' ')}`);
    if (entry !== undefined) entry.weak = true;
  }
  if (latin && keys.length === 1 && /^[A-Z]{2,5}$/.test(value.trim())) {
    for (const arabic of arabicAcronyms(value)) b.add(arabic, cat, id);
    // Written with dots or joined to the article: إف.بي.آي is tokenized as its letters already.
  }
  if (!latin && keys.length >= 3 && keys[0] === 'اجتماع') {
    // A forum named by its meeting (اجتماع وزراء الداخلية …): the body's name without it.
    b.add(keys.slice(1), cat, id);
  }
  if (
    !latin &&
    cat === 'forum' &&
    keys.length >= 2 &&
    !(keys[0] as string).startsWith('ال') &&
    /^[\u0621-\u064a]{3,}$/.test(keys[0] as string)
  ) {
    // The article may be added to the first word (حوار 5+5 → الحوار 5+5).
    b.add([`ال${keys[0] as string}`, ...keys.slice(1)], cat, id);
  }
  if (!latin) {
    // The article on the first word may be missing (مديرية الأمن الوطني / المديرية), and a
    // fused "الـ" before an acronym (الإف بي أي) is its own spelling.
    const first = keys[0] as string;
    if (first.startsWith('ال') && first.length > 3 && keys.length >= 2)
      b.add([first.slice(2), ...keys.slice(1)], cat, id);
  }
}

/** Honorifics a data name may start with (الأمير محمد بن نايف): outside the person's span. */
const NAME_HONORIFICS = new Set([
  'الشيخ',
  'الامير',
  'الاميره',
  'الشيخه',
  'السيد',
  'السيده',
  'الدكتور',
  'اللواء',
  'الفريق',
  'معالي',
  'سمو',
]);

function addPersonName(b: Builder, id: string, value: string, kind: string): void {
  let keys = keysOf(value).filter((k) => !/^[a-z]$/.test(k)); // drop Latin initials (William J. Burns)
  while (keys.length > 2 && NAME_HONORIFICS.has(keys[0] as string)) keys = keys.slice(1);
  if (keys.length === 0) return;
  if (keys.length === 1) {
    // One-word short forms (surnames) from the data: only long enough ones.
    if ((kind === 'short' || kind === 'alias') && (keys[0] as string).length >= 4)
      b.add(keys, 'person', id, { short: true });
    return;
  }
  const variants: string[][] = [keys];
  // عبد اللطيف ↔ عبداللطيف
  const joined: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if ((k === 'عبد' || k === 'ابو') && i + 1 < keys.length) {
      joined.push(k + (keys[i + 1] as string));
      i++;
    } else joined.push(k);
  }
  if (joined.length !== keys.length && joined.length >= 2) variants.push(joined);
  for (const v of [...variants]) {
    const last = v[v.length - 1] as string;
    if (isArabic(last)) {
      if (last.startsWith('ال') && last.length > 4) variants.push([...v.slice(0, -1), last.slice(2)]);
      else if (!last.startsWith('ال')) variants.push([...v.slice(0, -1), `ال${last}`]);
    }
  }
  // First + last name of a longer name (فرناندو مارلاسكا).
  if (keys.length >= 3 && keys[0] !== 'عبد' && keys[0] !== 'ابو')
    variants.push([keys[0] as string, keys[keys.length - 1] as string]);
  for (const v of variants) b.add(v, 'person', id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Builds the index of `records` plus the country names and nisbas. */
export function buildLexicon(records: Iterable<TansiqRecord>): Lexicon {
  const b = new Builder();
  const countryNames = new Map<string, string>();
  const guardedNames = new Set(
    Object.values(GUARDED_COUNTRY_WORDS).flatMap((w) => w.names.map((n) => keysOf(n).join(' '))),
  );
  for (const country of countries) {
    countryNames.set(
      country.code,
      country.names.en[
        country.names.en.length > 1 && country.names.en[1]!.length < country.names.en[0]!.length ? 1 : 0
      ] ?? country.code,
    );
    for (const name of country.names.ar) {
      const keys = keysOf(name);
      // Words that are also common words: left out, or added below with a guard.
      if (keys.length === 1 && (AMBIGUOUS_COUNTRY_NAMES.has(keys[0] as string) || guardedNames.has(keys[0] as string)))
        continue;
      b.add(keys, 'country', country.code);
      const stem = derivedNisba(keys.join(' '));
      if (stem !== undefined && !AMBIGUOUS_NISBAS.has(stem) && NISBAS[country.code] === undefined) {
        for (const f of nisbaForms(stem)) b.add([f], 'nisba', country.code);
      }
    }
  }
  for (const [code, names] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    for (const name of names) {
      const keys = keysOf(name);
      if (keys.length === 1 && CITIES[name] !== undefined) continue;
      b.add(keys, 'country', code);
    }
  }
  for (const [code, stems] of Object.entries(NISBAS)) {
    for (const stem of stems) {
      const key = keysOf(stem).join('');
      if (AMBIGUOUS_NISBAS.has(key)) continue;
      for (const f of nisbaForms(key)) b.add([f], 'nisba', code);
    }
  }
  for (const [code, words] of Object.entries(GUARDED_COUNTRY_WORDS)) {
    for (const name of words.names) b.add(keysOf(name), 'country', code, { guarded: true });
    for (const stem of words.nisbas) {
      for (const f of nisbaForms(keysOf(stem).join(''))) b.add([f], 'nisba', code, { guarded: true });
    }
  }
  for (const [irregular, code] of [
    ['مغاربة', 'MA'],
    ['المغاربة', 'MA'],
    ['امريكان', 'US'],
    ['الامريكان', 'US'],
    ['الاسبان', 'ES'],
    ['اسبان', 'ES'],
    ['الالمان', 'DE'],
    ['الاتراك', 'TR'],
    ['الروس', 'RU'],
    ['الاردنيين', 'JO'],
  ] as const) {
    b.add([irregular], 'nisba', code);
  }
  for (const [name, [code, latin, capital]] of Object.entries(CITIES)) {
    b.add(keysOf(name), 'city', code, { city: { name: latin, capital } });
  }

  const persons = new Map<string, Person>();
  const agencies = new Map<string, Agency>();
  const forums = new Map<string, Forum>();
  const positions = new Map<string, Position>();
  const positionsByOrg = new Map<string, Position[]>();
  const occupanciesByPosition = new Map<string, Occupancy[]>();
  const occupanciesByPerson = new Map<string, Occupancy[]>();
  const agenciesByCountryKind = new Map<string, string[]>();
  const personNames = new Map<string, string[]>();
  const personsByWord = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const record of records) {
    if (record === null || typeof record !== 'object' || typeof record.id !== 'string') continue;
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    switch (record.type) {
      case 'agency': {
        agencies.set(record.id, record);
        if (record.country !== undefined) push(agenciesByCountryKind, `${record.country}|${record.kind}`, record.id);
        for (const n of record.names ?? []) addOrgName(b, 'agency', record.id, n.value, n.kind);
        break;
      }
      case 'forum': {
        forums.set(record.id, record);
        for (const n of record.names ?? []) addOrgName(b, 'forum', record.id, n.value, n.kind);
        break;
      }
      case 'person': {
        persons.set(record.id, record);
        const names: string[] = [];
        for (const n of record.names ?? []) {
          addPersonName(b, record.id, n.value, n.kind);
          names.push(n.value);
        }
        if (!(record.names ?? []).some((n) => n.value === record.name)) {
          addPersonName(b, record.id, record.name, 'native');
          names.push(record.name);
        }
        personNames.set(record.id, names);
        for (const n of names) {
          for (const k of keysOf(n)) {
            if (k.length < 3 || k === 'عبد' || k === 'ابو' || k === 'بن') continue;
            const list = personsByWord.get(k);
            if (list === undefined) personsByWord.set(k, [record.id]);
            else if (!list.includes(record.id)) list.push(record.id);
          }
        }
        break;
      }
      case 'position': {
        positions.set(record.id, record);
        push(positionsByOrg, record.organizationId, record);
        break;
      }
      case 'occupancy': {
        push(occupanciesByPosition, record.positionId, record);
        push(occupanciesByPerson, record.personId, record);
        break;
      }
      default:
        break;
    }
  }
  // Ministries named by domain: every state has one, so the name alone links to none.
  for (const [domain, kind] of Object.entries(MINISTRY_DOMAINS)) {
    const keys = ['وزاره', ...keysOf(domain)];
    b.add(keys, 'agency', '');
    const entry = b.byKey.get(`agency\u0000${keys.join(' ')}`);
    if (entry !== undefined) {
      entry.ministryKind = kind;
      entry.ids.splice(entry.ids.indexOf(''), 1);
    }
  }
  return {
    byFirst: b.build(),
    persons,
    agencies,
    forums,
    positions,
    positionsByOrg,
    occupanciesByPosition,
    occupanciesByPerson,
    agenciesByCountryKind,
    countryNames,
    personNames,
    personsByWord,
  };
}

/** Holders of a position on a date (none when the date is unknown). */
export function holdersOn(lex: Lexicon, positionId: string, date: string | undefined): string[] {
  if (date === undefined) return [];
  const out: string[] = [];
  for (const occ of lex.occupanciesByPosition.get(positionId) ?? []) {
    let inside: boolean;
    try {
      inside = intervalContains(occ.interval, date);
    } catch {
      inside = false;
    }
    if (inside && !out.includes(occ.personId)) out.push(occ.personId);
  }
  return out;
}

/** The country of a person on a date: from the posts they hold, else their nationality. */
export function countryOfPerson(lex: Lexicon, personId: string, date: string | undefined): string | undefined {
  for (const occ of lex.occupanciesByPerson.get(personId) ?? []) {
    let inside = true;
    if (date !== undefined) {
      try {
        inside = intervalContains(occ.interval, date);
      } catch {
        inside = false;
      }
    }
    if (!inside) continue;
    const position = lex.positions.get(occ.positionId as string);
    if (position?.country !== undefined) return position.country;
    const agency = position === undefined ? undefined : lex.agencies.get(position.organizationId);
    if (agency?.country !== undefined) return agency.country;
  }
  const nat = lex.persons.get(personId)?.nationalities;
  return nat !== undefined && nat.length === 1 ? nat[0] : undefined;
}

/** The post (and its agency) a person holds on a date. */
export function positionOfPerson(lex: Lexicon, personId: string, date: string | undefined): Position | undefined {
  if (date === undefined) return undefined;
  for (const occ of lex.occupanciesByPerson.get(personId) ?? []) {
    let inside: boolean;
    try {
      inside = intervalContains(occ.interval, date);
    } catch {
      inside = false;
    }
    if (inside) return lex.positions.get(occ.positionId as string);
  }
  return undefined;
}

let shipped: Lexicon | undefined;
const custom = new WeakMap<object, Lexicon>();

/** The lexicon of the shipped data plus `records` (built on first use, then reused). */
export function lexiconFor(records: Iterable<TansiqRecord> | undefined): Lexicon {
  if (records === undefined) {
    shipped ??= buildLexicon(referenceRecords);
    return shipped;
  }
  const cached = custom.get(records);
  if (cached !== undefined) return cached;
  const all: TansiqRecord[] = [...records, ...referenceRecords];
  const lex = buildLexicon(all);
  // Arrays and other iterables that can be read again are cached; one-shot iterators are not.
  if (Array.isArray(records) || records instanceof Set) custom.set(records, lex);
  return lex;
}
