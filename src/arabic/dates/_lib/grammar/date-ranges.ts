/**
 * Ranges: من … إلى، بين … و، يومي … و، lists of days (8 و9 و10 مارس), 12-14 مارس, month and
 * year ranges.
 *
 * @internal
 */
import { NUM, PUNCT } from '../tokenize.js';
import type { Token } from '../tokenize.js';
import { DASH, DOT, SLASH } from '../char-codes.js';
import { ABSOLUTE, MAX_LIST, RANGE, absoluteDate } from './nodes.js';
import type { AbsoluteDate, Point, Range } from './nodes.js';
import {
  AMAY_WORD,
  AYYAM,
  BAYNA_WORD,
  MIN_WORD,
  SHAHRAY_WORD,
  THEYEAR_WORD,
  YAWMAY_WORD,
  YEAR_SINGULAR,
} from './token-cursor.js';
import { RelativeDates } from './relative-dates.js';

/** The rules for ranges; a member of a range is any single date ({@link DateRanges.pointAt}). */
export abstract class DateRanges extends RelativeDates {
  /** One date (not a range) at `i`; `bare` accepts a bare month or a bare four-digit year. */
  abstract pointAt(i: number, bare: boolean): Point | undefined;

  /** The first member of a range: a day number alone when a connector follows, else a point. */
  #sideAt(i: number): Point | undefined {
    if (this.isDay(i) && (this.isConnector(i + 1) || this.afterWaw(i + 1) >= 0 || this.isPunct(i + 1, DASH))) {
      const r = absoluteDate(i, this.dayStart(i));
      r.calendar = -1;
      r.day = this.at(i)?.value ?? 0;
      r.endToken = i + 1;
      return r;
    }
    return this.pointAt(i, true);
  }

  /** Completes a partial first member from the second one and builds the range. */
  #makeRange(i: number, a: Point, b: Point): Range | undefined {
    if (a.type === ABSOLUTE && b.type === ABSOLUTE) {
      if (a.calendar < 0) {
        if ((b.month === 0 && Number.isNaN(b.monthOffset)) || b.day === 0) return undefined;
        a.calendar = b.calendar;
        a.month = b.month;
        a.monthOffset = b.monthOffset;
        if (a.monthQualifier === 0) a.monthQualifier = b.monthQualifier;
      }
      if (a.year === 0 && Number.isNaN(a.yearOffset) && !Number.isNaN(b.yearOffset)) a.yearOffset = b.yearOffset;
      if (a.calendar === b.calendar) {
        if (a.year === 0 && b.year !== 0) a.year = a.month > b.month ? b.year - 1 : b.year;
        else if (b.year === 0 && a.year !== 0 && b.month !== 0) b.year = b.month < a.month ? a.year + 1 : a.year;
        if (a.monthQualifier === 0 && a.year === 0) a.monthQualifier = b.monthQualifier;
      }
    } else if (a.type === ABSOLUTE && a.calendar < 0) return undefined;
    return { type: RANGE, from: a, to: b, firstToken: i, startOffset: this.fsOf(i), endToken: b.endToken };
  }

  /** A range: من … إلى، بين … و، يومي … و، 12-14 مارس، يناير-مارس 2021. */
  rangeAt(i: number): Range | undefined {
    // The token's kind and code are read once: each rule below starts with a number or with one
    // of a few words, and a check through the cursor costs a call (most are not inlined).
    const t = this.at(i);
    if (t === undefined || t.kind === PUNCT) return undefined;
    return t.kind === NUM ? this.#numberRangeAt(i, t) : this.#wordRangeAt(i, t.value);
  }

  /** A range starting with the word of code `c` at `i`: من … إلى، بين … و، يومي … و، عامي 2017-2019، يناير-مارس. */
  #wordRangeAt(i: number, c: number): Range | undefined {
    if (c === MIN_WORD) {
      const a = this.#sideAt(i + 1);
      if (a === undefined || !this.isConnector(a.endToken)) return undefined;
      const b = this.pointAt(a.endToken + 1, true);
      return b === undefined ? undefined : this.#makeRange(i, a, b);
    }
    if ((c === YEAR_SINGULAR || c === THEYEAR_WORD || c === AMAY_WORD) && this.at(i + 1)?.kind === NUM) {
      // عام 2020/2021، عامي 2017-2019
      const yr = this.#yearRangeAt(i + 1);
      if (yr !== undefined) {
        yr.firstToken = i;
        yr.startOffset = this.fsOf(i);
        return yr;
      }
    }
    let k = i;
    let ck = c;
    if (c === BAYNA_WORD) ck = this.code(++k);
    if (ck === YAWMAY_WORD || ck === AMAY_WORD || ck === SHAHRAY_WORD || ck === AYYAM) k++;
    if (k > i) {
      const a = this.#sideAt(k);
      if (a === undefined) return undefined;
      let w = this.afterWaw(a.endToken);
      if (w < 0) return undefined;
      if (a.type === ABSOLUTE && a.calendar < 0) w = this.#lastListDay(w);
      const b =
        this.pointAt(w, true) ??
        (c === YAWMAY_WORD || this.code(i + 1) === YAWMAY_WORD ? this.#dayOfThisMonth(w) : undefined);
      return b === undefined ? undefined : this.#makeRange(i, a, b);
    }
    const mo = this.month(i);
    if (mo !== undefined && !mo.typo && this.isPunct(mo.endToken, DASH)) {
      const b = this.absAt(mo.endToken + 1, false);
      if (b === undefined || b.day !== 0) return undefined;
      const a = absoluteDate(i, this.fsOf(i));
      a.calendar = mo.calendar;
      a.month = mo.month;
      a.endToken = mo.endToken;
      return this.#makeRange(i, a, b);
    }
    return undefined;
  }

  /** A range starting with the number `t` at `i`: 2017-2019، 20 و21 مارس، 12-14 مارس. */
  #numberRangeAt(i: number, t: Token): Range | undefined {
    if (t.digits === 4) {
      const yr = this.#yearRangeAt(i);
      if (yr !== undefined) return yr;
    }
    if (!this.isDay(i)) return undefined;
    if (this.afterWaw(i + 1) >= 0) {
      // 20 و21 مارس 2022: two days of one month (or more: 8 و9 و10 مارس)
      const w = this.#lastListDay(this.afterWaw(i + 1));
      const b = this.isDay(w) ? this.absAt(w, false) : undefined;
      const a = b !== undefined && b.day > 0 ? this.#sideAt(i) : undefined;
      return a !== undefined && b !== undefined ? this.#makeRange(i, a, b) : undefined;
    }
    if (this.isPunct(i + 1, DASH) && this.isDay(i + 2)) {
      const b = this.absAt(i + 2, false);
      const a = this.#sideAt(i);
      if (b !== undefined && b.day > 0 && a !== undefined) return this.#makeRange(i, a, b);
    }
    return undefined;
  }

  /**
   * In a list of days (8 و9 و10 مارس), the index of the last day number, from the second one at
   * `w`: at most {@link MAX_LIST} days are skipped, so the look-ahead stays bounded.
   */
  #lastListDay(w: number): number {
    for (let n = 0; n < MAX_LIST && this.isDay(w); n++) {
      const nx = this.afterWaw(w + 1);
      if (nx < 0 || !this.isDay(nx)) break;
      w = nx;
    }
    return w;
  }

  /** A day number alone after يومي … و (يومي 21 و22): a day of the reference's month. */
  #dayOfThisMonth(i: number): AbsoluteDate | undefined {
    if (!this.isDay(i)) return undefined;
    const r = absoluteDate(i, this.dayStart(i));
    r.day = this.at(i)?.value ?? 0;
    r.monthOffset = 0;
    r.endToken = i + 1;
    return r;
  }

  /**
   * A range of years written with a dash or a slash: `2017-2019`, `(2018–2021)`, `2023/2025`,
   * `1443-1445 هـ`. Both are four-digit years, the second later than the first by at most a
   * century, and the pair is not part of a longer chain of numbers (`2254/2015/3`).
   */
  #yearRangeAt(i: number): Range | undefined {
    const a = this.at(i);
    if (a === undefined || a.kind !== NUM || a.digits !== 4) return undefined;
    const s = this.at(i + 1);
    if (s === undefined || s.kind !== PUNCT) return undefined;
    const b = this.at(i + 2);
    if (b === undefined || b.kind !== NUM || b.digits !== 4) return undefined;
    if ((s.value !== DASH && s.value !== SLASH) || b.value <= a.value || b.value - a.value > 100 || a.value < 1000)
      return undefined;
    const p = this.at(i - 1);
    if (
      p !== undefined &&
      p.kind === PUNCT &&
      !a.spaceBefore &&
      (p.value === SLASH || p.value === DASH || p.value === DOT)
    )
      return undefined;
    const nx = this.at(i + 3);
    if (
      nx !== undefined &&
      nx.kind === PUNCT &&
      !nx.spaceBefore &&
      (nx.value === SLASH || nx.value === DASH || nx.value === DOT)
    ) {
      const nn = this.at(i + 4);
      if (nn !== undefined && nn.kind === NUM) return undefined;
    }
    const x = absoluteDate(i, a.start);
    x.year = a.value;
    x.endToken = i + 1;
    const y = absoluteDate(i + 2, b.start);
    y.year = b.value;
    y.endToken = i + 3;
    const era = this.era(i + 3);
    if (era >= 0) {
      x.calendar = y.calendar = era;
      y.endToken = i + 4;
    }
    return { type: RANGE, from: x, to: y, firstToken: i, startOffset: a.start, endToken: y.endToken };
  }
}
