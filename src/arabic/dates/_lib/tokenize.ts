/**
 * Tokenizing of Arabic text for the date scanner: folds the text (see `fold.ts`), splits it into
 * words, numbers and punctuation, and keeps every offset in the ORIGINAL string, so a match maps
 * back exactly, invisible marks included. One pass over the text, no regular expressions.
 *
 * @internal
 */
import {
  C_DIGIT,
  C_LETTER,
  C_SPACE,
  CLASS_SHIFT,
  DROPPED,
  EXACT_FOLDED_LIMIT,
  FOLDED_MASK,
  foldCode,
  foldEntry,
  foldTableFull,
} from './fold.js';
import {
  lexiconCode,
  CODE_MASK,
  K_REL,
  K_W,
  K_WD,
  KIND_SHIFT,
  loadLexicon,
  lookupLetters,
  mayKnow,
  SECOND_WORD_SHIFT,
  W_AMS,
  W_COUNTED,
  W_FUTV,
  W_GHADAN,
  W_PASTV,
  W_PLAIN,
} from './lexicon.js';
import { CLOSE_PAREN, DIGIT_ZERO, DOT, EXCLAMATION, OPEN_PAREN, QUESTION, SEMICOLON } from './char-codes.js';

/** Token kinds. */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;

/** One token; offsets are in the original string. */
export interface Token {
  /** Kind: {@link WORD}, {@link NUM} or {@link PUNCT}. */
  readonly kind: number;
  /** Start offset. */
  readonly start: number;
  /** End offset (exclusive): the next visible code unit, so trailing invisible marks are inside. */
  readonly end: number;
  /** WORD: start offset after a stripped clitic (و، ف، ب، ل، ك; see {@link hasClitic}); else {@link Token.start}. */
  readonly wordStart: number;
  /** WORD ending in ال (الـ18، بالـ): start offset of that ال; else -1. */
  readonly articleStart: number;
  /** Whether whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** Number value (NUM), lexicon code (WORD, 0 when unknown) or folded char code (PUNCT). */
  readonly value: number;
  /** NUM: number of digits (0 for a WORD or PUNCT). */
  readonly digits: number;
  /** WORD: number of letters; 0 for a run of unknown words (one shared token). */
  readonly letters: number;
  /** NUM: written in parentheses, which are inside its offsets (`(2023)`). */
  readonly parenthesized: boolean;
  /** WORD: first folded letter (0 for a run of unknown words). */
  readonly firstLetter: number;
  /** Run of unknown words: its last word starts with ال (الأمن العام: a definite noun before العام). */
  readonly lastDefinite: boolean;
  /** WORD: value of the whole word as the second word of a month name (1, 2, 11, 12), else 0. */
  readonly monthSecondWord: number;
  /** WORD: starts with the article ال. */
  readonly definite: boolean;
  /**
   * Weekday WORD: the tense of its clause, read from the nearest marker before it in the same
   * sentence and at most {@link TENSE_WINDOW} words back: 1 future (يحل، سيزور، ستعقد، سوف، غدا،
   * المقبل), 2 past (قال، أعلن، عقد، قد، أمس، الماضي), 0 none. Else 0.
   */
  readonly tense: number;
}

/** {@link lookupStripped} returns the length of the stripped prefix above these bits. */
const STRIPPED_SHIFT = 16;

/** Whether a WORD token starts with a clitic the lexicon lookup stripped (وفي، بالعام). */
export function hasClitic(t: Token): boolean {
  return t.wordStart !== t.start;
}

/** How many words back a weekday looks for the tense of its clause. */
export const TENSE_WINDOW = 12;

/** {@link Token.value} of the shared token standing for a counted noun right after a number: a known one (2500 دولار) or an unknown one (2020 عنصرا). */
export const COUNTED_CODE = /* @__PURE__ */ lexiconCode(K_W, W_COUNTED);
const FUT_WORD = /* @__PURE__ */ lexiconCode(K_W, W_FUTV);
const PAST_WORD = /* @__PURE__ */ lexiconCode(K_W, W_PASTV);
const PLAIN_WORD = /* @__PURE__ */ lexiconCode(K_W, W_PLAIN);
const AMS_WORD = /* @__PURE__ */ lexiconCode(K_W, W_AMS);
const GHADAN_WORD = /* @__PURE__ */ lexiconCode(K_W, W_GHADAN);
const PAST_REL = /* @__PURE__ */ lexiconCode(K_REL, 1);
const NEXT_REL = /* @__PURE__ */ lexiconCode(K_REL, 2);
/** Lowest lexicon code of the words that only mark tense, plain nouns and counted nouns (W_FUTV …). */
const MARKER_MIN = FUT_WORD;

const MAX_WORD = 14;

/**
 * The folded letters of the word being read, shared by every call (a call never yields while
 * it holds a word). A typed array: storing each letter in a plain array cost the character loop
 * a quarter of its time.
 */
let wordBuf: Int32Array | undefined;

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const YA = 0x064a;
const SIN = 0x0633;
const TA = 0x062a;
const NUN = 0x0646;
const HA = 0x0647;

/** Whether a letter is a one-letter proclitic before ال (و ف ب ل ك). */
function isClitic(c: number): boolean {
  return c === WAW || c === FA || c === BA || c === LAM || c === KAF;
}

/**
 * Whether an unknown word `buf[0..nl)` looks like an imperfect verb, which news uses for what is
 * about to happen: ي + at least two letters (يحل، يزور), ت in the shapes of a verb and not of a
 * verbal noun (تعقد، تنطلق، تستضيف; not تنظيم، تعاون), or the future prefix سـ before ي/ت/ن
 * (سيزور، ستعقد، سنواصل), after an optional و/ف (`p`: its length, 0 or 1). Nouns of that shape that news uses often
 * (سياسة، يوسف، وسيلة…) are in the lexicon, so they never reach this test.
 */
function looksFuture(buf: Int32Array, nl: number, p: number): boolean {
  const a = buf[p] ?? 0;
  const n = nl - p;
  if (a === YA) return n >= 3 && buf[p + 1] !== ALEF;
  if (a === TA) {
    // تعقد، تنطلق، تستضيف — but not the verbal nouns تنظيم، تعاون، تقرير (ا or ي inside) or a word in ة
    const c2 = buf[p + 2] ?? 0;
    const last = buf[nl - 1] ?? 0;
    if (last === HA || c2 === ALEF) return false;
    if (n === 4) return true;
    if (buf[p + 1] === SIN && c2 === TA) return n >= 5;
    return n === 5 && buf[p + 3] !== YA && buf[p + 3] !== ALEF;
  }
  if (a !== SIN || n < 4) return false;
  const b = buf[p + 1] ?? 0;
  return b === YA || b === TA || b === NUN;
}

/** `31 ** k` modulo 2³², for k = 0 … MAX_WORD: the weight of a letter k places from a word's end in its hash. */
const POW31: readonly number[] = /* @__PURE__ */ (() => {
  const out = [1];
  for (let k = 1; k <= MAX_WORD; k++) out.push(Math.imul(out[k - 1] ?? 0, 31));
  return out;
})();

/**
 * Looks up a word `buf[0..nl)` (hash `h0`) that is unknown as a whole, stripping the clitics
 * و/ف then ب/ل/ك (and لل → ال). The hash of a suffix is the word's hash minus the dropped
 * letters' weighted codes, so no letter is hashed twice.
 *
 * @returns `prefixLength << STRIPPED_SHIFT | code`, or 0 when unknown.
 */
function lookupStripped(buf: Int32Array, nl: number, h0: number): number {
  let p = 0;
  let h = h0; // hash of buf[p..nl)
  const c0 = buf[0] ?? 0;
  if ((c0 === WAW || c0 === FA) && nl > 2) {
    p = 1;
    h = (h - Math.imul(c0, POW31[nl - 1] ?? 0)) | 0;
    const v = lookupLetters(h, buf, 1, nl) & CODE_MASK;
    if (v !== 0) return (1 << STRIPPED_SHIFT) | v;
  }
  const c = buf[p] ?? 0;
  if ((c === BA || c === LAM || c === KAF) && nl - p > 2) {
    h = (h - Math.imul(c, POW31[nl - p - 1] ?? 0)) | 0; // hash of buf[p + 1..nl)
    const v = lookupLetters(h, buf, p + 1, nl) & CODE_MASK;
    if (v !== 0) return ((p + 1) << STRIPPED_SHIFT) | v;
    if (c === LAM && buf[p + 1] === LAM) {
      buf[p] = ALEF; // ال + the rest, in place; restored below
      const v2 = lookupLetters((h + Math.imul(ALEF, POW31[nl - p - 1] ?? 0)) | 0, buf, p, nl) & CODE_MASK;
      buf[p] = c;
      if (v2 !== 0) return ((p + 1) << STRIPPED_SHIFT) | v2;
    }
  }
  return 0;
}

/**
 * Offset in `input` of the `k`-th letter of the word starting at `s`: `s + k`, unless dropped
 * code units stand inside the word (`marked`), which are then skipped.
 */
function letterOffset(input: string, s: number, k: number, marked: boolean): number {
  if (!marked) return s + k;
  let i = s;
  for (let n = 0; ; i++) if (foldEntry(input.charCodeAt(i)) !== DROPPED && n++ === k) return i;
}

/**
 * A new token object: a gap token (see {@link shared}) with these article flags, or, with
 * `value`, the counted-noun token. Made by {@link put}: one object literal for every token.
 */
function gapToken(lastDefinite: boolean, definite: boolean, value: number): Token {
  const t: Token[] = [];
  put(t, 0, WORD, -1, -1, -1, -1, true, value, 0, false, 0, 0, 0, definite);
  const g = t[0] as { -readonly [K in keyof Token]: Token[K] };
  g.lastDefinite = lastDefinite;
  return g;
}

/**
 * The shared tokens, by the gap state they stand for (see `gapState` in {@link Tokenizer.run}):
 * 1 a counted noun right after a number, 2–5 a run of words that cannot belong to a date (one
 * token for the whole run: the grammar only needs to know that something else stands there, and
 * whether its first and last words start with ال, never its offsets). Made on first use and
 * never written.
 */
const gaps: Token[] = [];

function shared(state: number): Token {
  return (gaps[state] ??= gapToken(state > 1 && (state & 1) === 1, state >= 4, state === 1 ? COUNTED_CODE : 0));
}

/** Puts a token at index `k` of `toks` (one object literal for every kind: one hidden class). */
function put(
  toks: Token[],
  k: number,
  kind: number,
  start: number,
  end: number,
  wordStart: number,
  articleStart: number,
  spaceBefore: boolean,
  value: number,
  digits = 0,
  parenthesized = false,
  letters = 0,
  firstLetter = 0,
  monthSecondWord = 0,
  definite = false,
  tense = 0,
): void {
  toks[k] = {
    kind,
    start,
    end,
    wordStart,
    articleStart,
    spaceBefore,
    value,
    digits,
    letters,
    parenthesized,
    firstLetter,
    lastDefinite: false,
    monthSecondWord,
    definite,
    tense,
  };
}

/**
 * Folds and tokenizes a string into words, numbers and single punctuation marks, in one pass,
 * on demand: {@link Tokenizer.run} reads the text up to a given offset (to the next space) and
 * can be called again to go on exactly where it stopped, so that a caller who needs only the
 * first date does not tokenize the rest of the text. Dropped code units (tashkeel, tatweel,
 * bidi controls) vanish from the folded view but stay inside offsets: a token ends at the next
 * visible code unit.
 *
 * The last two tokens may still change while the text goes on (a run of unknown words grows
 * into the gap token before it; `(` and a number become one token at `)`): read only
 * {@link Tokenizer.final} tokens.
 */
export class Tokenizer {
  /** Tokens in order, with offsets into the input. */
  readonly toks: Token[] = [];
  /** Whether the whole text is tokenized. */
  done = false;
  readonly #input: string;
  // The state of the character loop between calls of run() (see the locals of the same names there).
  #i = 0;
  #sp = true;
  #prevNum = false;
  #tense = 0;
  #tenseAge = 0;
  #gapState = 0;

  /** @param input - Original text. */
  constructor(input: string) {
    this.#input = input;
  }

  /** Number of tokens that will not change any more: all of them once the text is done, else all but the last two. */
  final(): number {
    const n = this.toks.length;
    return this.done ? n : n > 2 ? n - 2 : 0;
  }

  /**
   * Tokenizes on up to the first space at or after offset `limit` (or the whole text, which sets
   * {@link Tokenizer.done}). A limit in code units, not tokens, costs the character loop nothing:
   * it is the bound it tests anyway.
   *
   * @param limit - Offset in the input (a small integer: the loop compares it with every offset); its length for the whole text.
   */
  run(limit: number): void {
    const input = this.#input;
    loadLexicon();
    // Every code unit's entry, no range test (a local: one read per call).
    const fold = foldTableFull();
    // Stop at the first space at or after `limit`: no token spans a space, so the loop below
    // reads the text exactly as it would read the whole of it.
    let len = input.length;
    if (limit < len) {
      let e = limit > this.#i ? limit : this.#i;
      while (e < len && (fold[input.charCodeAt(e)] ?? DROPPED) >> CLASS_SHIFT !== C_SPACE) e++;
      len = e;
    }
    const toks = this.toks;
    // Folded letters of the current word (the first MAX_WORD + 1). A word never spans two calls.
    const buf = (wordBuf ??= new Int32Array(MAX_WORD + 1));
    let i = this.#i;
    let sp = this.#sp;
    // FOLD entry of the code unit at i (folded code | class << 11), or DROPPED.
    let x: number;
    let prevNum = this.#prevNum; // the last token pushed is a number
    let tense = this.#tense; // see Token.tense
    let tenseAge = this.#tenseAge; // words since the last tense marker
    // The last token: 0 not a shared token, 1 the counted-noun token, else a gap token,
    // 2 | (its first word has ال: 2) | (its last word has: 1) (see gapToken's flags), so that a
    // word of a run reads no token.
    let gapState = this.#gapState;
    while (i < len) {
      const c = input.charCodeAt(i);
      x = fold[c] ?? DROPPED;
      if (x === DROPPED) {
        i++;
        continue;
      }
      let cls = x >> CLASS_SHIFT;
      if (cls === C_SPACE) {
        sp = true;
        i++;
        continue;
      }
      const s = i;
      if (cls === C_DIGIT) {
        let v = 0;
        let nd = 0;
        do {
          if (nd < 9) v = v * 10 + ((x & FOLDED_MASK) - DIGIT_ZERO);
          nd++;
          i++;
          while (i < len) {
            const c2 = input.charCodeAt(i);
            x = fold[c2] ?? DROPPED;
            if (x !== DROPPED) break;
            i++;
          }
        } while (i < len && x >> CLASS_SHIFT === C_DIGIT);
        // `| 0`: the loop computes `v` in floating point; a boxed number here would reach the grammar's
        // objects (a year), where V8 widens the field to a double and drops the code built for it.
        put(toks, toks.length, NUM, s, i, s, -1, sp, v | 0, nd);
        gapState = 0;
        prevNum = true;
      } else if (cls === C_LETTER) {
        let h0 = 0;
        let nl = 0;
        let marked = false; // a dropped code unit (tashkeel, tatweel, a bidi mark) inside the word
        for (;;) {
          if (x !== DROPPED) {
            const d = x & FOLDED_MASK;
            h0 = (Math.imul(h0, 31) + d) | 0; // hashStep, inline
            buf[nl] = d; // past MAX_WORD the store does nothing (a typed array ignores writes out of bounds)
            nl++;
          } else marked = true; // rare: a dropped code unit (its class is C_LETTER) inside the word
          i++;
          if (i >= len) {
            cls = -1;
            break;
          }
          x = fold[input.charCodeAt(i)] ?? DROPPED;
          cls = x >> CLASS_SHIFT;
          if (cls !== C_LETTER) break; // one test per code unit: letters and dropped marks go on
        }
        // A short unknown word matters only when a number is glued to it (الـ18، بـ2019).
        const glued = cls === C_DIGIT;
        const b0 = buf[0] ?? 0;
        let hit = 0;
        let s2 = 0;
        if (nl <= MAX_WORD && mayKnow(h0)) {
          const entry = lookupLetters(h0, buf, 0, nl);
          s2 = entry >> SECOND_WORD_SHIFT;
          hit = entry & CODE_MASK;
          if (hit === 0) hit = lookupStripped(buf, nl, h0);
        }
        const def = b0 === ALEF && nl > 2 && buf[1] === LAM;
        // Words that only mark tense or a counted noun never start or end a match: they update the
        // tense state or get one shared token (no offsets, no allocation); a plain noun is an
        // unknown word.
        if (++tenseAge > TENSE_WINDOW) tense = 0;
        // Kinds of word: 0 unknown, 1 a date word that gets its own token, 2 a word read as unknown
        // (after updating the tense), 3 a counted noun right after a number (one shared token).
        let kind = 0;
        if (hit !== 0 || s2 !== 0 || (nl <= 4 && glued)) {
          kind = 1;
          const sig = s2 === 0 && !(nl <= 4 && glued) ? hit & CODE_MASK : 0;
          if (sig >= MARKER_MIN) {
            if (sig === FUT_WORD) {
              tense = 1;
              tenseAge = 0;
              kind = 2;
            } else if (sig === PAST_WORD) {
              tense = 2;
              tenseAge = 0;
              kind = 2;
            } else if (sig === PLAIN_WORD) kind = 2;
            else if (sig === COUNTED_CODE) kind = sp && prevNum ? 3 : 2;
          } else if (sig === GHADAN_WORD || sig === NEXT_REL) {
            tense = 1;
            tenseAge = 0;
          } else if (sig === AMS_WORD || sig === PAST_REL) {
            tense = 2;
            tenseAge = 0;
          }
        } else {
          const fv = (b0 === WAW || b0 === FA) && nl >= 5 ? 1 : 0; // a و/ف before a verb
          const fc = fv === 0 ? b0 : (buf[1] ?? 0);
          if ((fc === YA || fc === TA || fc === SIN) && nl <= MAX_WORD && looksFuture(buf, nl, fv)) {
            tense = 1;
            tenseAge = 0;
          } else if (
            sp &&
            prevNum &&
            !def &&
            nl <= MAX_WORD &&
            nl >= 3 &&
            ((buf[nl - 1] === ALEF && buf[nl - 2] !== WAW) || (buf[nl - 1] === HA && !isClitic(b0)))
          ) {
            // An indefinite accusative (عنصرا) or a noun in ة (حالة) right after a number is what it counts.
            kind = 3;
          }
        }
        prevNum = false;
        if (kind === 1) {
          // A glued ال (الـ18، بالـ18) is a prefix only when nothing but clitics stands before it:
          // the ال ending شوال in `شوال1` is part of the month, not an article.
          const al =
            nl >= 2 &&
            nl <= 4 &&
            buf[nl - 1] === LAM &&
            buf[nl - 2] === ALEF &&
            (nl === 2 ||
              (nl === 3 && isClitic(b0)) ||
              (nl === 4 && (b0 === WAW || b0 === FA) && isClitic(buf[1] ?? 0) && buf[1] !== WAW && buf[1] !== FA))
              ? letterOffset(input, s, nl - 2, marked)
              : -1;
          const p = hit >>> STRIPPED_SHIFT;
          put(
            toks,
            toks.length,
            WORD,
            s,
            i,
            p > 0 ? letterOffset(input, s, p, marked) : s,
            al,
            sp,
            hit & CODE_MASK,
            0,
            false,
            nl,
            b0,
            s2,
            def,
            (hit & CODE_MASK) >> KIND_SHIFT === K_WD ? tense : 0,
          );
          gapState = 0;
        } else if (kind === 3) {
          toks.push(shared(1));
          gapState = 1;
        } else if (gapState === 0) {
          // A run of unknown words is one gap: `definite` says whether its first word has ال (اليوم
          // الوطني), `lastDefinite` whether its last one has (الأمن العام: a definite noun before العام).
          gapState = def ? 5 : 2;
          toks.push(shared(gapState));
        } else if (gapState >= 2 && (gapState & 1) !== (def ? 1 : 0)) {
          gapState ^= 1; // the run's last word changes whether it has ال
          toks[toks.length - 1] = shared(gapState);
        }
      } else {
        const v = c < EXACT_FOLDED_LIMIT ? x & FOLDED_MASK : foldCode(c);
        if (v === DOT || v === EXCLAMATION || v === QUESTION || v === SEMICOLON) tense = 0; // . ! ? ; end the clause
        i++;
        while (i < len && fold[input.charCodeAt(i)] === DROPPED) i++;
        const nt = toks.length;
        const num = v === CLOSE_PAREN && nt >= 2 ? toks[nt - 1] : undefined;
        const open = num !== undefined && num.kind === NUM && num.digits <= 4 ? toks[nt - 2] : undefined;
        if (num !== undefined && open !== undefined && open.kind === PUNCT && open.value === OPEN_PAREN) {
          // A number in parentheses, `(8)`, `(2023)`, is that number (`parenthesized`), its offsets
          // taking in the parentheses: `يومي (8) و (9) مارس (2023)`.
          toks.length = nt - 2; // the new token's object may be the one of `(`: its fields are read first
          put(toks, nt - 2, NUM, open.start, i, open.start, -1, open.spaceBefore, num.value, num.digits, true);
          prevNum = true;
        } else {
          put(toks, nt, PUNCT, s, i, s, -1, sp, v);
          prevNum = false;
        }
        gapState = 0;
      }
      sp = false;
      if (cls === C_SPACE) {
        // the space that ended a word: taken now rather than read again at the top of the loop
        sp = true;
        i++;
      }
    }
    this.#i = i;
    this.#sp = sp;
    this.#prevNum = prevNum;
    this.#tense = tense;
    this.#tenseAge = tenseAge;
    this.#gapState = gapState;
    this.done = len === input.length;
  }
}

/**
 * Folds and tokenizes a whole string (see {@link Tokenizer}).
 *
 * @param input - Original text.
 * @returns Tokens in order, with offsets into `input`.
 */
export function tokenize(input: string): Token[] {
  const t = new Tokenizer(input);
  t.run(input.length);
  return t.toks;
}
