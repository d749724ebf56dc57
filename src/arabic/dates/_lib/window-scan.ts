/**
 * `findArabicDates` on long text: only windows of text around the words a date needs are
 * tokenized and read by the grammar.
 *
 * A first pass, one character loop with no tokens and no lexicon lookups, hashes each word as the
 * tokenizer does and tests the hash against a bit set of every spelling (clitics included) of the
 * anchor words: the words at least one of which every date expression holds within its first
 * {@link MAX_LEAD} + 1 chunks (a chunk: a run of text between spaces) — digits, month and weekday
 * names, time units, relative qualifiers (الماضي، المقبل), period parts (مطلع، منتصف) and the
 * words that are a date alone or with such a word (أمس، اليوم، غدا، غد، العام، الشهر، يومي…). The
 * words that only lead into a date (من، بين، بعد، قبل، منذ، هذا، أول، غرة, ordinal day words) are
 * not anchors: the longest lead is `من الحادي والثلاثين من مارس`, four chunks before the month
 * (a test checks this bound on every corpus and on generated mixtures). A window starts
 * {@link WINDOW_BEFORE} chunks before an anchor (earlier if needed, see below) and ends
 * {@link WINDOW_AFTER} chunks after it; windows that meet merge. The windows are read exactly as
 * the full scan reads them:
 *
 * - a window starts at a chunk after one that ends with a letter or with punctuation other than
 *   a parenthesis, where the tokenizer's state is known: no number just before (so no counted
 *   noun), and its first token is the full scan's (or, for a run of unknown words that began
 *   earlier, differs only in flags the grammar never reads on a token before an expression —
 *   except when the run's last word has ال and the run may follow a counted noun: that first token
 *   is then not read, see `lo`). The tense of the clause, which a weekday takes, is not known
 *   there (unless a sentence ended just before): the tokenizer marks it unknown (3) until a tense
 *   word sets it or it ages out as a real one would; a weekday that still gets "unknown" sends the
 *   whole text through the full scan;
 * - a rule that reads a token before the window's first readable one (`TokenCursor.lo`) sets
 *   `underrun`: the whole text goes through the full scan. A rule that reads past the tokens of a
 *   window tokenizes on into the text after it, exactly as the full scan does (`overrun`);
 * - an expression that succeeds holds an anchor within its first {@link MAX_LEAD} + 1 chunks, so
 *   it starts inside the window of that anchor: no expression starts in skipped text.
 *
 * @internal
 */
import type { ArabicDateOptions } from '../arabic-date-options.js';
import { CLOSE_PAREN, DOT, EXCLAMATION, OPEN_PAREN, QUESTION, SEMICOLON } from './char-codes.js';
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
import {
  forEachLexiconEntry,
  hashStep,
  K_GM,
  K_HEAD,
  K_HM,
  K_QUAL,
  K_REL,
  K_UNIT,
  K_W,
  K_WD,
  KIND_SHIFT,
  VALUE_MASK,
  W_AMAY,
  W_AMS,
  W_COUNTED,
  W_FUTV,
  W_GHAD,
  W_GHADAN,
  W_PASTV,
  W_PLAIN,
  W_SHAHRAY,
  W_THEMONTH,
  W_THEYEAR,
  W_TODAY,
  W_YAWMAY,
} from './lexicon.js';
import { hitOf, LOOKAHEAD, referenceDay, ResolveContext, scanArabicDates } from './scan-arabic-dates.js';
import type { ScanHit } from './scan-arabic-dates.js';
import { NUM, TENSE_WINDOW, Tokenizer, WORD } from './tokenize.js';
import type { Token } from './tokenize.js';

/** The most chunks an expression that succeeds holds before its first anchor (من الحادي والثلاثين من مارس). */
export const MAX_LEAD = 4;
/** Chunks a window takes in before an anchor: {@link MAX_LEAD} and two for the rules' look-behind. */
export const WINDOW_BEFORE = MAX_LEAD + 2;
/** Chunks a window takes in after an anchor (a rule that reads further tokenizes on). */
const WINDOW_AFTER = 1;
/** Chunk starts remembered by the first pass (a power of two, more than a window looks back). */
const RING = 64;

/** Bits of the anchor bit sets' index: 2¹⁶ bits (8 KB). */
const BITS = 16;

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

/** Tense state the tokenizer starts a window with when the clause's tense is not known. */
export const TENSE_UNKNOWN = 3;

const ANCHOR_KINDS = [K_GM, K_HM, K_HEAD, K_WD, K_REL, K_UNIT, K_QUAL];
const ANCHOR_WORDS = [W_AMS, W_TODAY, W_GHADAN, W_GHAD, W_THEYEAR, W_THEMONTH, W_YAWMAY, W_AMAY, W_SHAHRAY];

/** Whether a lexicon code is an anchor (see the module comment). */
export function isAnchorCode(code: number): boolean {
  const k = code >> KIND_SHIFT;
  return ANCHOR_KINDS.includes(k) || (k === K_W && ANCHOR_WORDS.includes(code & VALUE_MASK));
}

/** Whether a token is an anchor: a number, or a word with an anchor code. */
export function isAnchorToken(t: Token): boolean {
  return t.kind === NUM || (t.kind === WORD && t.value !== 0 && isAnchorCode(t.value));
}

/** Bit index of a word hash. */
function bitOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
}

interface AnchorSets {
  /** Every spelling of an anchor word. */
  readonly anchors: Int32Array;
  /** Every spelling of a word that may stand in an expression before its first anchor. */
  readonly leads: Int32Array;
  /** Every spelling of a weekday. */
  readonly weekdays: Int32Array;
}

let anchorSets: AnchorSets | undefined;

function addWord(set: Int32Array, letters: readonly number[]): void {
  let h = 0;
  for (const c of letters) h = hashStep(h, c);
  const b = bitOf(h);
  set[b >>> 5] = (set[b >>> 5] ?? 0) | (1 << (b & 31));
}

/**
 * The bit sets, built on first use from the lexicon: each anchor word, with each combination of
 * clitics before it and with لل for its ال (للعام) — a superset of the words the tokenizer reads
 * as anchors, since its lookups strip exactly these.
 */
function sets(): AnchorSets {
  if (anchorSets !== undefined) return anchorSets;
  const anchors = new Int32Array(1 << (BITS - 5));
  const weekdays = new Int32Array(1 << (BITS - 5));
  const leads = new Int32Array(1 << (BITS - 5));
  forEachLexiconEntry((w, code) => {
    const anchor = code !== 0 && isAnchorCode(code);
    const id = code >> KIND_SHIFT === K_W ? code & VALUE_MASK : 0;
    // Words the tokenizer reads as unknown (tense words, plain and counted nouns) are in no expression.
    if (!anchor && (id === W_FUTV || id === W_PASTV || id === W_PLAIN || id === W_COUNTED)) return;
    const spellings = PREFIXES.map((p) => [...p, ...w]);
    if (w[0] === ALEF && w[1] === LAM) for (const p of [[], [WAW], [FA]]) spellings.push([...p, LAM, ...w.slice(1)]);
    for (const s of spellings) {
      addWord(anchor ? anchors : leads, s);
      if (anchor && code >> KIND_SHIFT === K_WD) addWord(weekdays, s);
    }
  });
  anchorSets = { anchors, weekdays, leads };
  return anchorSets;
}

/** Chunk flags kept by the first pass: a window can start at the chunk (see the module comment). */
const CAN_START = 1;
/** A sentence ended just before the chunk (or the text starts there): the tense is 0. */
const TENSE_ZERO = 2;
/** The chunk holds a word that is neither an anchor nor a lead word: no expression runs through it. */
const NOT_LEAD = 4;
/** Tokens the rules read before the first token of an expression (`prevIdx`, `isNamePart`). */
const LOOK_BEHIND = 2;

/**
 * The windows of `input` to tokenize.
 *
 * @returns Three numbers a window: start offset (a chunk start), end offset (a chunk start or the
 *   text's length; the tokenizer may read on), and 1 when the tense is known to be 0 at the start
 *   (else 0). `undefined` when one window covers the whole text (nothing to skip).
 */
export function dateWindows(input: string): number[] | undefined {
  const fold = foldTableFull();
  const { anchors, weekdays, leads } = sets();
  const len = input.length;
  const ringStart = new Int32Array(RING);
  const ringFlags = new Uint8Array(RING);
  const ringWords = new Int32Array(RING);
  const out: number[] = []; // closed windows: start offset, end offset, tense-zero flag
  const outFirst: number[] = []; // their first and last chunks
  const outLast: number[] = [];
  // The open window, if `open`.
  let open = false;
  let oStart = 0;
  let oZero = 0;
  let oFirst = 0;
  let oLast = 0;
  let chunk = -1;
  let inChunk = false;
  // The last visible code unit: 1 letter, 2 digit, 0 other (its folded value in lastMark).
  let last = 0;
  let lastMark = DOT;
  let words = 0;
  let anchorChunk = -1;
  let i = 0;
  while (i < len) {
    let x = fold[input.charCodeAt(i)] ?? DROPPED;
    if (x === DROPPED) {
      i++;
      continue;
    }
    const cls = x >> CLASS_SHIFT;
    if (cls === C_SPACE) {
      inChunk = false;
      i++;
      continue;
    }
    if (!inChunk) {
      inChunk = true;
      chunk++;
      if (open && chunk > oLast) {
        out.push(oStart, i, oZero);
        outFirst.push(oFirst);
        outLast.push(oLast);
        open = false;
      }
      const k = chunk & (RING - 1);
      ringStart[k] = i;
      ringWords[k] = words;
      let f = 0;
      if (chunk === 0) f = CAN_START | TENSE_ZERO;
      else if (last === 1) f = CAN_START;
      else if (last === 0 && lastMark !== OPEN_PAREN && lastMark !== CLOSE_PAREN) {
        f = CAN_START;
        if (lastMark === DOT || lastMark === EXCLAMATION || lastMark === QUESTION || lastMark === SEMICOLON)
          f |= TENSE_ZERO;
      }
      ringFlags[k] = f;
    }
    let weekday = false;
    if (cls === C_LETTER) {
      let h = 0;
      for (;;) {
        if (x !== DROPPED) h = (Math.imul(h, 31) + (x & FOLDED_MASK)) | 0;
        i++;
        if (i >= len) break;
        x = fold[input.charCodeAt(i)] ?? DROPPED;
        if (x >> CLASS_SHIFT !== C_LETTER) break;
      }
      words++;
      last = 1;
      const b = bitOf(h);
      const m = 1 << (b & 31);
      if (((anchors[b >>> 5] ?? 0) & m) === 0) {
        if (((leads[b >>> 5] ?? 0) & m) === 0)
          ringFlags[chunk & (RING - 1)] = (ringFlags[chunk & (RING - 1)] ?? 0) | NOT_LEAD;
        continue;
      }
      if (chunk === anchorChunk) continue;
      weekday = ((weekdays[b >>> 5] ?? 0) & m) !== 0;
    } else if (cls === C_DIGIT) {
      i++;
      last = 2;
      if (chunk === anchorChunk) continue;
    } else {
      const c = input.charCodeAt(i);
      lastMark = c < EXACT_FOLDED_LIMIT ? x & FOLDED_MASK : foldCode(c);
      last = 0;
      i++;
      continue;
    }
    // An anchor in this chunk. Its window starts before the lead words just before it (at most
    // MAX_LEAD chunks: من الحادي والثلاثين من) and LOOK_BEHIND more chunks; for a weekday, also
    // back over more words than a weekday looks back for its tense (or to a sentence end); then
    // on back to a chunk where a window can start.
    anchorChunk = chunk;
    const oldest = Math.max(0, chunk - RING + 1);
    let s = chunk;
    for (let n = 0; n < MAX_LEAD && s > oldest && ((ringFlags[(s - 1) & (RING - 1)] ?? 0) & NOT_LEAD) === 0; n++) s--;
    s = Math.max(oldest, s - LOOK_BEHIND);
    if (weekday) {
      while (
        s > oldest &&
        ((ringFlags[s & (RING - 1)] ?? 0) & TENSE_ZERO) === 0 &&
        words - (ringWords[s & (RING - 1)] ?? 0) <= TENSE_WINDOW + 1
      )
        s--;
    }
    while (s > oldest && ((ringFlags[s & (RING - 1)] ?? 0) & CAN_START) === 0) s--;
    const sf = ringFlags[s & (RING - 1)] ?? 0;
    if ((sf & CAN_START) === 0) return undefined; // no place to start within reach: read the whole text
    if (open) {
      oLast = chunk + WINDOW_AFTER;
      if (s < oFirst) {
        oFirst = s;
        oStart = ringStart[s & (RING - 1)] ?? 0;
        oZero = (sf & TENSE_ZERO) !== 0 ? 1 : 0;
      }
    } else {
      open = true;
      oFirst = s;
      oStart = ringStart[s & (RING - 1)] ?? 0;
      oZero = (sf & TENSE_ZERO) !== 0 ? 1 : 0;
      oLast = chunk + WINDOW_AFTER;
    }
    // Closed windows that the open one meets merge into it.
    while (outLast.length > 0 && oFirst <= (outLast[outLast.length - 1] ?? 0) + 1) {
      const f = outFirst.pop() ?? 0;
      outLast.pop();
      const z = out.pop() ?? 0;
      out.pop();
      const st = out.pop() ?? 0;
      if (f < oFirst) {
        oFirst = f;
        oStart = st;
        oZero = z;
      }
    }
  }
  if (open) out.push(oStart, len, oZero);
  if (out.length === 3 && out[0] === 0 && out[1] === len) return undefined;
  return out;
}

/**
 * Whether a token from index `from` on, starting before offset `end`, can open an expression
 * (tokens from `end` on stand in text no window needs, or in the next window).
 */
function startsAny(toks: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < toks.length; k++) {
    const t = toks[k];
    if (
      t !== undefined &&
      t.start < end &&
      (t.kind === NUM || (t.kind === WORD && t.value !== 0 && canStartCode(t.value)))
    )
      return true;
  }
  return false;
}

/**
 * `scanArabicDates(fn, input, options, false)`, tokenizing only windows around the anchors (see
 * the module comment); the same hits.
 */
export function scanWindows(fn: string, input: string, options: ArabicDateOptions | undefined): ScanHit[] {
  const ctx = new ResolveContext(referenceDay(fn, options));
  if (typeof input !== 'string' || input.length === 0) return [];
  const wins = dateWindows(input);
  if (wins === undefined) return scanArabicDates(fn, input, options, false);
  const hits: ScanHit[] = [];
  const tk = new Tokenizer(input);
  const toks = tk.toks;
  const g = new DateGrammar(toks);
  let w = -3;
  let winEnd = 0;
  let first = -1; // index of a window's first token, checked once the window is tokenized
  let i = 0;
  let lastEnd = 0;
  for (;;) {
    if (g.overrun || (i + LOOKAHEAD >= g.n && !g.complete && tk.i < winEnd)) {
      // Tokenize the rest of the window, or on past its end when a rule read past the tokens held.
      const before = toks.length;
      tk.run(g.overrun ? Math.max(winEnd, tk.i + 64) : winEnd);
      for (let k = before; k < toks.length; k++) {
        if (toks[k]?.tense === TENSE_UNKNOWN) return scanArabicDates(fn, input, options, false);
      }
      if (first >= 0 && first < toks.length - 1) {
        // A run of unknown words that may have begun before the window, after a counted noun,
        // and whose last word has ال: the full scan's token there may read differently.
        const t = toks[first];
        if (t !== undefined && t.value === 0 && t.start < 0 && t.lastDefinite) g.lo = first + 1;
        first = -1;
      }
      g.n = tk.done ? toks.length : tk.final();
      g.complete = tk.done;
      g.overrun = false;
      continue;
    }
    if (i >= g.n) {
      if (!tk.done && startsAny(toks, g.n, winEnd)) {
        // A token that can open an expression is among the last ones, which may still change:
        // tokenize on until it is final (a run of unknown words after a window's last anchor can
        // leave the anchor among them).
        tk.run(tk.i + 32);
        g.n = tk.done ? toks.length : tk.final();
        g.complete = tk.done;
        continue;
      }
      // The window is read: go to the next one, skipping the text between them.
      w += 3;
      if (w >= wins.length) break;
      const start = wins[w] ?? 0;
      winEnd = wins[w + 1] ?? 0;
      if (start > tk.i) {
        tk.i = start;
        tk.sp = true;
        tk.prevNum = false;
        tk.inGap = false;
        tk.tense = wins[w + 2] === 1 ? 0 : TENSE_UNKNOWN;
        tk.tenseAge = 0;
        first = toks.length;
        g.lo = toks.length;
        g.n = toks.length;
      }
      i = Math.max(i, g.lo);
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
