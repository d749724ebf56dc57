/**
 * The token cursor under the date grammar: reading tokens and the small pieces of a date.
 *
 * @internal
 */
import {
  lexiconCode,
  K_GM,
  K_HEAD,
  K_HM,
  K_NUMW,
  K_ORD,
  K_UNIT,
  K_W,
  KIND_SHIFT,
  TYPO,
  UNIT_SINGULAR,
  VALUE_MASK,
  W_AMAY,
  W_AWWAL,
  W_BA,
  W_BAYNA,
  W_BAAD,
  W_FI,
  W_GHURRA,
  W_GMARK,
  W_HATTA,
  W_HMARK,
  W_HULUL,
  W_ILA,
  W_KHILAL,
  W_LIGHAYA,
  W_MIN,
  W_MUNDHU,
  W_MUQARANA,
  W_NEWS,
  W_QABL,
  W_SHAHRAY,
  W_THAT,
  W_THEYEAR,
  W_TIME,
  W_WAW,
  W_YAWMAY,
} from '../lexicon.js';
import { COUNTED_CODE, hasClitic, NUM, PUNCT, WORD } from '../tokenize.js';
import type { Token } from '../tokenize.js';
import { COLON, DASH, DOT, SLASH } from '../char-codes.js';

const WAW_CHAR = 0x0648;

/** Lexicon codes the rules compare tokens with. */
export const FI_WORD = /* @__PURE__ */ lexiconCode(K_W, W_FI);
export const KHILAL_WORD = /* @__PURE__ */ lexiconCode(K_W, W_KHILAL);
export const MUNDHU_WORD = /* @__PURE__ */ lexiconCode(K_W, W_MUNDHU);
export const HATTA_WORD = /* @__PURE__ */ lexiconCode(K_W, W_HATTA);
export const LIGHAYA_WORD = /* @__PURE__ */ lexiconCode(K_W, W_LIGHAYA);
export const MUQARANA_WORD = /* @__PURE__ */ lexiconCode(K_W, W_MUQARANA);
export const HULUL_WORD = /* @__PURE__ */ lexiconCode(K_W, W_HULUL);
export const QABL_WORD = /* @__PURE__ */ lexiconCode(K_W, W_QABL);
export const BAAD_WORD = /* @__PURE__ */ lexiconCode(K_W, W_BAAD);
export const BA_WORD = /* @__PURE__ */ lexiconCode(K_W, W_BA);
export const NEWS_WORD = /* @__PURE__ */ lexiconCode(K_W, W_NEWS);
export const THAT_WORD = /* @__PURE__ */ lexiconCode(K_W, W_THAT);
export const MIN_WORD = /* @__PURE__ */ lexiconCode(K_W, W_MIN);
export const BAYNA_WORD = /* @__PURE__ */ lexiconCode(K_W, W_BAYNA);
export const YAWMAY_WORD = /* @__PURE__ */ lexiconCode(K_W, W_YAWMAY);
export const AMAY_WORD = /* @__PURE__ */ lexiconCode(K_W, W_AMAY);
export const SHAHRAY_WORD = /* @__PURE__ */ lexiconCode(K_W, W_SHAHRAY);
export const THEYEAR_WORD = /* @__PURE__ */ lexiconCode(K_W, W_THEYEAR);
export const DAY_SINGULAR = /* @__PURE__ */ lexiconCode(K_UNIT, 1, UNIT_SINGULAR); // يوم
export const MONTH_SINGULAR = /* @__PURE__ */ lexiconCode(K_UNIT, 3, UNIT_SINGULAR); // شهر
export const YEAR_SINGULAR = /* @__PURE__ */ lexiconCode(K_UNIT, 4, UNIT_SINGULAR); // عام، سنة
export const FIRST_ORDINAL = /* @__PURE__ */ lexiconCode(K_ORD, 1); // الأول
export const TEN_WORD = /* @__PURE__ */ lexiconCode(K_NUMW, 10); // عشر، عشرة (الثامن عشر)

/** Code of أيام (days), which leads a list of days like يومي. */
export const AYYAM = /* @__PURE__ */ lexiconCode(K_UNIT, 1);

/** A month name read at a token. */
export interface MonthHit {
  calendar: number;
  month: number;
  ambiguous: boolean;
  /** A misspelt month name: only read beside a day or a year. */
  typo: boolean;
  endToken: number;
}

/** An ordinal day word read at a token. */
export interface OrdinalHit {
  /** Day 1–31. */
  day: number;
  /** End token index (exclusive). */
  endToken: number;
}

/** A year read at a token. */
export interface YearHit {
  year: number;
  /** Marker: -1 none, 0 Gregorian (م), 1 Hijri (هـ). */
  eraMarker: number;
  /** End token after the number. */
  numberEnd: number;
  /** End token after the marker. */
  endToken: number;
}

/**
 * Reads one token list: the token at an index, its lexicon code and kind, punctuation, and the
 * pieces every rule shares (a day number, a month name, a year, an ordinal day word). Negative
 * and past-the-end indices read as no token.
 */
export class TokenCursor {
  /**
   * The token list read. The scanner keeps one grammar for every call and sets this (with
   * {@link TokenCursor.n} and {@link TokenCursor.complete}) for each text: making a grammar
   * costs more than scanning a short text (each rule class marks the new object as its own).
   */
  toks: readonly Token[] = [];
  /** Number of tokens the rules may read: the final ones (see `Tokenizer.final`), set by the scanner. */
  n = 0;
  /** Whether the text is tokenized to its end (then reading past {@link TokenCursor.n} is reading past the text). */
  complete = false;
  /**
   * Set when a rule read at or past {@link TokenCursor.n} while the text goes on: its answer may
   * change with more tokens, so the scanner tokenizes on and asks again.
   */
  overrun = false;

  /**
   * Token `i`, or `undefined` outside the list. Rules look one or two tokens back from the start,
   * and a negative index on an array is a slow named-property lookup, so it is checked first.
   */
  protected at(i: number): Token | undefined {
    if (i < this.n) return i >= 0 ? this.toks[i] : undefined;
    if (!this.complete) this.overrun = true;
    return undefined;
  }

  /** Word code at `i`, or -1. */
  protected code(i: number): number {
    const t = this.at(i);
    return t !== undefined && t.kind === WORD ? t.value : -1;
  }

  protected kind(i: number): number {
    const c = this.code(i);
    return c > 0 ? c >> KIND_SHIFT : -1;
  }

  protected val(i: number): number {
    return this.code(i) & VALUE_MASK;
  }

  protected isW(i: number, id: number): boolean {
    return this.code(i) === ((K_W << KIND_SHIFT) | id);
  }

  /** Whether token `i` is the word الأول itself (no clitic). */
  protected isFirstWord(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.kind === WORD && !hasClitic(t) && t.value === FIRST_ORDINAL;
  }

  protected isPunct(i: number, ch: number): boolean {
    return this.punct(i) === ch;
  }

  /** The mark of punctuation token `i`, or -1: one read where a rule tests several marks. */
  protected punct(i: number): number {
    const t = this.at(i);
    return t !== undefined && t.kind === PUNCT ? t.value : -1;
  }

  /** The era marker at `i`: 1 Hijri (هـ), 0 Gregorian (م), -1 none. */
  protected era(i: number): number {
    const c = this.code(i);
    return c === lexiconCode(K_W, W_HMARK) ? 1 : c === lexiconCode(K_W, W_GMARK) ? 0 : -1;
  }

  /** Start offset of token `i` in the original text, after a stripped clitic. */
  fsOf(i: number): number {
    const t = this.at(i);
    return t === undefined ? 0 : t.wordStart;
  }

  /** End offset in the original text of the token before end index `e`. */
  feOf(e: number): number {
    const t = this.at(e - 1);
    return t === undefined ? 0 : t.end;
  }

  /** Index of the word before `i`, skipping a clitic word glued to a number (بـ2019، الـ18). */
  prevIdx(i: number): number {
    const t = this.at(i);
    const p = this.at(i - 1);
    if (
      t !== undefined &&
      p !== undefined &&
      t.kind === NUM &&
      !t.spaceBefore &&
      p.kind === WORD &&
      p.letters >= 1 &&
      p.letters <= 3
    )
      return i - 2;
    return i - 1;
  }

  protected isDay(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.kind === NUM && t.digits <= 2 && t.value >= 1 && t.value <= 31;
  }

  /** Start of a day number, including a glued الـ (الـ18). */
  protected dayStart(i: number): number {
    const t = this.at(i);
    const p = this.at(i - 1);
    if (t === undefined) return 0;
    if (p !== undefined && !t.spaceBefore && p.kind === WORD && p.articleStart >= 0) return p.articleStart;
    return t.start;
  }

  // The helpers below read their token once: each read through the cursor is a call, most of them not inlined.
  protected isYearWord(i: number): boolean {
    const c = this.code(i);
    return c === YEAR_SINGULAR || c === THEYEAR_WORD;
  }

  protected isShahr(i: number): boolean {
    return this.code(i) === MONTH_SINGULAR;
  }

  protected isConnector(i: number): boolean {
    const c = this.code(i);
    return c === lexiconCode(K_W, W_ILA) || c === HATTA_WORD || c === LIGHAYA_WORD;
  }

  /** Token index where the second member after a و starts, or -1. */
  protected afterWaw(i: number): number {
    if (this.isW(i, W_WAW)) return i + 1;
    const t = this.at(i);
    if (t !== undefined && t.kind === WORD && hasClitic(t) && t.firstLetter === WAW_CHAR) return i;
    return -1;
  }

  /** A month name (one or two words) at `i`. */
  month(i: number): MonthHit | undefined {
    const k = this.kind(i);
    const v = this.val(i);
    if (k === K_GM || k === K_HM)
      return {
        calendar: k === K_GM ? 0 : 1,
        month: v & 15,
        ambiguous: (v & 16) !== 0,
        typo: (v & TYPO) !== 0,
        endToken: i + 1,
      };
    if (k !== K_HEAD) return undefined;
    const nt = this.at(i + 1);
    if (nt === undefined) return undefined;
    let s = 0;
    if (nt.kind === WORD) s = nt.monthSecondWord;
    else if (nt.kind === NUM && nt.digits === 1 && (nt.value === 1 || nt.value === 2)) s = nt.value;
    let cal = 1;
    let m: number;
    if (v === 1) {
      cal = 0;
      m = s === 1 ? 12 : s === 2 ? 1 : 0;
    } else if (v === 2) {
      cal = 0;
      m = s === 1 ? 10 : s === 2 ? 11 : 0;
    } else if (v === 3) m = s === 1 ? 3 : s === 2 ? 4 : 0;
    else if (v === 4) m = s === 1 ? 5 : s === 2 ? 6 : 0;
    else m = s === 11 ? 11 : s === 12 ? 12 : 0;
    return m === 0 ? undefined : { calendar: cal, month: m, ambiguous: false, typo: false, endToken: i + 2 };
  }

  /**
   * A year at `i`, with an optional era marker after it: four digits (1000 and later), or —
   * where `short` allows — fewer: with `short` ≥ 1 (after a month name or عام) any year written
   * with its era marker (`963 هـ`, `عام 50 م`), with `short` 2 (after a day and a month) also a
   * three-digit year that ends the text or a clause (`6 يناير 686`).
   */
  protected year(i: number, short = 0): YearHit | undefined {
    const t = this.at(i);
    if (t === undefined || t.kind !== NUM) return undefined;
    const four = t.digits === 4 && t.value >= 1000;
    if (!four && (short === 0 || t.digits > 4 || t.value < 1)) return undefined;
    const nx = this.at(i + 1);
    if (nx !== undefined && nx.kind === PUNCT && !nx.spaceBefore) {
      const nn = this.at(i + 2);
      const c = nx.value;
      if (
        nn !== undefined &&
        nn.kind === NUM &&
        !nn.spaceBefore &&
        (c === SLASH || c === DASH || c === DOT || c === COLON)
      )
        return undefined; // 2020/2021, 2021.5, 2021:
    }
    const era = this.era(i + 1);
    if (era >= 0) return { year: t.value, eraMarker: era, numberEnd: i + 1, endToken: i + 2 };
    if (!four && !(short === 2 && t.digits === 3 && (nx === undefined || nx.kind === PUNCT))) return undefined;
    return { year: t.value, eraMarker: -1, numberEnd: i + 1, endToken: i + 1 };
  }

  /** An ordinal day word (الثامن عشر، الحادي والثلاثين، أول، غرة). */
  protected ordinal(i: number): OrdinalHit | undefined {
    const c = this.code(i);
    if (c === lexiconCode(K_W, W_AWWAL) || c === lexiconCode(K_W, W_GHURRA)) return { day: 1, endToken: i + 1 };
    if (c >> KIND_SHIFT !== K_ORD) return undefined;
    const v = c & VALUE_MASK;
    if (v === 10 || v === 20 || v === 30) return { day: v, endToken: i + 1 };
    const u = v === 101 ? 1 : v;
    const next = this.at(i + 1);
    if (next !== undefined && next.kind === WORD && next.value === TEN_WORD && !hasClitic(next))
      return { day: 10 + u, endToken: i + 2 };
    let k = i + 1;
    const w = this.afterWaw(k);
    if (w === k + 1) k = w;
    if (w >= 0 && this.kind(k) === K_ORD) {
      const tens = this.val(k);
      if (tens === 20 || tens === 30) return { day: tens + u, endToken: k + 1 };
    }
    return v === 101 ? undefined : { day: u, endToken: i + 1 };
  }

  /** Marks a number just after a time word (الساعة 10). */
  protected afterTime(i: number): boolean {
    return this.isW(this.prevIdx(i), W_TIME);
  }

  /** Whether token `i` is what a number before it counts: a unit (عام، أيام) or a counted noun (عنصرا، دولار). */
  protected counts(i: number): boolean {
    const c = this.code(i);
    return c === COUNTED_CODE || c >> KIND_SHIFT === K_UNIT;
  }
}
