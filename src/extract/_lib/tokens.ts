/**
 * The tokenizer of the extractor: one linear pass over the input that yields word tokens with
 * their UTF-16 offsets in the input as given and a folded matching key (alef forms, alef maqsura,
 * ta marbuta and hamza seats folded, tashkeel, tatweel and invisible characters dropped, Latin
 * lower-cased). Characters that carry no letter (tashkeel, tatweel, bidi controls, zero-width
 * characters) never split a word; everything that is not a letter or digit does. Arabic
 * presentation forms (ﻋﺒﺪ، the ligature ﻻ) are read as the letters they stand for, with the
 * offsets of the code units as given.
 */
import { decompose, isPresentationForm } from './presentation-forms.js';

/** What separates a token from the one before it. */
export const GAP_TIGHT = 0; // only spaces, dots, hyphens, plus signs, slashes
export const GAP_COMMA = 1; // a comma or colon
export const GAP_OTHER = 2; // a quote, bracket or other sign (inside a sentence)
export const GAP_SENTENCE = 3; // a full stop, question or exclamation mark, semicolon or line break

/** Tokens as parallel arrays (one entry per word). */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Folded key of each token. */
  readonly key: string[];
  /** Gap kind between token i-1 and token i (GAP_*); token 0 has GAP_SENTENCE. */
  readonly gap: Uint8Array;
  /** 1 when the token is in Latin script and written in capitals (an acronym). */
  readonly upper: Uint8Array;
}

/** Folded code of a letter or digit, 0 for a character dropped inside a word, -1 for a separator. */
export function foldCode(c: number): number {
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 32;
    if (c >= 0x30 && c <= 0x39) return c;
    return -1;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    switch (c) {
      case 0x0622:
      case 0x0623:
      case 0x0625:
      case 0x0671:
      case 0x0672:
      case 0x0673:
      case 0x0675:
        return 0x0627; // alef forms → ا
      case 0x0649:
      case 0x06cc:
      case 0x06d2:
        return 0x064a; // ى ی ے → ي
      case 0x0629:
      case 0x06c3:
        return 0x0647; // ة → ه
      case 0x0624:
        return 0x0648; // ؤ → و
      case 0x0626:
        return 0x064a; // ئ → ي
      case 0x06a9:
      case 0x06af:
      case 0x06ad:
        return 0x0643; // ک گ ڭ → ك
      case 0x06be:
      case 0x06c1:
        return 0x0647; // ھ ہ → ه
      case 0x067e:
        return 0x0628; // پ → ب
      case 0x0686:
        return 0x062c; // چ → ج
      case 0x06a4:
        return 0x0641; // ڤ → ف
      case 0x06a8:
        return 0x0642; // ڨ → ق
      case 0x0640:
      case 0x0670:
        return 0; // tatweel, dagger alef
      default:
        break;
    }
    if (c >= 0x064b && c <= 0x065f) return 0; // tashkeel
    if (c >= 0x06d6 && c <= 0x06ed) return 0; // Quranic marks
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
    if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
    if (c >= 0x0621 && c <= 0x064a) return c;
    if (c >= 0x0671 && c <= 0x06d3) return c;
    return -1;
  }
  if (c === 0x00ad || c === 0x061c || c === 0xfeff) return 0;
  if (c >= 0x200b && c <= 0x200f) return 0; // zero-width characters, LRM, RLM
  if (c >= 0x202a && c <= 0x202e) return 0; // bidi embeddings
  if (c >= 0x2060 && c <= 0x2069) return 0; // word joiner, isolates
  if (c >= 0x00c0 && c <= 0x024f && c !== 0x00d7 && c !== 0x00f7) return foldLatin(c);
  if (isPresentationForm(c)) {
    const codes = presentationCodes(c);
    return codes === undefined ? -1 : (codes[0] ?? 0);
  }
  return -1;
}

/** {@link presentationCodes} of each presentation form met so far. */
const presentationFolds = new Map<number, readonly number[] | undefined>();

/**
 * The folded codes of the letters a presentation form stands for (ﻻ: two), `[]` for a mark
 * (dropped inside a word like any tashkeel), or undefined when it holds a space or a sign (ﷺ,
 * ﴾), which makes it a separator.
 */
function presentationCodes(c: number): readonly number[] | undefined {
  if (presentationFolds.has(c)) return presentationFolds.get(c);
  let codes: number[] | undefined = [];
  for (const ch of decompose(c)) {
    const d = ch.charCodeAt(0);
    // A sign of the block with no decomposition (﴾, ﮲) stands for nothing but itself.
    const g = isPresentationForm(d) ? -1 : foldCode(d);
    if (g < 0) {
      codes = undefined;
      break;
    }
    if (g > 0) codes.push(g);
  }
  presentationFolds.set(c, codes);
  return codes;
}

/** How many folded characters a code unit whose {@link foldCode} is positive gives. */
function foldedLength(c: number): number {
  return c >= 0xfb50 && isPresentationForm(c) ? (presentationCodes(c)?.length ?? 1) : 1;
}

const LATIN_FOLD =
  'aaaaaaaceeeeiiii' + 'dnooooo' + '_' + 'ouuuuyts' + 'aaaaaaaceeeeiiii' + 'dnooooo' + '_' + 'ouuuuyty';

function foldLatin(c: number): number {
  if (c <= 0x00ff) {
    const f = LATIN_FOLD.charCodeAt(c - 0x00c0);
    return f === 0x5f ? -1 : f;
  }
  // Latin Extended-A/B: lower-case by the usual even/odd pairing is not reliable; keep the letter.
  const lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return lower;
}

function gapKind(c: number): number {
  switch (c) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x061f: // ؟
    case 0x061b: // ؛
    case 0x3b: // ;
    case 0x0a:
    case 0x0d:
    case 0x2029:
    case 0x2028:
    case 0x06d4: // ۔
      return GAP_SENTENCE;
    case 0x20:
    case 0xa0:
    case 0x09:
    case 0x2d: // -
    case 0x2010:
    case 0x2011:
    case 0x2b: // +
    case 0x2f: // /
    case 0x5f: // _
    case 0xb7: // ·
    case 0x2009:
    case 0x202f:
    case 0x200a:
      return GAP_TIGHT;
    case 0x2c: // ,
    case 0x060c: // ،
    case 0x3a: // :
      return GAP_COMMA;
    default:
      return GAP_OTHER;
  }
}

/** Splits `text` into tokens in one pass. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let gap = new Uint8Array(cap);
  let upper = new Uint8Array(cap);
  const key: string[] = [];
  let count = 0;
  let i = 0;
  let pendingGap = GAP_SENTENCE;
  const buf: number[] = [];
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f <= 0) {
      if (f < 0) {
        const g = gapKind(c);
        // A dot between two letters of a Latin or Arabic acronym (إف.بي.آي) is not a full stop.
        const dotInAcronym =
          c === 0x2e &&
          i > 0 &&
          i + 1 < n &&
          foldCode(text.charCodeAt(i - 1)) > 0 &&
          foldCode(text.charCodeAt(i + 1)) > 0;
        const gk = dotInAcronym ? GAP_TIGHT : g;
        if (gk > pendingGap) pendingGap = gk;
      }
      i++;
      continue;
    }
    // A token: letters and digits, with dropped characters inside.
    const s = i;
    let last = i;
    let isUpper = 1;
    let hasLatin = false;
    buf.length = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      const g = foldCode(d);
      if (g < 0) break;
      if (g > 0) {
        if (d >= 0xfb50 && isPresentationForm(d)) buf.push(...(presentationCodes(d) ?? []));
        else buf.push(g);
        last = i + 1;
        if (g >= 0x61 && g <= 0x7a) {
          hasLatin = true;
          if (!(d >= 0x41 && d <= 0x5a)) isUpper = 0;
        }
      }
      i++;
    }
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
      const g2 = new Uint8Array(cap);
      g2.set(gap);
      gap = g2;
      const u2 = new Uint8Array(cap);
      u2.set(upper);
      upper = u2;
    }
    start[count] = s;
    end[count] = last;
    gap[count] = pendingGap;
    upper[count] = hasLatin && isUpper === 1 && buf.length >= 2 ? 1 : 0;
    key.push(codesToString(buf));
    count++;
    pendingGap = GAP_TIGHT;
  }
  return { text, count, start, end, key, gap, upper };
}

function codesToString(codes: number[]): string {
  if (codes.length < 64) return String.fromCharCode(...codes);
  let s = '';
  for (let k = 0; k < codes.length; k += 4096) s += String.fromCharCode(...codes.slice(k, k + 4096));
  return s;
}

/** Folded keys of the words of a name (the same folding as the text). */
export function keysOf(name: string): string[] {
  return tokenize(name).key;
}

/** The UTF-16 offset in the input of the k-th kept (folded) character of token `t`. */
export function offsetOfFolded(tokens: Tokens, t: number, k: number): number {
  const text = tokens.text;
  let seen = 0;
  for (let i = tokens.start[t] as number; i < (tokens.end[t] as number); i++) {
    const c = text.charCodeAt(i);
    if (foldCode(c) > 0) {
      // A ligature gives several folded characters; any of them maps to its offset.
      const n = foldedLength(c);
      if (k < seen + n) return i;
      seen += n;
    }
  }
  return tokens.end[t] as number;
}
