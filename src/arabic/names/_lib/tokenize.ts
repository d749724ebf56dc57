/**
 * Name tokenizer shared by nameKey, parseArabicName and compareNames (private).
 * Reads a name once, folds it, splits it into words and recognizes titles, particles,
 * articles and the compounds that are one name however they are spaced.
 */
import { isArabicLetter } from '../../_lib/chars.js';
import { readTitles } from './titles.js';
import { FOLD_ALEF, FOLD_DIGITS, FOLD_FOREIGN_CONSONANTS, FOLD_HAMZA, foldText } from '../../_lib/fold-text.js';
import {
  ARABIC_SUFFIX_PARTS,
  F_ARABIC_PARTICLE,
  F_ARABIC_SUFFIX_PART,
  F_LATIN_ABD,
  F_LATIN_ABU,
  F_LATIN_ARTICLE,
  F_LATIN_ARTICLE_SUFFIX_PART,
  F_LATIN_PARTICLE,
  F_LATIN_SUFFIX_PART,
  wordFlags,
} from './words.js';

/** Script of a word. */
export type WordScript = 'arabic' | 'latin' | 'other';

/** A word of a name after folding. */
export interface Word {
  /** Folded text (Arabic: tashkeel-free, alef and hamza folded; Latin: lower case, no diacritics). */
  readonly text: string;
  /** Script of the word. */
  readonly script: WordScript;
}

/** Role of a token in a name. */
export type TokenKind = 'title' | 'particle' | 'name';

/** A token: a name word (possibly a compound), a title or a particle. */
export interface NameToken {
  /** Folded text; compounds are joined without a space (عبداللطيف, abdellatif). */
  readonly text: string;
  /** Script of the token. */
  readonly script: WordScript;
  /** Kind of the token. */
  readonly kind: TokenKind;
  /** True when a Latin article written as a separate word (El, Al-, Es-) preceded it. */
  readonly article: boolean;
  /** True for a compound made of several written words (عبد اللطيف, Nour Eddine, Abou Bakr). */
  readonly compound: boolean;
}

const LATIN_EXTRA: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    ø: 'o',
    ł: 'l',
    đ: 'd',
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    ı: 'i',
    ð: 'd',
    þ: 'th',
  }))();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lower-case base letters of Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (é → e, Ğ → g, æ → ae). */
const LATIN_FOLD: ReadonlyMap<number, string> = /* @__PURE__ */ (() => {
  const m = new Map<number, string>();
  const add = (c: number): void => {
    const ch = String.fromCharCode(c);
    if (!LETTER_OR_DIGIT.test(ch)) return;
    const lower = ch.toLowerCase();
    const stripped = lower.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
    let base = '';
    for (const b of stripped) base += LATIN_EXTRA[b] ?? b;
    m.set(c, base);
  };
  for (let c = 0xc0; c <= 0x24f; c++) add(c);
  for (let c = 0x1e00; c <= 0x1eff; c++) add(c);
  return m;
})();

/** Whether an Arabic word already ends with الدين / الله / الإسلام / العابدين (and is longer than it). */
function endsWithArabicSuffixPart(text: string): boolean {
  for (const part of ARABIC_SUFFIX_PARTS) if (text.length > part.length && text.endsWith(part)) return true;
  return false;
}

function isApostrophe(c: number): boolean {
  return (
    c === 0x27 ||
    c === 0x2019 ||
    c === 0x2018 ||
    c === 0x02bf ||
    c === 0x02be ||
    c === 0x60 ||
    c === 0xb4 ||
    c === 0x02bc
  );
}

/**
 * Fold a name and split it into words. Latin letters are lower-cased and lose their diacritics;
 * apostrophes (M'hamed, Ma'moun, ʿAbd) vanish inside a word; anything else that is not a letter
 * or digit separates words.
 */
export function splitWords(name: string): Word[] {
  const s = foldText(name, FOLD_ALEF | FOLD_HAMZA | FOLD_DIGITS | FOLD_FOREIGN_CONSONANTS);
  const words: Word[] = [];
  let cur = '';
  // Start of the run of characters copied as they are into the current word (-1: none).
  let run = -1;
  let arabic = 0;
  let latin = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
        if (run < 0) run = i;
        latin++;
        continue;
      }
      if (run >= 0) {
        cur += s.slice(run, i);
        run = -1;
      }
      if (c >= 0x41 && c <= 0x5a) {
        cur += String.fromCharCode(c + 32);
        latin++;
      } else if (!isApostrophe(c)) {
        pushWord(words, cur, arabic, latin);
        cur = '';
        arabic = latin = 0;
      }
      continue;
    }
    if (isArabicLetter(c)) {
      if (run < 0) run = i;
      arabic++;
      continue;
    }
    if (run >= 0) {
      cur += s.slice(run, i);
      run = -1;
    }
    if (isApostrophe(c) || (c >= 0x300 && c <= 0x36f)) continue;
    const folded = LATIN_FOLD.get(c);
    if (folded !== undefined) {
      cur += folded;
      latin += folded.length;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      pushWord(words, cur, arabic, latin);
      cur = '';
      arabic = latin = 0;
      continue;
    }
    const ch = s[i] ?? '';
    if (LETTER_OR_DIGIT.test(ch)) {
      // Lower-casing can land in the folded Latin range (Å ANGSTROM SIGN → å) or add a combining
      // mark (İ → i + U+0307): fold the result the same way, so that a key folds to itself.
      for (const x of ch.toLowerCase()) {
        const xc = x.codePointAt(0) ?? 0;
        if (xc >= 0x300 && xc <= 0x36f) continue;
        cur += LATIN_FOLD.get(xc) ?? x;
      }
      if (c >= 0x0660 && c <= 0x0669) arabic++;
      continue;
    }
    pushWord(words, cur, arabic, latin);
    cur = '';
    arabic = latin = 0;
  }
  if (run >= 0) cur += s.slice(run);
  pushWord(words, cur, arabic, latin);
  return words;
}

function pushWord(words: Word[], text: string, arabic: number, latin: number): void {
  if (text === '') return;
  const script: WordScript =
    arabic > 0 && latin === 0
      ? 'arabic'
      : latin > 0 && arabic === 0
        ? 'latin'
        : arabic > 0
          ? arabic >= latin
            ? 'arabic'
            : 'latin'
          : 'other';
  words.push({ text, script });
}

function token(text: string, script: WordScript, kind: TokenKind, article = false, compound = false): NameToken {
  return { text, script, kind, article, compound };
}

/**
 * Tokenize a name: titles at the start, nasab particles, and compounds joined
 * (عبد + next word, أبو + next word, X + الدين/الله/الإسلام; Latin Abd/Abdel/Abdul (+ article)
 * + next word, Abu/Abou + next word, X + Eddine/Allah). A separate Latin article is attached
 * to the next word as a flag.
 */
export function tokenizeName(name: string): NameToken[] {
  const words = splitWords(name);
  const flags: number[] = [];
  for (let k = 0; k < words.length; k++) flags.push(wordFlags((words[k] as Word).text));
  const out: NameToken[] = [];
  let i = 0;
  let sawName = false;
  // Leading titles (never the last word; see readTitles).
  const titles = readTitles(words.map((w) => w.text)).length;
  for (; i < titles; i++) out.push(token((words[i] as Word).text, (words[i] as Word).script, 'title'));
  while (i < words.length) {
    if (!sawName && out.length > 0 && (out[out.length - 1] as NameToken).kind === 'name') sawName = true;
    const w = words[i] as Word;
    const wf = flags[i] as number;
    const next = i + 1 < words.length ? words[i + 1] : undefined;
    const nf = next !== undefined ? (flags[i + 1] as number) : 0;
    if (w.script === 'arabic') {
      if ((wf & F_ARABIC_PARTICLE) !== 0 && next !== undefined) {
        out.push(token(w.text, 'arabic', 'particle'));
        i++;
        continue;
      }
      if (
        (w.text === 'عبد' || w.text === 'ابو') &&
        next !== undefined &&
        next.script === 'arabic' &&
        (nf & F_ARABIC_PARTICLE) === 0
      ) {
        let text = w.text + next.text;
        i += 2;
        const after = i < words.length ? words[i] : undefined;
        if (after !== undefined && after.script === 'arabic' && (wordFlags(after.text) & F_ARABIC_SUFFIX_PART) !== 0) {
          text += after.text;
          i++;
        }
        out.push(token(text, 'arabic', 'name', false, true));
        continue;
      }
      // A word that already ends in الدين / الله … is a complete compound: joining it again would
      // make the key change on a second pass (ا الله الله → االله الله → االلهالله).
      if (
        next !== undefined &&
        next.script === 'arabic' &&
        (nf & F_ARABIC_SUFFIX_PART) !== 0 &&
        (wf & F_ARABIC_PARTICLE) === 0 &&
        !endsWithArabicSuffixPart(w.text)
      ) {
        out.push(token(w.text + next.text, 'arabic', 'name', false, true));
        i += 2;
        continue;
      }
      out.push(token(w.text, 'arabic', 'name'));
      i++;
      continue;
    }
    if (w.script === 'latin') {
      if (
        (wf & F_LATIN_PARTICLE) !== 0 &&
        next !== undefined &&
        (sawName || w.text !== 'ben' || words.length - i <= 2)
      ) {
        out.push(token(w.text, 'latin', 'particle'));
        i++;
        continue;
      }
      if (((wf & F_LATIN_ABD) !== 0 || (wf & F_LATIN_ABU) !== 0) && next !== undefined && next.script === 'latin') {
        let text = w.text;
        let j = i + 1;
        const mid = words[j];
        if (mid !== undefined && (wordFlags(mid.text) & F_LATIN_ARTICLE) !== 0 && j + 1 < words.length) {
          text += mid.text;
          j++;
        }
        const body = j < words.length ? words[j] : undefined;
        if (body !== undefined && (wordFlags(body.text) & F_LATIN_PARTICLE) === 0) {
          text += body.text;
          j++;
          out.push(token(text, 'latin', 'name', false, true));
          i = j;
          continue;
        }
      }
      if ((wf & F_LATIN_ARTICLE) !== 0 && next !== undefined && next.script === 'latin') {
        const prevTok = out.length > 0 ? out[out.length - 1] : undefined;
        if (prevTok !== undefined && prevTok.kind === 'name' && (nf & F_LATIN_ARTICLE_SUFFIX_PART) !== 0) {
          out[out.length - 1] = token(prevTok.text + w.text + next.text, 'latin', 'name', prevTok.article, true);
          i += 2;
          continue;
        }
        out.push(token(next.text, 'latin', 'name', true));
        i += 2;
        continue;
      }
      if ((wf & F_LATIN_SUFFIX_PART) !== 0) {
        const prevTok = out.length > 0 ? out[out.length - 1] : undefined;
        if (prevTok !== undefined && prevTok.kind === 'name') {
          out[out.length - 1] = token(prevTok.text + w.text, 'latin', 'name', prevTok.article, true);
          i++;
          continue;
        }
      }
      out.push(token(w.text, 'latin', 'name'));
      i++;
      continue;
    }
    out.push(token(w.text, w.script, 'name'));
    i++;
  }
  return out;
}
