/**
 * The date lexicon: every word the scanner knows, folded, mapped to a compact code
 * `kind << 8 | value`.
 *
 * @internal
 */
import { foldString } from './fold.js';

/** A lexicon code is `kind << KIND_SHIFT | value`: the kind (`K_*`) above, the value below. */
export const KIND_SHIFT = 8;
/**
 * The lexicon code of a kind and a value. Module-level constants are built with it and marked
 * pure, so that a bundle that uses none of the date code drops them (a bare `K << 8 | V` at the
 * top level would be kept: bundlers cannot prove an operator on an imported binding pure).
 */
export function lexiconCode(kind: number, value: number, flags = 0): number {
  return (kind << KIND_SHIFT) | value | flags;
}
/** Mask of the value of a lexicon code. */
export const VALUE_MASK = 0xff;
/** A lexicon entry is `code | secondWord << SECOND_WORD_SHIFT` (see `lookupLetters`). */
export const SECOND_WORD_SHIFT = 12;
/** Mask of the code of a lexicon entry. */
export const CODE_MASK = 0xfff;
/** Count bits of a time unit's value (`unit | count << 3`): singular. */
export const UNIT_SINGULAR = 1 << 3;

/** Gregorian month; value = month (1–12) + 16 when the word is also a common noun or name. */
export const K_GM = 1;
/** Hijri month; value = month + 16 when ambiguous. */
export const K_HM = 2;
/** First word of a two-word month: 1 كانون, 2 تشرين, 3 ربيع, 4 جمادى, 5 ذو/ذي. */
export const K_HEAD = 3;
/** Weekday, value 0 (Sunday) … 6 (Saturday). */
export const K_WD = 4;
/** Ordinal day word: 1–10, 20, 30; 101 for الحادي (only inside 11, 21, 31). */
export const K_ORD = 5;
/** Relative qualifier: 1 past (الماضي), 2 next (المقبل), 3 current (الجاري). */
export const K_REL = 6;
/** Time unit: unit (1 day, 2 week, 3 month, 4 year) | count << 3 (1 singular, 2 dual, 0 plural). */
export const K_UNIT = 7;
/** Function word, value one of the `W_*` ids. */
export const K_W = 8;
/** Part of a period: 0 early (مطلع), 1 middle (منتصف), 2 late (أواخر). */
export const K_QUAL = 9;
/** Cardinal number word 1–10 (ثلاثة أيام). */
export const K_NUMW = 10;

export const W_MIN = 1;
export const W_ILA = 2;
export const W_HATTA = 3;
export const W_LIGHAYA = 4;
export const W_BAYNA = 5;
export const W_WAW = 6;
export const W_YAWMAY = 7;
export const W_AMAY = 8;
export const W_SHAHRAY = 9;
export const W_MUWAFIQ = 10;
export const W_AMS = 11;
export const W_TODAY = 12;
export const W_GHADAN = 13;
export const W_GHAD = 14;
export const W_BAAD = 15;
export const W_QABL = 16;
export const W_MUNDHU = 17;
export const W_AWWAL = 18;
export const W_GHURRA = 19;
export const W_THEYEAR = 20;
export const W_THEMONTH = 21;
export const W_HMARK = 22;
export const W_GMARK = 23;
export const W_TIME = 24;
export const W_BLOCK = 25;
export const W_FI = 26;
export const W_KHILAL = 27;
export const W_MUQARANA = 28;
export const W_PRAYER = 29;
export const W_NEWS = 30;
export const W_THAT = 31;
export const W_THIS = 32;
export const W_BA = 33;
export const W_LI = 34;
/** A word that announces the future (سوف، لن، المقرر); unknown imperfect verbs get this code too. */
export const W_FUTV = 35;
/** A past-tense verb or particle of news reporting (قال، أعلن، عقد، قد، كان). */
export const W_PASTV = 36;
/** A noun that looks like a verb to the tense test (سياسة، يوسف، وسيلة): known, and nothing else. */
export const W_PLAIN = 37;
/** A noun that numbers count (دولار، شخص); unknown counted nouns after a number get this code too. */
export const W_COUNTED = 38;
/** حلول in بحلول: a year after it is a year. */
export const W_HULUL = 39;

/** Flag in a Gregorian month's value: a misspelling (a dropped or doubled letter), read only beside a day or a year. */
export const TYPO = 32;

const AMB = 16;

/** Source table: code → space-separated spellings (folded at build time). */
const SOURCE: readonly (readonly [number, string])[] = /* @__PURE__ */ (() => [
  [(K_GM << 8) | 1, 'يناير جانفي جانفييه ينير'],
  [(K_GM << 8) | 2, 'فبراير فيفري فبرير شباط'],
  [(K_GM << 8) | 3 | AMB, 'مارس آذار'],
  [(K_GM << 8) | 4, 'أبريل إبريل أفريل أبرايل'],
  [(K_GM << 8) | 4 | AMB, 'نيسان'],
  [(K_GM << 8) | 5, 'مايو أيار مايس'],
  [(K_GM << 8) | 5 | AMB, 'ماي'],
  [(K_GM << 8) | 6, 'يونيو يونيه يونية جوان حزيران'],
  [(K_GM << 8) | 7, 'يوليو يوليه يولية يوليوز جويلية'],
  [(K_GM << 8) | 7 | AMB, 'تموز'],
  [(K_GM << 8) | 8, 'أغسطس غشت أغشت أوت'],
  [(K_GM << 8) | 8 | AMB, 'آب'],
  [(K_GM << 8) | 9, 'سبتمبر شتنبر شتمبر أيلول'],
  [(K_GM << 8) | 10, 'أكتوبر'],
  [(K_GM << 8) | 11, 'نوفمبر نونبر'],
  [(K_GM << 8) | 12, 'ديسمبر دجنبر دجمبر'],
  [(K_HM << 8) | 1 | AMB, 'محرم المحرم'],
  [(K_HM << 8) | 2 | AMB, 'صفر'],
  [(K_HM << 8) | 7 | AMB, 'رجب'],
  [(K_HM << 8) | 8 | AMB, 'شعبان'],
  [(K_HM << 8) | 9 | AMB, 'رمضان'],
  [(K_HM << 8) | 10 | AMB, 'شوال'],
  [(K_HM << 8) | 11, 'ذوالقعدة ذيالقعدة'],
  [(K_HM << 8) | 12, 'ذوالحجة ذيالحجة'],
  [(K_HEAD << 8) | 1, 'كانون'],
  [(K_HEAD << 8) | 2, 'تشرين'],
  [(K_HEAD << 8) | 3, 'ربيع'],
  [(K_HEAD << 8) | 4, 'جمادى جماد'],
  [(K_HEAD << 8) | 5, 'ذو ذي'],
  [(K_WD << 8) | 0, 'الأحد'],
  [(K_WD << 8) | 1, 'الإثنين الاثنين'],
  [(K_WD << 8) | 2, 'الثلاثاء الثلثاء'],
  [(K_WD << 8) | 3, 'الأربعاء'],
  [(K_WD << 8) | 4, 'الخميس'],
  [(K_WD << 8) | 5, 'الجمعة'],
  [(K_WD << 8) | 6, 'السبت'],
  [(K_ORD << 8) | 1, 'الأول'],
  [(K_ORD << 8) | 2, 'الثاني'],
  [(K_ORD << 8) | 3, 'الثالث'],
  [(K_ORD << 8) | 4, 'الرابع'],
  [(K_ORD << 8) | 5, 'الخامس'],
  [(K_ORD << 8) | 6, 'السادس'],
  [(K_ORD << 8) | 7, 'السابع'],
  [(K_ORD << 8) | 8, 'الثامن'],
  [(K_ORD << 8) | 9, 'التاسع'],
  [(K_ORD << 8) | 10, 'العاشر'],
  [(K_ORD << 8) | 20, 'العشرين'],
  [(K_ORD << 8) | 30, 'الثلاثين'],
  [(K_ORD << 8) | 101, 'الحادي الواحد'],
  [(K_REL << 8) | 1, 'الماضي الماضية الفائت الفائتة المنصرم المنصرمة المنقضي المنقضية السابق السابقة'],
  [(K_REL << 8) | 2, 'المقبل المقبلة القادم القادمة الآتي الجاي'],
  [(K_REL << 8) | 3, 'الجاري الجارية الحالي الحالية'],
  [(K_UNIT << 8) | 1 | 8, 'يوم'],
  [(K_UNIT << 8) | 1, 'أيام يوما'],
  [(K_UNIT << 8) | 1 | 16, 'يومين'],
  [(K_UNIT << 8) | 2 | 8, 'أسبوع'],
  [(K_UNIT << 8) | 2, 'أسابيع أسبوعا'],
  [(K_UNIT << 8) | 2 | 16, 'أسبوعين'],
  [(K_UNIT << 8) | 3 | 8, 'شهر'],
  [(K_UNIT << 8) | 3, 'أشهر شهور شهرا'],
  [(K_UNIT << 8) | 3 | 16, 'شهرين'],
  [(K_UNIT << 8) | 4 | 8, 'عام سنة'],
  [(K_UNIT << 8) | 4, 'أعوام سنوات سنين عاما'],
  [(K_UNIT << 8) | 4 | 16, 'عامين سنتين'],
  [(K_QUAL << 8) | 0, 'مطلع أوائل بداية مستهل مطالع بدايات'],
  [(K_QUAL << 8) | 1, 'منتصف أواسط'],
  [(K_QUAL << 8) | 2, 'أواخر نهاية'],
  [(K_NUMW << 8) | 3, 'ثلاثة ثلاث'],
  [(K_NUMW << 8) | 4, 'أربعة أربع'],
  [(K_NUMW << 8) | 5, 'خمسة خمس'],
  [(K_NUMW << 8) | 6, 'ستة ست'],
  [(K_NUMW << 8) | 7, 'سبعة سبع'],
  [(K_NUMW << 8) | 8, 'ثمانية ثماني ثمان'],
  [(K_NUMW << 8) | 9, 'تسعة تسع'],
  [(K_NUMW << 8) | 10, 'عشرة عشر'],
  [(K_W << 8) | W_MIN, 'من'],
  [(K_W << 8) | W_ILA, 'إلى'],
  [(K_W << 8) | W_HATTA, 'حتى'],
  [(K_W << 8) | W_LIGHAYA, 'لغاية'],
  [(K_W << 8) | W_BAYNA, 'بين'],
  [(K_W << 8) | W_WAW, 'و'],
  [(K_W << 8) | W_YAWMAY, 'يومي'],
  [(K_W << 8) | W_AMAY, 'عامي سنتي'],
  [(K_W << 8) | W_SHAHRAY, 'شهري'],
  [(K_W << 8) | W_MUWAFIQ, 'الموافق الموافقة موافق'],
  [(K_W << 8) | W_AMS, 'أمس الأمس'],
  [(K_W << 8) | W_TODAY, 'اليوم'],
  [(K_W << 8) | W_GHADAN, 'غدا'],
  [(K_W << 8) | W_GHAD, 'غد الغد'],
  [(K_W << 8) | W_BAAD, 'بعد'],
  [(K_W << 8) | W_QABL, 'قبل'],
  [(K_W << 8) | W_MUNDHU, 'منذ مذ'],
  [(K_W << 8) | W_AWWAL, 'أول'],
  [(K_W << 8) | W_GHURRA, 'غرة'],
  [(K_W << 8) | W_THEYEAR, 'العام السنة'],
  [(K_W << 8) | W_THEMONTH, 'الشهر'],
  [(K_W << 8) | W_HMARK, 'هـ ه هجري هجرية هجريا للهجرة الهجري الهجرية'],
  [(K_W << 8) | W_GMARK, 'م ميلادي ميلادية ميلاديا للميلاد الميلادي الميلادية'],
  [(K_W << 8) | W_TIME, 'الساعة ساعة'],
  [
    (K_W << 8) | W_BLOCK,
    'شارع ميدان مدينة جسر كوبري جامعة حي ساحة محور طريق مفاعل ثورة حركة انتفاضة نادي مدرسة مستشفى ملعب مطار قرية جادة نفق ضاحية',
  ],
  [(K_W << 8) | W_FI, 'في'],
  [(K_W << 8) | W_KHILAL, 'خلال'],
  [(K_W << 8) | W_MUQARANA, 'مقارنة بالمقارنة'],
  [(K_W << 8) | W_PRAYER, 'صلاة خطبة'],
  [(K_W << 8) | W_NEWS, 'المصري روسيا أخبار'],
  [(K_W << 8) | W_THAT, 'ذلك تلك نفس ذات'],
  [(K_W << 8) | W_THIS, 'هذا هذه'],
  [(K_W << 8) | W_BA, 'ب'],
  [(K_W << 8) | W_LI, 'ل'],
  [(K_W << 8) | W_FUTV, 'سوف لن المقرر مقرر المرتقب مرتقب المزمع مزمع يعتزم تعتزم'],
  [
    (K_W << 8) | W_PASTV,
    'قال قالت أعلن أعلنت أكد أكدت عقد عقدت التقى التقت استقبل استقبلت زار زارت وصل وصلت شارك شاركت ' +
      'جرى جرت انعقد انعقدت اجتمع اجتمعت أجرى أجرت بحث بحثت ناقش ناقشت أوضح أوضحت أشار أشارت كشف كشفت ' +
      'تم قد كان كانت أفاد أفادت صرح صرحت أضاف أضافت ترأس ترأست حضر حضرت افتتح افتتحت اختتم اختتمت غادر غادرت ' +
      'توجه توجهت أصدر أصدرت نشر نشرت ذكر ذكرت أوقف أوقفت اعتقل اعتقلت فكك فككت تمكن تمكنت قام قامت وقع وقعت ' +
      'أجريت انطلق انطلقت انتهى انتهت بدأ بدأت نفذ نفذت دعا دعت أطلق أطلقت شهد شهدت صدر صدرت',
  ],
  [
    (K_W << 8) | W_PLAIN,
    'سياسة سياسي سياسية سياسات سيارة سيارات سيادة سياق سياحة سيطرة سيد سيدة سيناء سينما سيول سيرة ستار ستين سنوي ' +
      'سنوية سنغافورة وسيلة وسائل وسيط يوسف يحيى يونس ياسر ياسين يعقوب يزيد يمني يمنية يهودي يهود يونيسف يونسكو ' +
      'يد يمين يسار يومية فيما فيه فيها سيتي تونس ترمب تقدم تحت',
  ],
  [
    (K_W << 8) | W_COUNTED,
    'دولار يورو درهم دينار ريال جنيه ليرة شخص أشخاص عنصر عناصر مليون ملايين مليار ألف آلاف طن كيلومتر كلم متر قتيل جريح مهاجر',
  ],
  [(K_W << 8) | W_HULUL, 'حلول'],
])();

/**
 * Ordinary words one letter away from a month name: never read as a misspelt month
 * (جاني "culprit" from جانفي, حيران "confused" from حزيران).
 */
const NOT_TYPOS: readonly string[] = /* @__PURE__ */ (() => [
  'جاني',
  'انفي',
  'حيران',
  'حزان',
  'الول',
  'يولي',
  'يوني',
  'دسمبر',
])();

/** Second word of a two-word month → 1 first, 2 second, 11 القعدة, 12 الحجة. */
const SECOND_SOURCE: readonly (readonly [number, string])[] = /* @__PURE__ */ (() => [
  [1, 'الاول اول الاولي اولي'],
  [2, 'الثاني ثاني الثانيه ثانيه الاخر اخر الاخره اخره'],
  [11, 'القعده قعده'],
  [12, 'الحجه حجه'],
])();

/** Rolling hash of folded code units (the tokenizer computes the same hash inline, letter by letter). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** Number of slots of the open-addressing table (a power of two, about 6× the entries: unknown words, the common case, are misses that end at the first empty slot). */
const SLOT_BITS = 12;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** Bits of the hash filter's index (see {@link mayKnow}): 64 K flags, under a tenth of them set. */
const FILTER_BITS = 16;

function filterBit(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

function slotOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

// The lexicon as an open-addressing hash table over {@link hashStep} hashes, in typed arrays: a
// probe reads numbers only, and the letters are compared only when the whole hash matches. Set
// by {@link build} on first use (see {@link loadLexicon}); module bindings rather than the fields
// of an object, which a probe would read through it.
/** Slot → key index + 1, 0 when empty. */
let slots!: Uint16Array;
/** Slot → the full hash of its key (compared before any letter). */
let slotHashes!: Int32Array;
/** Key index → offset of its letters in {@link letters}; one more entry ends the last key. */
let offsets!: Uint32Array;
/** The folded spellings, end to end. */
let letters!: Uint16Array;
/** Key index → entry: lexicon code (0 when only a month second word) | second-word value << 12; undefined until built. */
let vals: Int32Array | undefined;

/**
 * Adds the misspellings of every Gregorian month name of five letters or more that is not also a
 * common word: one letter dropped (ديسمر) or doubled (أغسطسس). A misspelling that is already a
 * word of the lexicon, an ordinary word, or one letter from two different months is left out.
 */
function addTypos(entries: Map<string, number>): void {
  const typos = new Map<string, number>(); // variant → month, or 0 when two months share it
  for (const [key, code] of entries) {
    if (code >> 8 !== K_GM || (code & AMB) !== 0 || key.length < 5) continue;
    const m = code & 15;
    const add = (v: string): void => {
      if (entries.has(v) || NOT_TYPOS.includes(v)) return;
      const prev = typos.get(v);
      typos.set(v, prev === undefined || prev === m ? m : 0);
    };
    for (let i = 0; i < key.length; i++) {
      add(key.slice(0, i) + key.slice(i + 1));
      add(key.slice(0, i + 1) + key.slice(i));
    }
  }
  for (const [v, m] of typos) if (m !== 0) entries.set(v, (K_GM << 8) | m | TYPO);
}

/** Flags (one byte each) over the hashes of every key and every key behind the clitics the tokenizer strips (see {@link mayKnow}); set by {@link build}. */
const FILTER = /* @__PURE__ */ new Uint8Array(0x10000); // 1 << FILTER_BITS, written out: bundlers keep a shift of a binding

function build(): Int32Array {
  const entries = new Map<string, number>();
  for (const [code, words] of SOURCE) for (const w of words.split(' ')) entries.set(foldString(w), code);
  for (const [second, words] of SECOND_SOURCE) {
    for (const w of words.split(' ')) entries.set(w, (entries.get(w) ?? 0) | (second << 12));
  }
  addTypos(entries);
  const keys = [...entries.keys()];
  slots = new Uint16Array(SLOT_MASK + 1);
  slotHashes = new Int32Array(SLOT_MASK + 1);
  offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((w, i) => {
    offsets[i] = total;
    total += w.length;
  });
  offsets[keys.length] = total;
  letters = new Uint16Array(total);
  keys.forEach((w, i) => {
    let h = 0;
    for (let j = 0; j < w.length; j++) {
      h = hashStep(h, w.charCodeAt(j));
      letters[(offsets[i] ?? 0) + j] = w.charCodeAt(j);
    }
    let s = slotOf(h);
    while (slots[s] !== 0) s = (s + 1) & SLOT_MASK;
    slots[s] = i + 1;
    slotHashes[s] = h;
  });
  // Every spelling a word can take and still be found: the key, and the key behind و/ف, ب/ل/ك
  // or both, with لل for the first two letters of a key (للهجرة from الهجرة). A superset (the
  // lookups decide), so the لل spelling of a key without ال costs nothing but a bit.
  for (const w of keys)
    for (const v of [w, 'ب' + w, 'ل' + w, 'ك' + w, 'لل' + w.slice(2)])
      for (const p of ['', 'و', 'ف']) {
        let h = 0;
        for (const c of p + v) h = hashStep(h, c.charCodeAt(0));
        FILTER[filterBit(h)] = 1;
      }
  return Int32Array.from(entries.values());
}

/**
 * Builds the lexicon and its filter on first use, not at import (a few milliseconds that every
 * program loading this module would pay, most of them never reading a date). The tokenizer
 * calls it before any {@link mayKnow} or {@link lookupLetters}.
 */
export function loadLexicon(): void {
  vals ??= build();
}

/**
 * Whether a word of hash `h` may be in the lexicon, as it is or behind clitics: false for most
 * unknown words, which then cost one byte read instead of up to four table probes.
 */
export function mayKnow(h: number): boolean {
  return FILTER[filterBit(h)] === 1;
}

/**
 * Looks up the folded letters `buf[a..b)`, whose {@link hashStep} hash is `h`.
 *
 * @param h - Hash of the letters.
 * @param buf - Folded letters.
 * @param a - First index.
 * @param b - End index (exclusive).
 * @returns The entry (code | second-word value << 12), or 0 when unknown.
 */
export function lookupLetters(h: number, buf: Int32Array, a: number, b: number): number {
  const n = b - a;
  for (let s = slotOf(h); ; s = (s + 1) & SLOT_MASK) {
    const e = slots[s] ?? 0;
    if (e === 0) return 0;
    if (slotHashes[s] !== h) continue;
    const o = offsets[e - 1] ?? 0;
    if ((offsets[e] ?? 0) - o !== n) continue;
    let j = 0;
    while (j < n && letters[o + j] === buf[a + j]) j++;
    if (j === n) return (vals as Int32Array)[e - 1] ?? 0;
  }
}
