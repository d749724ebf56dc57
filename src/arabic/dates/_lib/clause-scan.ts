/**
 * `findArabicDates` on long text: only the clauses that can hold a date are tokenized and read
 * by the grammar.
 *
 * A first pass, one character loop with no tokens and no lexicon lookups, splits the text into
 * clauses at punctuation followed by a space (`،` `,` `.` `;` `؛` `!` `?` `؟`) and tests each word
 * against a bit set of every spelling (clitics included) of the words that can open an
 * expression. Clauses without a digit or such a word are skipped; the others are tokenized and
 * read exactly as the full scan reads them, because:
 *
 * - after punctuation and a space the tokenizer's state is its initial state (no pending run of
 *   unknown words, no number before, a space before), except the tense of the clause that a
 *   weekday takes (`Token.tense`): a mark that ends a sentence (`.` `!` `?` `;`) resets it, and
 *   after a comma it is set to "unknown" (3), which ages out after the same number of words as a
 *   real tense. A clause with a weekday takes in the clauses before it until that many words or a
 *   sentence end; a weekday that still gets "unknown" makes the whole text go through the full scan;
 * - the punctuation token that ends the skipped text is rebuilt exactly, and a rule that reads
 *   before it (into skipped text) sets `underrun`: the whole text then goes through the full scan;
 * - a rule that reads past the tokens of a clause tokenizes on into the text after it, exactly as
 *   the full scan does (`overrun`);
 * - an expression starts at a token that can open one (`DateGrammar.canStart`): a digit or a word
 *   of the bit set, so a skipped clause has no token where the full scan could start one.
 *
 * @internal
 */
import type { ArabicDateOptions } from '../arabic-date-options.js';
import { COMMA, DOT, EXCLAMATION, QUESTION, SEMICOLON } from './char-codes.js';
import {
  C_DIGIT,
  C_LETTER,
  C_SPACE,
  CLASS_SHIFT,
  DROPPED,
  EXACT_FOLDED_LIMIT,
  FOLDED_MASK,
  foldCode,
  foldTableFull,
} from './fold.js';
import { canStartCode, DateGrammar } from './grammar/date-grammar.js';
import { forEachLexiconEntry, hashStep, K_WD, KIND_SHIFT } from './lexicon.js';
import { hitOf, LOOKAHEAD, referenceDay, ResolveContext, scanArabicDates } from './scan-arabic-dates.js';
import type { ScanHit } from './scan-arabic-dates.js';
import { markToken, PUNCT, TENSE_WINDOW, Tokenizer } from './tokenize.js';

/** Bits of the word bit sets' index: 2¹⁷ bits (16 KB), a few per cent of them set. */
const BITS = 17;

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;

/** The clitics the tokenizer strips before a lexicon lookup (و/ف, then ب/ل/ك), in every combination. */
const PREFIXES: readonly (readonly number[])[] = [
  [],
  [WAW],
  [FA],
  [BA],
  [LAM],
  [KAF],
  [WAW, BA],
  [WAW, LAM],
  [WAW, KAF],
  [FA, BA],
  [FA, LAM],
  [FA, KAF],
];

/** Tense state after a comma that ends skipped text: not known (see the module comment). */
export const TENSE_UNKNOWN = 3;

/** Bit index of a word hash. */
function bitOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
}

interface WordSets {
  /** Every spelling of a word that can open an expression. */
  readonly starts: Int32Array;
  /** Every spelling of a weekday. */
  readonly weekdays: Int32Array;
}

let wordSets: WordSets | undefined;

function addWord(set: Int32Array, letters: readonly number[]): void {
  let h = 0;
  for (const c of letters) h = hashStep(h, c);
  const b = bitOf(h);
  set[b >>> 5] = (set[b >>> 5] ?? 0) | (1 << (b & 31));
}

/**
 * The bit sets, built on first use from the lexicon: each word that can open an expression, with
 * each combination of clitics before it, and with لل for its ال (للعام) — a superset of the words
 * the tokenizer reads as such, since its lookups strip exactly these.
 */
function sets(): WordSets {
  if (wordSets !== undefined) return wordSets;
  const starts = new Int32Array(1 << (BITS - 5));
  const weekdays = new Int32Array(1 << (BITS - 5));
  forEachLexiconEntry((w, code) => {
    if (code === 0 || !canStartCode(code)) return;
    const spellings = PREFIXES.map((p) => [...p, ...w]);
    if (w[0] === ALEF && w[1] === LAM) for (const p of [[], [WAW], [FA]]) spellings.push([...p, LAM, ...w.slice(1)]);
    for (const s of spellings) {
      addWord(starts, s);
      if (code >> KIND_SHIFT === K_WD) addWord(weekdays, s);
    }
  });
  wordSets = { starts, weekdays };
  return wordSets;
}

/** Flags of a clause. */
const SELECTED = 1;
const WEEKDAY = 2;
/** The clause ends with a mark that ends a sentence (the tense is 0 after it). */
const HARD_END = 4;
/** A space stands before the clause's final mark. */
const SPACE_BEFORE_MARK = 8;

/**
 * Splits `input` into clauses and picks those to tokenize.
 *
 * @returns Runs of consecutive picked clauses, five numbers each: start offset (a clause start),
 *   end offset (after the final mark and the invisible marks after it, or the text's end), offset
 *   of the mark that ends the skipped text before the run (-1 at the text's start), whether that
 *   mark ends a sentence (1) or not (0), and whether a space stands before it (1) or not (0).
 *   `undefined` when one run covers the whole text (nothing to skip).
 */
export function clauseRuns(input: string): number[] | undefined {
  const fold = foldTableFull();
  const { starts, weekdays } = sets();
  const len = input.length;
  const segStart: number[] = [];
  const segEnd: number[] = [];
  const segMark: number[] = [];
  const segWords: number[] = [];
  const segFlags: number[] = [];
  let s = 0;
  let words = 0;
  let flags = 0;
  let sp = true; // the last visible code unit is a space (or the text starts)
  let i = 0;
  while (i < len) {
    const c = input.charCodeAt(i);
    let x = fold[c] ?? DROPPED;
    if (x === DROPPED) {
      i++;
      continue;
    }
    const cls = x >> CLASS_SHIFT;
    if (cls === C_SPACE) {
      sp = true;
      i++;
      continue;
    }
    const spaceBefore = sp;
    sp = false;
    if (cls === C_DIGIT) {
      flags |= SELECTED;
      i++;
      continue;
    }
    if (cls === C_LETTER) {
      // One word: its hash as the tokenizer computes it (dropped code units inside are skipped).
      let h = 0;
      for (;;) {
        if (x !== DROPPED) h = (Math.imul(h, 31) + (x & FOLDED_MASK)) | 0;
        i++;
        if (i >= len) break;
        x = fold[input.charCodeAt(i)] ?? DROPPED;
        if (x >> CLASS_SHIFT !== C_LETTER) break;
      }
      words++;
      const b = bitOf(h);
      if ((((starts[b >>> 5] ?? 0) >>> (b & 31)) & 1) !== 0) {
        flags |= SELECTED;
        if ((((weekdays[b >>> 5] ?? 0) >>> (b & 31)) & 1) !== 0) flags |= WEEKDAY;
      }
      continue;
    }
    // A mark: the end of a clause when a space (or the text's end) follows it.
    const v = c < EXACT_FOLDED_LIMIT ? x & FOLDED_MASK : foldCode(c);
    i++;
    if (v !== COMMA && v !== DOT && v !== SEMICOLON && v !== EXCLAMATION && v !== QUESTION) continue;
    let e = i;
    while (e < len && fold[input.charCodeAt(e)] === DROPPED) e++;
    if (e < len && (fold[input.charCodeAt(e)] ?? DROPPED) >> CLASS_SHIFT !== C_SPACE) continue;
    segStart.push(s);
    segEnd.push(e);
    segMark.push(i - 1);
    segWords.push(words);
    segFlags.push(flags | (v === COMMA ? 0 : HARD_END) | (spaceBefore ? SPACE_BEFORE_MARK : 0));
    i = e;
    s = e;
    words = 0;
    flags = 0;
  }
  if (s < len) {
    segStart.push(s);
    segEnd.push(len);
    segMark.push(-1);
    segWords.push(words);
    segFlags.push(flags);
  }
  const n = segStart.length;
  // A weekday takes the tense of the words before it: pick the clauses before it up to a
  // sentence end or until they hold more words than a weekday looks back.
  for (let k = 0; k < n; k++) {
    if (((segFlags[k] ?? 0) & (SELECTED | WEEKDAY)) !== (SELECTED | WEEKDAY)) continue;
    let w = 0;
    for (let j = k - 1; j >= 0 && ((segFlags[j] ?? 0) & HARD_END) === 0 && w <= TENSE_WINDOW; j--) {
      segFlags[j] = (segFlags[j] ?? 0) | SELECTED;
      w += segWords[j] ?? 0;
    }
  }
  const runs: number[] = [];
  for (let k = 0; k < n; k++) {
    if (((segFlags[k] ?? 0) & SELECTED) === 0) continue;
    let last = k;
    while (last + 1 < n && ((segFlags[last + 1] ?? 0) & SELECTED) !== 0) last++;
    const prev = segFlags[k - 1] ?? 0;
    runs.push(
      skipSpaces(input, segStart[k] ?? 0, fold),
      segEnd[last] ?? len,
      k === 0 ? -1 : (segMark[k - 1] ?? -1),
      (prev & HARD_END) !== 0 ? 1 : 0,
      (prev & SPACE_BEFORE_MARK) !== 0 ? 1 : 0,
    );
    k = last;
  }
  if (runs.length === 5 && runs[0] === 0 && runs[1] === len) return undefined;
  return runs;
}

/** The first offset at or after `i` that is neither a space nor an invisible mark. */
function skipSpaces(input: string, i: number, fold: Uint16Array): number {
  let k = i;
  while (k < input.length) {
    const x = fold[input.charCodeAt(k)] ?? DROPPED;
    if (x !== DROPPED && x >> CLASS_SHIFT !== C_SPACE) break;
    k++;
  }
  return k;
}

/**
 * `scanArabicDates(fn, input, options, false)`, reading only the clauses that can hold a date
 * (see the module comment); the same hits.
 */
export function scanClauses(fn: string, input: string, options: ArabicDateOptions | undefined): ScanHit[] {
  const ctx = new ResolveContext(referenceDay(fn, options));
  if (typeof input !== 'string' || input.length === 0) return [];
  const runs = clauseRuns(input);
  if (runs === undefined) return scanArabicDates(fn, input, options, false);
  const hits: ScanHit[] = [];
  const fold = foldTableFull();
  const tk = new Tokenizer(input);
  const toks = tk.toks;
  const g = new DateGrammar(toks);
  let r = -5;
  let runEnd = 0;
  let i = 0;
  let lastEnd = 0;
  for (;;) {
    if (g.overrun || (i + LOOKAHEAD >= g.n && !g.complete && tk.i < runEnd)) {
      // Tokenize the rest of the run, or on past its end when a rule read past the tokens held.
      const before = toks.length;
      tk.run(g.overrun ? Math.max(runEnd, tk.i + 64) : runEnd);
      for (let k = before; k < toks.length; k++)
        if (toks[k]?.tense === TENSE_UNKNOWN) return scanArabicDates(fn, input, options, false);
      // A run ends after a clause's final mark: no token before it can change any more.
      g.n = tk.done || tk.i === runEnd ? toks.length : tk.final();
      g.complete = tk.done;
      g.overrun = false;
      continue;
    }
    if (i >= g.n) {
      // The run is read: go to the next one, skipping the text between them.
      r += 5;
      if (r >= runs.length) break;
      const start = runs[r] ?? 0;
      const mark = runs[r + 2] ?? -1;
      runEnd = runs[r + 1] ?? 0;
      if (mark >= tk.i) {
        // The mark that ends the skipped text, as the tokenizer makes it, then the state after it.
        let e = mark + 1;
        while (e < input.length && fold[input.charCodeAt(e)] === DROPPED) e++;
        toks.push(markToken(PUNCT, mark, e, runs[r + 4] === 1, foldCode(input.charCodeAt(mark)), 0, false));
        g.lo = toks.length - 1;
        g.n = toks.length;
        tk.i = start;
        tk.sp = true;
        tk.prevNum = false;
        tk.inGap = false;
        tk.tense = runs[r + 3] === 1 ? 0 : TENSE_UNKNOWN;
        tk.tenseAge = 0;
      }
      i = g.n;
      continue;
    }
    if (!g.canStart(i)) {
      i++;
      continue;
    }
    const node = g.expressionAt(i);
    const name = node !== undefined && node.endToken > i && g.isNamePart(node.firstToken);
    const endIndex = node === undefined || node.endToken <= i ? 0 : g.feOf(node.endToken);
    if (g.underrun) return scanArabicDates(fn, input, options, false);
    if (g.overrun) continue;
    if (node === undefined || node.endToken <= i) {
      i++;
      continue;
    }
    if (name) {
      i = node.endToken;
      continue;
    }
    const index = node.startOffset;
    if (index < lastEnd) {
      i++;
      continue;
    }
    lastEnd = endIndex;
    hits.push(hitOf(node, input, index, endIndex, ctx));
    i = node.endToken;
  }
  return hits;
}
