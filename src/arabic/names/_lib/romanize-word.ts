/**
 * Romanization of one Arabic word in a given style (private).
 *
 * Names of the lexicon get their usual spelling in the style. Other words are read by rules:
 * unvowelled Arabic writes consonants and long vowels only, so short vowels are guessed: an
 * `a` breaks a consonant cluster at the start of a word or a run of three consonants; the
 * patterns fāʻil (ناصر Nasser, خالد Khaled: e in the press, i in ALA-LC), mafʻūl (منصور
 * Mansour), faʻʻāl for a family name (حداد Haddad: the doubled consonant the script leaves
 * unwritten), CiyāC (زياد Ziad, دياب Diab), the nisba endings ـي / ـية / ـاوي (-i, -iya / -ia,
 * -awi / -aoui) and the Maghrebi -ine / -ane / -oune are recognized.
 */
import { lexiconEntries, lexiconKey, plain, rawSpellings } from './name-lexicon.js';
import type { RawSpellings } from './name-lexicon.js';

/** Romanization style. */
export type Style = 'maghreb' | 'mashreq' | 'ala-lc';

const STYLE_INDEX: Readonly<Record<Style, number>> = /* @__PURE__ */ (() =>
  Object.freeze({ maghreb: 0, mashreq: 1, 'ala-lc': 2 }))();

/** Consonants: maghreb | mashreq | ala-lc, one space-separated column a style (`-` for none). */
const CONSONANTS: ReadonlyMap<string, readonly [string, string, string]> = /* @__PURE__ */ (() => {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهويءؤئأإپچڤگژڨڭکی';
  const cols = [
    'b t t j h kh d d r z s ch s d t d - gh f k k l m n h ou y - - - - - p tch v g j g g k y',
    'b t th j h kh d dh r z s sh s d t z - gh f q k l m n h w y - - - - - p ch v g zh g g k y',
    'b t th j ḥ kh d dh r z s sh ṣ ḍ ṭ ẓ ʻ gh f q k l m n h w y ʼ ʼ ʼ ʼ ʼ p ch v g zh g g k y',
  ].map((c) => c.split(' ').map((x) => (x === '-' ? '' : x)));
  return new Map(
    [...letters].map((ch, i) => [ch, [cols[0]?.[i] ?? '', cols[1]?.[i] ?? '', cols[2]?.[i] ?? '']] as const),
  );
})();

/** Segment kinds of a word. */
const C = 0; // consonant
const LONG = 1; // long vowel (ا و ي as vowels, آ)
const SHORT = 2; // written short vowel (initial أ إ ا)
const FINAL = 3; // ة or ى

interface Segment {
  kind: number;
  letter: string;
  vowel: string; // for vowels: a / i / u
}

const GUTTURAL = 'حخعغقصضطظهءر';

function isConsonantLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== 'ا' && ch !== 'و' && ch !== 'ي' && ch !== 'ى' && ch !== 'ة' && CONSONANTS.has(ch);
}

function segment(word: string): Segment[] {
  const segs: Segment[] = [];
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word[i] ?? '';
    const next = word[i + 1];
    const prevSeg = segs[segs.length - 1];
    if (ch === 'ا' || ch === 'ٱ') {
      segs.push(i === 0 ? { kind: SHORT, letter: ch, vowel: 'a' } : { kind: LONG, letter: ch, vowel: 'a' });
    } else if (ch === 'آ') {
      segs.push({ kind: LONG, letter: ch, vowel: 'a' });
    } else if ((ch === 'أ' || ch === 'إ') && i === 0) {
      segs.push({ kind: SHORT, letter: ch, vowel: ch === 'إ' ? 'i' : 'a' });
    } else if (ch === 'ة') {
      segs.push({ kind: FINAL, letter: ch, vowel: 'a' });
    } else if (ch === 'ى') {
      segs.push(i === n - 1 ? { kind: FINAL, letter: ch, vowel: 'a' } : { kind: LONG, letter: 'ي', vowel: 'i' });
    } else if (ch === 'و' || ch === 'ي') {
      const vowelNext = next === 'ا' || next === 'ى' || next === 'ة' || next === 'و' || next === 'ي';
      // أيمن Ayman: an initial a-alef before ي and two consonants is the diphthong ay
      const diphthong =
        ch === 'ي' &&
        prevSeg !== undefined &&
        prevSeg.kind === SHORT &&
        prevSeg.vowel === 'a' &&
        segs.length === 1 &&
        isConsonantLetter(word[i + 1]) &&
        isConsonantLetter(word[i + 2]) &&
        i + 3 === n;
      const afterInitial =
        !diphthong && prevSeg !== undefined && prevSeg.kind === SHORT && segs.length === 1 && !vowelNext;
      const consonantal =
        diphthong || (!afterInitial && (i === 0 || vowelNext || (prevSeg !== undefined && prevSeg.kind !== C)));
      // an initial alef only carries the long vowel that follows (أوربان Ourbane, إيمان Imane)
      if (afterInitial) segs.pop();
      segs.push(
        consonantal ? { kind: C, letter: ch, vowel: '' } : { kind: LONG, letter: ch, vowel: ch === 'و' ? 'u' : 'i' },
      );
    } else if (CONSONANTS.get(ch) !== undefined) {
      segs.push({ kind: C, letter: ch, vowel: '' });
    }
  }
  return segs;
}

function lower1(s: string): string {
  const i = s.charAt(0) === 'ʻ' ? 1 : 0;
  return s.slice(0, i) + s.charAt(i).toLowerCase() + s.slice(i + 1);
}

function capitalize(s: string): string {
  if (s === '') return s;
  const first = s[0] ?? '';
  if ((first === 'ʻ' || first === 'ʼ') && s.length > 1) return first + (s[1] ?? '').toUpperCase() + s.slice(2);
  return first.toUpperCase() + s.slice(1);
}

/** Spellings of one lexicon entry: maghreb, mashreq, ala-lc. */
export type Spellings = readonly [string, string, string];

/** The spellings of an entry, its defaults filled in: ALA-LC by the rules when `=`, mashreq = plain ALA-LC, maghreb = mashreq. */
function resolve(raw: RawSpellings): Spellings {
  const [maghreb, mashreq, alaField, ar] = raw;
  // '=': the rules' ALA-LC form (after al- for a word with the article)
  // a word with the article: its ALA-LC field is written without al- (الله aside)
  const article = ar.startsWith('ال') && ar !== 'الله' ? 'al-' : '';
  const alaLc = article + (alaField !== '=' ? alaField : ruleWord(article === '' ? ar : ar.slice(2), 'ala-lc', false));
  const m = mashreq === '' ? plain(alaLc) : mashreq;
  return [maghreb === '' ? m : maghreb, m, alaLc];
}

// Resolved spellings by entry, filled on first lookup (the lexicon is fixed: a cache, not state).
let resolved: WeakMap<RawSpellings, Spellings> | undefined;

/** The spellings of an Arabic word of the lexicon, or `undefined` (the rules spell it). */
export function arabicSpellings(word: string): Spellings | undefined {
  const raw = rawSpellings(lexiconKey(word));
  if (raw === undefined) return undefined;
  resolved ??= new WeakMap();
  let s = resolved.get(raw);
  if (s === undefined) {
    s = resolve(raw);
    resolved.set(raw, s);
  }
  return s;
}

/** Spelling of a lexicon entry in a style (maghreb, mashreq, ala-lc). */
export function lexiconSpelling(word: string, style: Style): string | undefined {
  return arabicSpellings(word)?.[STYLE_INDEX[style]];
}

let latinWords: Set<string> | undefined;

/** Whether a lower-case, diacritic-free Latin word is a press spelling of a lexicon name. */
export function isArabicLatin(word: string): boolean {
  if (latinWords === undefined) {
    const set = new Set<string>();
    for (const raw of lexiconEntries()) {
      if (raw === undefined) continue;
      const [maghreb, mashreq] = resolve(raw);
      for (const w of (maghreb + ' ' + mashreq).split(/[\s-]+/u)) set.add(plain(w).toLowerCase());
    }
    latinWords = set;
  }
  return latinWords.has(word);
}

/**
 * Romanize one Arabic word (no article), capitalized. `family` marks a family name, which
 * takes the faʻʻāl reading of CCāC (حداد Haddad) where a given name takes faʻāl (جمال Jamal).
 */
export function romanizeWord(word: string, style: Style, family = false): string {
  const known = lexiconSpelling(word, style);
  if (known !== undefined) return known;
  return ruleWord(word, style, family);
}

export function ruleWord(word: string, style: Style, family: boolean): string {
  // Maghrebi family names fused with بن / بل (بنعتيق Benatiq, بلخادم Belkhadem)
  if (
    style === 'maghreb' &&
    word.length >= 5 &&
    (word.startsWith('بن') || word.startsWith('بل')) &&
    word[2] !== 'ا' &&
    word[2] !== 'و' &&
    word[2] !== 'ي'
  ) {
    const rest = romanizeWord(word.slice(2), style, false);
    return (word[1] === 'ن' ? 'Ben' : 'Bel') + rest.charAt(0).toLowerCase() + rest.slice(1);
  }
  // family names fused with بو "father of" (بوسعيد Boussaid, بوطيب Boutayeb, بوقدوم Boukadoum):
  // Bou + the rest read as a word of its own when it is a name or reads CCV… (not a nisba, not
  // a cluster that Bou opens: بوتفليقة Bouteflika, بوغديري Boughdiri); an s between vowels doubled
  const rest = word.slice(2);
  if (
    word.length >= 5 &&
    word.startsWith('بو') &&
    !'اوي'.includes(rest[0] as string) &&
    (lexiconSpelling(rest, style) !== undefined ||
      (!rest.endsWith('ي') &&
        !'اوي'.includes(rest[1] as string) &&
        (rest.length === 3 || 'اويى'.includes(rest[2] as string))))
  ) {
    const r = romanizeWord(rest, style, false);
    return (style === 'ala-lc' ? 'Bū' : 'Bou') + (/^s[aeiou]/iu.test(r) ? 's' : '') + lower1(r);
  }
  const k = STYLE_INDEX[style];
  const segs = segment(word);
  const out: string[] = [];
  const n = segs.length;
  const alaLc = style === 'ala-lc';
  // faʻʻāl: four letters C C ā C (a profession, a family name): the middle consonant is doubled
  // and faʻʻūl / faʻʻūlī, C C ū C (ī) (جلول Jalloul, الغنوشي Ghannouchi, السكوري Sekkouri)
  const faaal =
    family &&
    (n === 4 || (n === 5 && segs[4]?.kind === LONG && segs[4].letter === 'ي' && segs[2]?.vowel === 'u')) &&
    segs[0]?.kind === C &&
    segs[1]?.kind === C &&
    segs[2]?.kind === LONG &&
    (segs[2].vowel === 'a' || segs[2].vowel === 'u') &&
    segs[3]?.kind === C &&
    segs[0].letter !== segs[1].letter &&
    segs[1].letter !== 'و' &&
    segs[1].letter !== 'ي' &&
    segs[1].letter !== 'ع';
  // fuʻaylī: a family nisba C C ي C ي (الحنيطي Huneiti, الخليفي Khulaifi): u, then the diphthong
  // (not in the Maghreb, where faʻʻīlī is as frequent: الصديقي Seddiki)
  if (
    family &&
    style !== 'maghreb' &&
    n === 5 &&
    segs[0]?.kind === C &&
    segs[1]?.kind === C &&
    segs[2]?.letter === 'ي' &&
    segs[3]?.kind === C &&
    segs[4]?.letter === 'ي' &&
    segs[4].kind === LONG
  ) {
    const c = (x: Segment): string => CONSONANTS.get(x.letter)?.[k] ?? '';
    const [a, b, , d] = segs as [Segment, Segment, Segment, Segment];
    return capitalize(c(a) + 'u' + c(b) + (alaLc ? 'ay' : 'ai') + c(d) + (alaLc ? 'ī' : 'i'));
  }
  // Whether the last emitted unit ends in a vowel (written or guessed).
  let vowelBefore = false;
  for (let i = 0; i < n; i++) {
    const s = segs[i] as Segment;
    const prev = segs[i - 1];
    const next = segs[i + 1];
    if (s.kind === C) {
      let t = CONSONANTS.get(s.letter)?.[k] ?? '';
      // a final hamza after ā: -aa in the Mashreq, -ae in the Maghreb (وفاء Wafaa / Wafae)
      if (!alaLc && s.letter === 'ء' && next === undefined && prev?.kind === LONG && prev.vowel === 'a')
        t = style === 'mashreq' ? 'a' : 'e';
      // ع after an initial alef is silent in the press (اعمارة Amara)
      if (!alaLc && s.letter === 'ع' && prev?.letter === 'ا' && i === 1) continue;
      // ع closing a syllable is heard as a long a in press spellings (سعد Saad, جعفر Jaafar)
      if (!alaLc && s.letter === 'ع' && i > 0 && next !== undefined && next.kind === C) t = 'a';
      // and ending a word after a consonant, as -aa (الشرع Sharaa, لقجع Lekjaa)
      if (!alaLc && s.letter === 'ع' && i > 0 && next === undefined)
        t = prev?.kind === C && !(out[out.length - 1] ?? '').endsWith('a') ? 'aa' : 'a';
      if (
        style === 'maghreb' &&
        (s.letter === 'س' || s.letter === 'ص') &&
        prev !== undefined &&
        vowelBefore &&
        next !== undefined &&
        next.kind !== C
      )
        t = 'ss';
      if (faaal && i === 1 && (alaLc || t.length === 1)) t += t;
      // CiyāC at the start (زياد Ziad, رياض Riad, دياب Diab): the press writes -ia-
      if (
        i === 0 &&
        next !== undefined &&
        next.kind === C &&
        next.letter === 'ي' &&
        segs[i + 2]?.kind === LONG &&
        segs[i + 2]?.vowel === 'a' &&
        segs[i + 3]?.kind === C
      ) {
        out.push(t, alaLc ? 'iy' : 'i');
        i++;
        vowelBefore = true;
        continue;
      }
      // the nisba ending ـية (الحسينية): -īyah / -iya / -ia
      if (s.letter === 'ي' && next?.kind === FINAL && next.letter === 'ة' && prev !== undefined && prev.kind === C) {
        out.push(alaLc ? 'īyah' : style === 'mashreq' && family ? 'iyeh' : 'ia');
        break;
      }
      out.push(t);
      const wasVowel = vowelBefore;
      vowelBefore = false;
      // before the nisba ending ـية no vowel is guessed (سامية Samia, حسنية Hasnia)
      const nisbaNext = next?.letter === 'ي' && segs[i + 2]?.letter === 'ة' && segs[i + 3] === undefined;
      if (next !== undefined && next.kind === C && !nisbaNext) {
        const shortStart = n === 3 && i === 1 && prev !== undefined && prev.kind === SHORT;
        if (i === 0 || !wasVowel || shortStart) {
          // the Maghrebi press writes the first, unstressed a of a family name as e (Bedoui,
          // Mezouar, Zerhouni), but not next to a guttural or an emphatic consonant (Hammami)
          out.push(
            style === 'maghreb' &&
              family &&
              i === 0 &&
              !GUTTURAL.includes(s.letter) &&
              !'حخعقصضطظهءر'.includes(next.letter)
              ? 'e'
              : 'a',
          );
          vowelBefore = true;
        } else if (
          style === 'maghreb' &&
          segs[i + 2]?.kind === C &&
          segs[i + 3] !== undefined &&
          segs[i + 3]?.kind !== C
        ) {
          // Maghreb: three consonants between two vowels: the vowel follows the first of them, the
          // last two stay together before the next vowel (بوتفليقة Bouteflika, شنقريحة Chanegriha)
          out.push('e');
          vowelBefore = true;
        } else if (
          prev !== undefined &&
          prev.kind === LONG &&
          prev.vowel === 'a' &&
          // the Maghreb reads CāCCī / CāCCā without it (الحامدي Hamdi, الراجحي Rajhi)
          !(style === 'maghreb' && segs[i + 2]?.kind === LONG && segs[i + 3]?.kind !== C)
        ) {
          // CāCiC (ناصر Nasser, خالد Khaled) and CāCiCīC (عابدين Abidine)
          out.push(alaLc || segs[i + 2] !== undefined ? 'i' : 'e');
          vowelBefore = true;
        } else if (prev !== undefined && prev.kind === LONG && i + 2 === n) {
          // CūCiC / CīCiC closing the word (يونس Younes)
          out.push(alaLc ? (prev.vowel === 'u' ? 'u' : 'i') : 'e');
          vowelBefore = true;
        }
      }
    } else if (s.kind === LONG) {
      const v = s.vowel;
      // ū is ou in the press of both regions (Mansour, Mahmoud), u after ع in the Mashreq (Saud)
      out.push(
        alaLc
          ? v === 'a'
            ? 'ā'
            : v === 'i'
              ? 'ī'
              : 'ū'
          : v === 'u'
            ? style === 'mashreq' && prev?.letter === 'ع'
              ? 'u'
              : 'ou'
            : v,
      );
      vowelBefore = true;
    } else if (s.kind === SHORT) {
      out.push(s.letter === 'آ' && alaLc ? 'ā' : s.vowel);
      vowelBefore = true;
    } else {
      // ة after ā is read -āt in the press (حياة Hayat, نجاة Najat), -āh in ALA-LC
      if (s.letter === 'ة' && prev?.kind === LONG && prev.vowel === 'a') out.push(alaLc ? 'h' : 't');
      else out.push(s.letter === 'ة' ? (alaLc ? 'ah' : 'a') : alaLc ? 'á' : 'a');
      vowelBefore = true;
    }
  }
  let r = out.join('');
  // the Maghrebi press's final -ine / -ane / -oune after a long vowel (Yassine, Othmane, Tebboune)
  if (
    style === 'maghreb' &&
    n >= 2 &&
    (segs[n - 1] as Segment).letter === 'ن' &&
    (segs[n - 2] as Segment).kind === LONG
  )
    r += 'e';
  // French spelling: an s between two vowels is written ss (باسل Bassel, عاصم Assem)
  if (style === 'maghreb') r = r.replace(/(?<=[aeiou])s(?=[aeiou])/gu, 'ss');
  return capitalize(r);
}

/** Romanized article for the style (`El`, `al-`, `al-`). */
export function articleFor(style: Style): string {
  return style === 'maghreb' ? 'El ' : 'al-';
}
