/**
 * Tokenizing of Arabic text for the date scanner: folds the text (see `fold.ts`), splits it into
 * words, numbers and punctuation, and keeps every offset in the ORIGINAL string, so a match maps
 * back exactly, invisible marks included. One pass over the text, no regular expressions.
 *
 * @internal
 */
import { foldCode } from './fold.js';
import { hashStep, inBloom, lookupWord } from './lexicon.js';

/** Token kinds. */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;

/** One token; offsets are in the original string. */
export interface Token {
  /** Kind: {@link WORD}, {@link NUM} or {@link PUNCT}. */
  readonly k: number;
  /** Start offset. */
  readonly s: number;
  /** End offset (exclusive): the next visible code unit, so trailing invisible marks are inside. */
  readonly e: number;
  /** WORD: start offset after a stripped clitic (و، ف، ب، ل); else `s`. */
  readonly cs: number;
  /** WORD ending in ال (الـ18، بالـ): start offset of that ال; else -1. */
  readonly al: number;
  /** Whether whitespace separates this token from the previous one. */
  readonly sp: boolean;
  /** Number value (NUM), lexicon code (WORD, 0 when unknown) or folded char code (PUNCT). */
  readonly v: number;
  /** NUM: digit count. WORD: folded length of the stripped clitic prefix. */
  readonly n: number;
  /** WORD: folded text when the Bloom filter says it may be in the lexicon, or a short word is glued to a number; else empty. */
  readonly w: string;
  /** WORD: starts with the article ال. */
  readonly def: boolean;
}

function isLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 0x06fa && c <= 0x06ff)
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const MAX_WORD = 14;

/**
 * Shared tokens for runs of unknown words (except short ones glued to a number): the grammar only
 * needs to know that something else stands there (and whether it starts with ال), never its
 * offsets, so one frozen object each saves an allocation per word.
 */
const GAP: Token = /* @__PURE__ */ (() => Object.freeze({ k: WORD, s: -1, e: -1, cs: -1, al: -1, sp: true, v: 0, n: 0, w: '', def: false }))();
const GAP_DEF: Token = /* @__PURE__ */ (() => Object.freeze({ k: WORD, s: -1, e: -1, cs: -1, al: -1, sp: true, v: 0, n: 0, w: '', def: true }))();
const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;

/** Folded code of a code unit, with the common Arabic letters inline; -1 when dropped. */
function fc(c: number): number {
  if (c >= 0x062a && c <= 0x064a) return c === 0x0640 ? -1 : c === 0x0649 ? 0x064a : c;
  return c === 0x20 || c === 0x0627 ? c : foldCode(c);
}

/**
 * Folds and tokenizes a string into words, numbers and single punctuation marks, in one pass.
 * Dropped code units (tashkeel, tatweel, bidi controls) vanish from the folded view but stay
 * inside offsets: a token ends at the next visible code unit.
 *
 * @param input - Original text.
 * @returns Tokens in order, with offsets into `input`.
 */
export function tokenize(input: string): Token[] {
  const len = input.length;
  const toks: Token[] = [];
  const buf: number[] = []; // folded letters of the current word (first MAX_WORD + 1)
  const pos: number[] = []; // their original offsets
  let i = 0;
  let sp = true;
  while (i < len) {
    let raw = input.charCodeAt(i);
    const g = fc(raw);
    if (g < 0) {
      i++;
      continue;
    }
    if (isSpace(g)) {
      sp = true;
      i++;
      continue;
    }
    const s = i;
    let d = g;
    if (g >= 0x30 && g <= 0x39) {
      let v = 0;
      let nd = 0;
      for (;;) {
        if (nd < 9) v = v * 10 + (d - 0x30);
        nd++;
        i++;
        while (i < len && (d = fc(input.charCodeAt(i))) < 0) i++;
        if (i >= len || d < 0x30 || d > 0x39) break;
      }
      toks.push({ k: NUM, s, e: i, cs: s, al: -1, sp, v, n: nd, w: '', def: false });
    } else if (isLetter(g)) {
      // Hash the word and its suffixes from the 2nd and 3rd letters (possible clitics) as we go.
      // Only words that open with a clitic (و ف ب ل ك) need the suffix hashes: lookupWord strips
      // nothing else.
      let h0 = 0;
      let h1 = 0;
      let h2 = 0;
      let nl = 0;
      const strip1 = g === WAW || g === FA || g === BA || g === LAM || g === KAF;
      let strip2 = false;
      let plain = true; // the folded word is a plain slice of the input
      for (;;) {
        h0 = hashStep(h0, d);
        if (strip1 && nl >= 1) {
          if (nl === 1) strip2 = (g === WAW || g === FA) && (d === BA || d === LAM || d === KAF);
          h1 = hashStep(h1, d);
          if (strip2 && nl >= 2) h2 = hashStep(h2, d);
        }
        if (nl <= MAX_WORD) {
          buf[nl] = d;
          pos[nl] = i;
        }
        if (d !== raw) plain = false;
        nl++;
        i++;
        const next = i;
        while (i < len && (d = fc((raw = input.charCodeAt(i)))) < 0) i++;
        if (i >= len || !isLetter(d)) break;
        if (i > next) plain = false; // a dropped mark inside the word
      }
      const b0 = buf[0] ?? 0;
      const b1 = nl > 1 ? (buf[1] ?? 0) : 0;
      const b2 = nl > 2 ? (buf[2] ?? 0) : 0;
      const def = b0 === ALEF && b1 === LAM && nl > 2;
      const al = nl >= 2 && nl <= 4 && buf[nl - 1] === LAM && buf[nl - 2] === ALEF ? (pos[nl - 2] ?? -1) : -1;
      const ll = b1 === LAM && (b0 === LAM || b2 === LAM); // لل → ال
      const known = nl <= MAX_WORD && (inBloom(h0) || (strip1 && nl > 2 && inBloom(h1)) || (strip2 && nl > 3 && inBloom(h2)) || ll);
      // A short unknown word matters only when a number is glued to it (الـ18، بـ2019).
      const glued = i < len && d >= 0x30 && d <= 0x39;
      if (known || (nl <= 3 && glued)) {
        const w = plain ? input.slice(s, (pos[nl - 1] ?? s) + 1) : String.fromCharCode.apply(null, buf.slice(0, nl));
        const hit = known ? lookupWord(w) : 0;
        const p = hit >>> 16;
        toks.push({ k: WORD, s, e: i, cs: p > 0 ? (pos[p] ?? s) : s, al, sp, v: hit & 0xffff, n: p, w, def });
      } else if (nl > 4 || !glued) {
        // A run of unknown words is one gap: only the first one's ال matters (اليوم الوطني).
        const last = toks[toks.length - 1];
        if (last !== GAP && last !== GAP_DEF) toks.push(def ? GAP_DEF : GAP);
      }
      else toks.push({ k: WORD, s, e: i, cs: s, al, sp, v: 0, n: 0, w: '', def });
    } else {
      i++;
      while (i < len && fc(input.charCodeAt(i)) < 0) i++;
      toks.push({ k: PUNCT, s, e: i, cs: s, al: -1, sp, v: g, n: 0, w: '', def: false });
    }
    sp = false;
  }
  return toks;
}
