/**
 * Word lists used to read name structure (private). Arabic entries are written in the folded
 * form produced by the name tokenizer (alef forms → ا, hamza seats folded, ى and ة kept).
 */
import { arabicOf } from './name-lexicon.js';

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** A set of Arabic words written in Buckwalter's ASCII (see name-lexicon.ts): half the bytes. */
function arabicSet(ascii: string): ReadonlySet<string> {
  return set(arabicOf(ascii));
}

/** Arabic titles, ranks and honorifics removed from the start of a name. */
export const ARABIC_TITLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  arabicSet(
    `Alsyd Alsydp Al$yx Al$yxp AlAmyr AlAmyrp Almlk Almlkp AllwA' AlEmyd AlEqyd Almqdm AlrAyd Alnqyb Alfryq Alm$yr AlEmAd AljnrAl AlmAr$Al Aldktwr Aldktwrp d AlAstA* AlAstA*p Almhnds Almhndsp AlHAj AlHAjp ryys ryysp Alryys Alryysp Alwzyr Alwzyrp smw jlAlp fxAmp mEAly sEAdp dwlp Alsfyr Alsfyrp AlAmAm Almst$Ar Almst$Arp AlsynAtwr AlnAyb AlnAybp AlqAyd Almdyr Almdyrp mdyr mdyrp wzyr wzyrp SAHb wly`,
  ))();

/**
 * Words that continue an Arabic title other than the definite complement of one in the construct
 * state, which needs no list (صاحب السمو الملكي، ولي العهد; see titles.ts): الفريق أول، اللواء
 * الركن، المدير العام.
 */
export const ARABIC_TITLE_CONTINUATIONS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  arabicSet(`Awl AlAwl Alrkn AlEAm AlEAmp`))();

/** Latin titles, ranks and honorifics (lower case, without dots) removed from the start of a name. */
export const LATIN_TITLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set(
    'mr mrs ms miss mme mlle monsieur madame dr doctor docteur prof professor pr gen general lt lieut lieutenant col colonel maj major capt captain cmdr brig brigadier adm admiral field marshal marechal sheikh shaikh sheik shaykh cheikh cheick emir prince princess king queen sultan crown hh hrh he his her royal highness excellency majesty sir dame lord president minister hon honourable honorable sen senator rep amb ambassador judge imam hajj haj hadj',
  ))();

/** Arabic nasab particles (son/daughter of). */
export const ARABIC_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ (() => set('بن ابن بنت ولد'))();

/** Latin nasab particles (son/daughter of). */
export const LATIN_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set('bin ibn ben bint bent ould ibnou benou'))();

/** Latin spellings of the Arabic article written as a separate word. */
export const LATIN_ARTICLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set('el al ul il ol ad ar as ash at az an ed er es et ez en ech ach esh ec l'))();

/** Latin spellings of عبد written as a separate word (joined with the next word). */
export const LATIN_ABD: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set('abd abdel abdul abdal abdoul abdil abdol abdur abder abdes'))();

/** Latin spellings of أبو written as a separate word (joined with the next word). */
export const LATIN_ABU: ReadonlySet<string> = /* @__PURE__ */ (() => set('abu abou abo aboul abul'))();

/** Second parts that always join the previous word: الدين، الله، الاسلام and Latin spellings. */
export const ARABIC_SUFFIX_PARTS: ReadonlySet<string> = /* @__PURE__ */ (() => set('الدين الله الاسلام العابدين'))();

/** Latin second parts joined to the previous word (Nour Eddine, Nasr Allah). */
export const LATIN_SUFFIX_PARTS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set('eddine eddin edine uddin uddeen addin addine eddyn allah ullah ellah illah alla ullha'))();

/** Latin second parts that join the previous word only after a separate article (Nour el Din, Nasr al Lah). */
export const LATIN_ARTICLE_SUFFIX_PARTS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set('din dine deen lah llah abidine abidin'))();

/** Bit of {@link wordFlags}: in ARABIC_PARTICLES. */
export const F_ARABIC_PARTICLE = 8;
/** Bit of {@link wordFlags}: in ARABIC_SUFFIX_PARTS. */
export const F_ARABIC_SUFFIX_PART = 16;
/** Bit of {@link wordFlags}: in LATIN_PARTICLES. */
export const F_LATIN_PARTICLE = 32;
/** Bit of {@link wordFlags}: in LATIN_ABD. */
export const F_LATIN_ABD = 64;
/** Bit of {@link wordFlags}: in LATIN_ABU. */
export const F_LATIN_ABU = 128;
/** Bit of {@link wordFlags}: in LATIN_ARTICLES. */
export const F_LATIN_ARTICLE = 256;
/** Bit of {@link wordFlags}: in LATIN_ARTICLE_SUFFIX_PARTS. */
export const F_LATIN_ARTICLE_SUFFIX_PART = 512;
/** Bit of {@link wordFlags}: in LATIN_SUFFIX_PARTS. */
export const F_LATIN_SUFFIX_PART = 1024;

/** Every list above as one table: word → the bits of the lists it is in. */
const WORD_FLAGS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const m = new Map<string, number>();
  const lists: ReadonlyArray<readonly [ReadonlySet<string>, number]> = [
    [ARABIC_PARTICLES, F_ARABIC_PARTICLE],
    [ARABIC_SUFFIX_PARTS, F_ARABIC_SUFFIX_PART],
    [LATIN_PARTICLES, F_LATIN_PARTICLE],
    [LATIN_ABD, F_LATIN_ABD],
    [LATIN_ABU, F_LATIN_ABU],
    [LATIN_ARTICLES, F_LATIN_ARTICLE],
    [LATIN_ARTICLE_SUFFIX_PARTS, F_LATIN_ARTICLE_SUFFIX_PART],
    [LATIN_SUFFIX_PARTS, F_LATIN_SUFFIX_PART],
  ];
  for (const [list, bit] of lists) for (const w of list) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
})();

/**
 * A filter for word tables: bit `min(length, 31)` of entry `first code unit & 0xff` is set when
 * the table may hold such a word. Most words of a name are in no table, and the filter turns
 * them away without hashing them.
 */
export function lengthFilter(words: Iterable<string>): Uint32Array {
  const t = new Uint32Array(256);
  for (const w of words)
    t[w.charCodeAt(0) & 0xff] = (t[w.charCodeAt(0) & 0xff] as number) | (1 << Math.min(w.length, 31));
  return t;
}

/** Whether the filter built by {@link lengthFilter} lets `text` through. */
export function mayHold(filter: Uint32Array, text: string): boolean {
  return (((filter[text.charCodeAt(0) & 0xff] as number) >>> Math.min(text.length, 31)) & 1) !== 0;
}

const WORD_FILTER: Uint32Array = /* @__PURE__ */ (() => lengthFilter(WORD_FLAGS.keys()))();

/** The lists a word is in, as F_* bits (one lookup instead of one per list). */
export function wordFlags(text: string): number {
  if (!mayHold(WORD_FILTER, text)) return 0;
  return WORD_FLAGS.get(text) ?? 0;
}
