/**
 * The date grammar: a small recursive-descent parser over tokens. Every rule looks at most a
 * fixed number of tokens ahead, so scanning a text is linear in its length. The rules live in
 * layers, one file each: the token cursor, absolute dates, relative dates, ranges; this file
 * holds the entry points.
 *
 * @internal
 */
import {
  K_NUMW,
  K_QUAL,
  K_REL,
  K_W,
  K_WD,
  KIND_SHIFT,
  VALUE_MASK,
  W_AMAY,
  W_AMS,
  W_AWWAL,
  W_BAAD,
  W_BAYNA,
  W_BLOCK,
  W_GHAD,
  W_GHADAN,
  W_GHURRA,
  W_MIN,
  W_MUNDHU,
  W_QABL,
  W_SHAHRAY,
  W_THEMONTH,
  W_THEYEAR,
  W_THIS,
  W_TODAY,
  W_YAWMAY,
} from '../lexicon.js';
import { NUM, WORD } from '../tokenize.js';
import type { DateNode, Point } from './nodes.js';
import { DateRanges } from './date-ranges.js';

/** Function words that open a rule (من، بين، أمس، قبل…), indexed by `W_*` id; the others only continue one. */
const STARTERS: readonly boolean[] = /* @__PURE__ */ (() =>
  Object.freeze(
    /* @__PURE__ */ Array.from({ length: 64 }, (_, id) =>
      [
        W_MIN,
        W_BAYNA,
        W_YAWMAY,
        W_AMAY,
        W_SHAHRAY,
        W_AMS,
        W_TODAY,
        W_GHADAN,
        W_GHAD,
        W_BAAD,
        W_QABL,
        W_MUNDHU,
        W_AWWAL,
        W_GHURRA,
        W_THEYEAR,
        W_THEMONTH,
        W_THIS,
      ].includes(id),
    ),
  ))();

/**
 * The date grammar: at a token, the longest date expression that starts there. A small
 * recursive-descent parser whose rules are layered by kind: `TokenCursor` (reading
 * tokens), `AbsoluteDates`, `RelativeDates`, `DateRanges`, and this class,
 * which picks the rule for a token.
 */
export class DateGrammar extends DateRanges {
  /** One date (not a range) at `i`; `bare` accepts a bare month or a bare four-digit year. */
  override pointAt(i: number, bare: boolean): Point | undefined {
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (t.kind === NUM) {
      const a = this.numericAt(i) ?? this.absAt(i, bare) ?? this.yearAt(i, bare);
      return a === undefined ? undefined : this.withCombo(a);
    }
    if (t.kind !== WORD || t.value === 0) return undefined;
    const k = t.value >> KIND_SHIFT;
    if (k === K_WD) return this.weekdayAt(i);
    if (k === K_QUAL) return this.qualAt(i);
    const r = this.relAt(i);
    if (r !== undefined) return r.unit === 1 && r.offset >= -2 && r.offset <= 2 ? this.withExplicit(r) : r;
    // Of the function words, only أول and غرة (a day) and العام (a year) start an absolute date:
    // the rules below would fail at the others (من، هذا، بعد…) only after a dozen calls.
    const id = t.value & VALUE_MASK;
    if (k === K_W && id !== W_AWWAL && id !== W_GHURRA && id !== W_THEYEAR) return undefined;
    const a = this.absAt(i, bare) ?? this.yearAt(i, bare);
    return a === undefined ? undefined : this.withCombo(a);
  }

  /** Whether an expression can start at token `i` (a number, or a word that opens a rule). */
  canStart(i: number): boolean {
    const t = this.at(i);
    if (t === undefined) return false;
    if (t.kind === NUM) return true;
    if (t.kind !== WORD || t.value === 0) return false;
    const k = t.value >> KIND_SHIFT;
    if (k === K_REL || k === K_NUMW) return false;
    return k !== K_W || STARTERS[t.value & VALUE_MASK] === true;
  }

  /** The date expression starting at token `i`, if any. */
  expressionAt(i: number): DateNode | undefined {
    return this.rangeAt(i) ?? this.pointAt(i, false);
  }

  /** Whether the expression starting at token `ti` is part of a proper name (شارع 26 يوليو). */
  isNamePart(ti: number): boolean {
    return this.isW(this.prevIdx(ti), W_BLOCK) || this.isW(ti - 1, W_BLOCK);
  }
}
