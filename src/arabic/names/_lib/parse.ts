/**
 * The name parser behind parseArabicName (private), with the test for a known given name passed
 * in: the public function passes the matcher's lexicon (Arabic and Latin spellings), the
 * romanizer a test of Arabic words only, so that its bundle carries no Latin spelling table.
 */
import { normalizeArabic } from '../../text/normalize-arabic.js';
import { splitWords } from './tokenize.js';
import type { WordScript } from './tokenize.js';
import {
  ARABIC_PARTICLES,
  ARABIC_SUFFIX_PARTS,
  LATIN_ABD,
  LATIN_ABU,
  LATIN_ARTICLE_SUFFIX_PARTS,
  LATIN_ARTICLES,
  LATIN_PARTICLES,
  LATIN_SUFFIX_PARTS,
} from './words.js';
import { ARABIC_ORDINALS, ROMAN_ORDINALS } from './regnal-ordinals.js';
import { readTitles } from './titles.js';
import type { ParsedArabicName } from '../parse-arabic-name.js';

interface Word {
  readonly display: string;
  readonly parts: readonly string[];
  readonly script: WordScript;
}

/** Laqabs after a name: the regnal ordinals (their number) and الكبير/الصغير (0). */
const ARABIC_LAQAB: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map([...ARABIC_ORDINALS, ['الكبير', 0], ['الصغير', 0]]))();
/** Latin laqabs: Roman numerals (their number) and Jr/Sr (0). */
const LATIN_LAQAB: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map([...ROMAN_ORDINALS, ['jr', 0], ['sr', 0]]))();
const WESTERN_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set('de von der le la van di da del dos du des den ter'.split(' ')))();

function splitDisplay(text: string): Word[] {
  const words: Word[] = [];
  for (const raw of text.split(/\s+/u)) {
    if (raw === '') continue;
    const folded = splitWords(raw);
    if (folded.length === 0) continue;
    // a hyphen after an article, particle or Abd/Abu separates two words of the structure
    const dash = raw.indexOf('-');
    const head = folded[0]?.text ?? '';
    if (
      dash > 0 &&
      folded.length > 1 &&
      (LATIN_ARTICLES.has(head) || LATIN_PARTICLES.has(head) || LATIN_ABD.has(head) || LATIN_ABU.has(head))
    ) {
      const left = raw.slice(0, dash);
      const right = raw.slice(dash + 1);
      words.push({ display: left + '-', parts: [head], script: folded[0]?.script ?? 'other' });
      const rest = splitWords(right);
      if (rest.length > 0)
        words.push({ display: right, parts: rest.map((w) => w.text), script: rest[0]?.script ?? 'other' });
      continue;
    }
    words.push({ display: raw, parts: folded.map((w) => w.text), script: folded[0]?.script ?? 'other' });
  }
  return words;
}

function join(words: readonly Word[]): string {
  // Built from an array and tested on the previous word, never on the growing string (testing
  // `endsWith` on a concatenated string flattens it each time: quadratic on long names).
  const parts: string[] = [];
  let glue = false;
  for (const w of words) {
    if (parts.length > 0 && !glue) parts.push(' ');
    parts.push(w.display);
    glue = w.display.endsWith('-');
  }
  return parts.join('');
}

const one = (w: Word | undefined): string => (w !== undefined && w.parts.length === 1 ? (w.parts[0] ?? '') : '');

const isParticle = (w: Word | undefined): boolean =>
  w !== undefined && (ARABIC_PARTICLES.has(one(w)) || LATIN_PARTICLES.has(one(w)));
const isArticle = (w: Word | undefined): boolean =>
  w !== undefined && w.script === 'latin' && LATIN_ARTICLES.has(one(w));
const isAbd = (w: Word | undefined): boolean => w !== undefined && (one(w) === 'عبد' || LATIN_ABD.has(one(w)));
const isAbu = (w: Word | undefined): boolean => w !== undefined && (one(w) === 'ابو' || LATIN_ABU.has(one(w)));
const isAal = (w: Word | undefined): boolean =>
  w !== undefined &&
  (one(w) === 'ال' || (w.script === 'latin' && (one(w) === 'al' || one(w) === 'aal') && !w.display.endsWith('-')));
function isSuffixPart(w: Word | undefined, afterArticle: boolean): boolean {
  if (w === undefined) return false;
  const t = one(w);
  return ARABIC_SUFFIX_PARTS.has(t) || LATIN_SUFFIX_PARTS.has(t) || (afterArticle && LATIN_ARTICLE_SUFFIX_PARTS.has(t));
}
/**
 * Parse a name (see parseArabicName). `isGivenName` tells whether a single word (folded by the
 * tokenizer) is a known given name; otherwise a name of one word is read as a family name.
 */
export function parseName(name: string, isGivenName: (word: string) => boolean): ParsedArabicName {
  const text = normalizeArabic(String(name)).replace(/\s+/gu, ' ');
  const words = splitDisplay(text);
  let arabic = false;
  let latin = false;
  for (const w of words) {
    if (w.script === 'arabic') arabic = true;
    else if (w.script === 'latin') latin = true;
  }
  const script = arabic && latin ? 'mixed' : arabic ? 'arabic' : latin ? 'latin' : 'other';
  const honorifics: string[] = [];
  const nasab: string[] = [];
  const middle: Word[][] = [];
  let kunya: string | undefined;
  let given: string | undefined;
  let family: string | undefined;
  let laqab: string | undefined;
  let ordinal: number | undefined;
  let i = 0;
  const n = words.length;
  // Titles, each with the words that continue it (see readTitles).
  for (const joins of readTitles(words.map(one))) {
    const d = (words[i++] as Word).display;
    if (joins) honorifics[honorifics.length - 1] += ' ' + d;
    else honorifics.push(d);
  }
  /** Read one name unit starting at j: compounds and a leading Latin article. */
  const unit = (j: number): [Word[], number] => {
    const w = words[j];
    if (w === undefined) return [[], j];
    const taken: Word[] = [w];
    let k = j + 1;
    if ((isAbd(w) || isAbu(w)) && k < n && !isParticle(words[k])) {
      if (isArticle(words[k]) && k + 1 < n) taken.push(words[k++] as Word);
      if (k < n) taken.push(words[k++] as Word);
    } else if (isArticle(w) && k < n) {
      taken.push(words[k++] as Word);
    } else if (isAal(w) && k < n) {
      taken.push(words[k++] as Word);
    }
    if (isSuffixPart(words[k], false)) taken.push(words[k++] as Word);
    else if (isArticle(words[k]) && isSuffixPart(words[k + 1], true)) {
      taken.push(words[k++] as Word, words[k++] as Word);
    }
    return [taken, k];
  };
  if (i < n && isAbu(words[i]) && i + 1 < n && !isParticle(words[i + 1])) {
    const [taken, k] = unit(i);
    kunya = join(taken);
    i = k;
  }
  const rest: Word[][] = [];
  let givenTaken = false;
  while (i < n) {
    const w = words[i] as Word;
    if (isParticle(w) && i + 1 < n) {
      const [taken, k] = unit(i + 1);
      nasab.push(join(taken));
      givenTaken = true;
      i = k;
      continue;
    }
    const t = one(w);
    const lq =
      i > 0
        ? w.script === 'arabic'
          ? ARABIC_LAQAB.get(t)
          : w.script === 'latin'
            ? LATIN_LAQAB.get(t)
            : undefined
        : undefined;
    if (lq !== undefined && (t.length > 1 || i === n - 1)) {
      laqab = w.display;
      if (lq > 0) ordinal = lq;
      i++;
      continue;
    }
    if (w.script === 'latin' && t.length === 1 && n > 1) {
      // an initial (William J. Burns): a middle name
      middle.push([w]);
      i++;
      continue;
    }
    if (w.script === 'latin' && WESTERN_PARTICLES.has(t) && i + 1 < n && i > 0) {
      // a Western surname with its particles: everything from here is the family name
      family = join(words.slice(i).filter((x) => !(LATIN_LAQAB.get(one(x)) !== undefined && one(x).length > 1)));
      break;
    }
    const [taken, k] = unit(i);
    if (!givenTaken && kunya === undefined && rest.length === 0) {
      given = join(taken);
      givenTaken = true;
    } else {
      rest.push(taken);
    }
    i = k;
  }
  if (family === undefined && rest.length > 0) {
    family = join(rest[rest.length - 1] as Word[]);
    for (let k = 0; k < rest.length - 1; k++) middle.push(rest[k] as Word[]);
  }
  // A single word: a given name only when it is a known given name.
  if (
    given !== undefined &&
    family === undefined &&
    nasab.length === 0 &&
    kunya === undefined &&
    middle.length === 0 &&
    laqab === undefined
  ) {
    const w = words[words.length - 1];
    if (
      w !== undefined &&
      w.parts.length === 1 &&
      !isGivenName(w.parts[0] ?? '') &&
      honorifics.length + 1 === words.length
    ) {
      family = given;
      given = undefined;
    }
  }
  let nisba: string | undefined;
  if (family !== undefined) {
    const last = splitWords(family).pop()?.text ?? '';
    if (last.length >= 3 && (last.endsWith('ي') || last.endsWith('i') || (last.endsWith('y') && script !== 'latin')))
      nisba = family;
    if (script === 'latin' && last.length >= 3 && last.endsWith('i')) nisba = family;
  }
  return {
    text,
    script,
    honorifics,
    kunya,
    given,
    nasab,
    middle: middle.map((m) => join(m)),
    family,
    nisba,
    laqab,
    ordinal,
  };
}
