/**
 * The date grammar: a small recursive-descent parser over tokens. Every rule looks at most a
 * fixed number of tokens ahead, so scanning a text is linear in its length.
 *
 * @internal
 */
import {
  K_GM,
  KIND_SHIFT,
  UNIT_SINGULAR,
  VALUE_MASK,
  K_HEAD,
  K_HM,
  K_NUMW,
  K_ORD,
  K_QUAL,
  K_REL,
  K_UNIT,
  K_W,
  K_WD,
  W_AMAY,
  W_AMS,
  W_AWWAL,
  W_BA,
  W_BAAD,
  W_BAYNA,
  W_BLOCK,
  W_FI,
  W_GHAD,
  W_GHADAN,
  W_GHURRA,
  W_GMARK,
  W_HATTA,
  W_HMARK,
  W_HULUL,
  W_ILA,
  W_KHILAL,
  W_LI,
  W_LIGHAYA,
  W_MIN,
  W_MUNDHU,
  W_MUQARANA,
  W_MUWAFIQ,
  W_NEWS,
  W_PRAYER,
  W_QABL,
  W_SHAHRAY,
  W_THAT,
  W_THEMONTH,
  W_THEYEAR,
  W_THIS,
  W_TIME,
  W_TODAY,
  W_WAW,
  W_YAWMAY,
  TYPO,
} from '../lexicon.js';
import { COUNTED_CODE, NUM, PUNCT, WORD } from '../tokenize.js';
import type { Token } from '../tokenize.js';
import { CLOSE_PAREN, COLON, COMMA, DASH, DOT, OPEN_PAREN, SLASH } from '../char-codes.js';

/** {@link DateNode} types. */
export const ABSOLUTE = 0;
export const RELATIVE = 1;
export const RELATIVE_WEEKDAY = 2;
export const RANGE = 3;
export const COMBINED = 4;

/** An absolute (possibly partial) date: day, month, year, with calendar 0 Gregorian, 1 Hijri. */
export interface AbsoluteDate {
  readonly type: typeof ABSOLUTE;
  /** 0 Gregorian, 1 Hijri, -1 unknown (day-only side of a range). */
  calendar: number;
  /** Year, 0 when missing. */
  year: number;
  /** Month 1–12, 0 when missing. */
  month: number;
  /** Day 1–31, 0 when missing. */
  day: number;
  /** Stated weekday, -1 when none. */
  weekday: number;
  /** Period part 0 early, 1 middle, 2 late, -1 none. */
  part: number;
  /** Month qualifier: 0 none, 1 past, 2 next, 3 current. */
  monthQualifier: number;
  /** Two month names that disagree. */
  conflict: boolean;
  /** Year given relative to the reference's (مارس من العام الماضي): offset, or NaN when not. */
  yearOffset: number;
  /** Month given relative to the reference's (15 من الشهر الجاري): offset, or NaN when not. */
  monthOffset: number;
  /** Day offset from the reference of a relative word written with the date (اليوم 7 أكتوبر: 0), or NaN. */
  relativeDay: number;
  /** First token index. */
  firstToken: number;
  /** Start offset in the original text. */
  startOffset: number;
  /** End token index (exclusive). */
  endToken: number;
}

/** A relative offset from the reference: `unit` 1 day, 3 month, 4 year; `offset` in those units. */
export interface RelativeOffset {
  readonly type: typeof RELATIVE;
  unit: number;
  offset: number;
  weekday: number;
  part: number;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

/** A weekday relative to the reference: `direction` -1 previous, 1 next, 0 latest on or before, 2 first on or after. */
export interface RelativeWeekday {
  readonly type: typeof RELATIVE_WEEKDAY;
  weekday: number;
  direction: number;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

/** A range of two points. */
export interface Range {
  readonly type: typeof RANGE;
  from: Point;
  to: Point;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

/** A Hijri date with its Gregorian equivalent (or the reverse), `first` written first. */
export interface CombinedDate {
  readonly type: typeof COMBINED;
  first: AbsoluteDate;
  second: AbsoluteDate;
  firstToken: number;
  startOffset: number;
  endToken: number;
}

export type Point = AbsoluteDate | RelativeOffset | RelativeWeekday | CombinedDate;
export type DateNode = Point | Range;

interface MonthHit {
  calendar: number;
  month: number;
  ambiguous: boolean;
  /** A misspelt month name: only read beside a day or a year. */
  typo: boolean;
  endToken: number;
}

interface YearHit {
  year: number;
  /** Marker: -1 none, 0 Gregorian (م), 1 Hijri (هـ). */
  eraMarker: number;
  /** End token after the number. */
  numberEnd: number;
  /** End token after the marker. */
  endToken: number;
}

const WAW_CHAR = 0x0648;

/** The most days a list (8 و9 و10 مارس) may hold. */
const MAX_LIST = 8;

/** Lexicon codes the rules compare tokens with. */
const FI_WORD = (K_W << KIND_SHIFT) | W_FI;
const KHILAL_WORD = (K_W << KIND_SHIFT) | W_KHILAL;
const MUNDHU_WORD = (K_W << KIND_SHIFT) | W_MUNDHU;
const HATTA_WORD = (K_W << KIND_SHIFT) | W_HATTA;
const LIGHAYA_WORD = (K_W << KIND_SHIFT) | W_LIGHAYA;
const MUQARANA_WORD = (K_W << KIND_SHIFT) | W_MUQARANA;
const HULUL_WORD = (K_W << KIND_SHIFT) | W_HULUL;
const QABL_WORD = (K_W << KIND_SHIFT) | W_QABL;
const BAAD_WORD = (K_W << KIND_SHIFT) | W_BAAD;
const BA_WORD = (K_W << KIND_SHIFT) | W_BA;
const NEWS_WORD = (K_W << KIND_SHIFT) | W_NEWS;
const THAT_WORD = (K_W << KIND_SHIFT) | W_THAT;
const DAY_SINGULAR = (K_UNIT << KIND_SHIFT) | 1 | UNIT_SINGULAR; // يوم
const MONTH_SINGULAR = (K_UNIT << KIND_SHIFT) | 3 | UNIT_SINGULAR; // شهر
const YEAR_SINGULAR = (K_UNIT << KIND_SHIFT) | 4 | UNIT_SINGULAR; // عام، سنة
const FIRST_ORDINAL = (K_ORD << KIND_SHIFT) | 1; // الأول
const TEN_WORD = (K_NUMW << KIND_SHIFT) | 10; // عشر، عشرة (الثامن عشر)

/** Code of أيام (days), which leads a list of days like يومي. */
const AYYAM = (K_UNIT << KIND_SHIFT) | 1;


/** Function words that open a rule (من، بين، أمس، قبل…), indexed by `W_*` id; the others only continue one. */
const STARTERS: readonly boolean[] = /* @__PURE__ */ (() =>
  Object.freeze(
    /* @__PURE__ */ Array.from({ length: 64 }, (_, id) =>
      [W_MIN, W_BAYNA, W_YAWMAY, W_AMAY, W_SHAHRAY, W_AMS, W_TODAY, W_GHADAN, W_GHAD, W_BAAD, W_QABL, W_MUNDHU, W_AWWAL, W_GHURRA, W_THEYEAR, W_THEMONTH, W_THIS].includes(id),
    ),
  ))();

/** Offset of a relative qualifier: past -1, next +1, current 0. */
function relOffset(q: number): number {
  return q === 1 ? -1 : q === 2 ? 1 : 0;
}

function absoluteDate(ti: number, fs: number): AbsoluteDate {
  return { type: ABSOLUTE, calendar: 0, year: 0, month: 0, day: 0, weekday: -1, part: -1, monthQualifier: 0, conflict: false, yearOffset: Number.NaN, monthOffset: Number.NaN, relativeDay: Number.NaN, firstToken: ti, startOffset: fs, endToken: ti };
}

/** Parser over one token list. */
export class DateGrammar {
  private readonly toks: readonly Token[];

  constructor(toks: readonly Token[]) {
    this.toks = toks;
  }

  /**
   * Token `i`, or `undefined` outside the list. Rules look one or two tokens back from the start,
   * and a negative index on an array is a slow named-property lookup, so it is checked first.
   */
  private at(i: number): Token | undefined {
    return i >= 0 ? this.toks[i] : undefined;
  }

  /** Word code at `i`, or -1. */
  private code(i: number): number {
    const t = this.at(i);
    return t !== undefined && t.kind === WORD ? t.value : -1;
  }

  private kind(i: number): number {
    const c = this.code(i);
    return c > 0 ? c >> KIND_SHIFT : -1;
  }

  private val(i: number): number {
    return this.code(i) & VALUE_MASK;
  }

  private isW(i: number, id: number): boolean {
    return this.code(i) === ((K_W << KIND_SHIFT) | id);
  }

  /** Whether token `i` is the word الأول itself (no clitic). */
  private isFirstWord(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.kind === WORD && t.cliticLength === 0 && t.value === FIRST_ORDINAL;
  }

  private isPunct(i: number, ch: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.kind === PUNCT && t.value === ch;
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
    if (t !== undefined && p !== undefined && t.kind === NUM && !t.spaceBefore && p.kind === WORD && p.letters >= 1 && p.letters <= 3) return i - 2;
    return i - 1;
  }

  private isDay(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.kind === NUM && t.digits <= 2 && t.value >= 1 && t.value <= 31;
  }

  /** Start of a day number, including a glued الـ (الـ18). */
  private dayStart(i: number): number {
    const t = this.at(i);
    const p = this.at(i - 1);
    if (t === undefined) return 0;
    if (p !== undefined && !t.spaceBefore && p.kind === WORD && p.articleStart >= 0) return p.articleStart;
    return t.start;
  }

  private isYearWord(i: number): boolean {
    return this.code(i) === YEAR_SINGULAR || this.isW(i, W_THEYEAR);
  }

  private isShahr(i: number): boolean {
    return this.code(i) === MONTH_SINGULAR;
  }

  private isConnector(i: number): boolean {
    return this.isW(i, W_ILA) || this.isW(i, W_HATTA) || this.isW(i, W_LIGHAYA);
  }

  /** Token index where the second member after a و starts, or -1. */
  private afterWaw(i: number): number {
    if (this.isW(i, W_WAW)) return i + 1;
    const t = this.at(i);
    if (t !== undefined && t.kind === WORD && t.cliticLength >= 1 && t.firstLetter === WAW_CHAR) return i;
    return -1;
  }

  /** A month name (one or two words) at `i`. */
  month(i: number): MonthHit | undefined {
    const k = this.kind(i);
    const v = this.val(i);
    if (k === K_GM || k === K_HM) return { calendar: k === K_GM ? 0 : 1, month: v & 15, ambiguous: (v & 16) !== 0, typo: (v & TYPO) !== 0, endToken: i + 1 };
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
  private year(i: number, short = 0): YearHit | undefined {
    const t = this.at(i);
    if (t === undefined || t.kind !== NUM) return undefined;
    const four = t.digits === 4 && t.value >= 1000;
    if (!four && (short === 0 || t.digits > 4 || t.value < 1)) return undefined;
    const nx = this.at(i + 1);
    const nn = this.at(i + 2);
    if (nx !== undefined && nx.kind === PUNCT && !nx.spaceBefore && nn !== undefined && nn.kind === NUM && !nn.spaceBefore) {
      const c = nx.value;
      if (c === SLASH || c === DASH || c === DOT || c === COLON) return undefined; // 2020/2021, 2021.5, 2021:
    }
    if (this.isW(i + 1, W_HMARK)) return { year: t.value, eraMarker: 1, numberEnd: i + 1, endToken: i + 2 };
    if (this.isW(i + 1, W_GMARK)) return { year: t.value, eraMarker: 0, numberEnd: i + 1, endToken: i + 2 };
    if (!four && !(short === 2 && t.digits === 3 && (nx === undefined || nx.kind === PUNCT))) return undefined;
    return { year: t.value, eraMarker: -1, numberEnd: i + 1, endToken: i + 1 };
  }

  /** An ordinal day word (الثامن عشر، الحادي والثلاثين، أول، غرة). */
  private ordinal(i: number): { d: number; e: number } | undefined {
    if (this.isW(i, W_AWWAL) || this.isW(i, W_GHURRA)) return { d: 1, e: i + 1 };
    if (this.kind(i) !== K_ORD) return undefined;
    const v = this.val(i);
    if (v === 10 || v === 20 || v === 30) return { d: v, e: i + 1 };
    const u = v === 101 ? 1 : v;
    if (this.code(i + 1) === TEN_WORD && this.at(i + 1)?.cliticLength === 0) return { d: 10 + u, e: i + 2 };
    let k = i + 1;
    const w = this.afterWaw(k);
    if (w === k + 1) k = w;
    if (w >= 0 && this.kind(k) === K_ORD) {
      const tens = this.val(k);
      if (tens === 20 || tens === 30) return { d: tens + u, e: k + 1 };
    }
    return v === 101 ? undefined : { d: u, e: i + 1 };
  }

  /** Marks a number just after a time word (الساعة 10). */
  private afterTime(i: number): boolean {
    return this.isW(this.prevIdx(i), W_TIME);
  }

  /**
   * An absolute date with a month name: day-month(-year), month-year, month + relative word,
   * dual month names, and a bare month when a context word licenses it.
   */
  absAt(i: number, bare: boolean): AbsoluteDate | undefined {
    let d = 0;
    let fs = this.fsOf(i);
    let k = i;
    let shahr = false;
    if (this.isDay(i)) {
      if (this.afterTime(i)) return undefined;
      d = this.at(i)?.value ?? 0;
      fs = this.dayStart(i);
      k = i + 1;
    } else {
      const o = this.ordinal(i);
      if (o !== undefined) {
        d = o.d;
        k = o.e;
      }
    }
    if (d > 0 && this.isW(k, W_MIN)) k++;
    if (this.isShahr(k)) {
      shahr = true;
      k++;
    }
    const mo = this.month(k);
    if (mo === undefined) {
      // 15 من الشهر الجاري، العاشر من الشهر الماضي
      if (d === 0 || shahr || !this.isW(k, W_THEMONTH) || this.kind(k + 1) !== K_REL) return undefined;
      const r = absoluteDate(i, fs);
      r.day = d;
      r.monthOffset = relOffset(this.val(k + 1));
      r.endToken = k + 2;
      return r;
    }
    const r = absoluteDate(i, fs);
    r.calendar = mo.calendar;
    r.month = mo.month;
    r.day = d;
    let j = mo.endToken;
    if (mo.typo && d === 0 && this.year(j) === undefined) return undefined; // ديسمر alone is not a month
    let dual = false;
    if (this.isPunct(j, OPEN_PAREN)) {
      const m2 = this.month(j + 1);
      if (m2 !== undefined && this.isPunct(m2.endToken, CLOSE_PAREN)) {
        dual = true;
        r.conflict = m2.month !== mo.month || m2.calendar !== mo.calendar;
        j = m2.endToken + 1;
      }
    } else if (this.isPunct(j, SLASH)) {
      const m2 = this.month(j + 1);
      if (m2 !== undefined) {
        dual = true;
        r.conflict = m2.month !== mo.month || m2.calendar !== mo.calendar;
        j = m2.endToken;
      }
    }
    // Month-first byline: ديسمبر 18، 2021
    if (d === 0 && this.isDay(j)) {
      const c = this.isPunct(j + 1, COMMA) ? j + 2 : j + 1;
      if (this.year(c) !== undefined) {
        r.day = this.at(j)?.value ?? 0;
        j = c;
      }
    }
    let y = j;
    if (this.isPunct(y, COMMA)) y++;
    if (this.isW(y, W_MIN) && this.isYearWord(y + 1)) y += 2;
    else if (this.isYearWord(y)) y++;
    const yh = this.year(y, r.day > 0 ? 2 : 1);
    if (yh !== undefined) {
      r.year = yh.year;
      j = yh.eraMarker < 0 || yh.eraMarker === r.calendar ? yh.endToken : yh.numberEnd;
    } else if (this.kind(j) === K_REL) {
      r.monthQualifier = this.val(j);
      j++;
    } else if (this.isW(j + (this.isW(j, W_MIN) ? 1 : 0), W_THEYEAR) && this.kind(j + (this.isW(j, W_MIN) ? 2 : 1)) === K_REL) {
      // مارس من العام الماضي، 15 مارس العام المقبل
      const q = j + (this.isW(j, W_MIN) ? 2 : 1);
      r.yearOffset = relOffset(this.val(q));
      j = q + 1;
    } else if (r.day === 0 && !dual && !shahr && !bare) {
      const pc = this.code(this.prevIdx(i));
      const ok =
        !mo.ambiguous &&
        (pc === FI_WORD ||
          pc === KHILAL_WORD ||
          pc === MUNDHU_WORD ||
          pc === HATTA_WORD ||
          pc === LIGHAYA_WORD);
      if (!ok) return undefined;
    }
    r.endToken = j;
    return r;
  }

  /**
   * Whether a bare four-digit number at `i` is licensed as a year by the word before it, or by
   * a licensed year before it in a list (في 2019 و2020; at most {@link MAX_LIST} deep).
   */
  private yearContext(i: number, depth = 0): boolean {
    const p = this.prevIdx(i);
    const c = this.code(p);
    if (this.isW(i - 1, W_WAW) && depth < MAX_LIST) {
      const y = i - 2;
      const t = this.at(y);
      if (t !== undefined && t.kind === NUM && t.digits === 4 && t.value >= 1000) return !this.counts(i + 1) && this.yearContext(y, depth + 1);
    }
    if (c === MUNDHU_WORD || c === HATTA_WORD || c === LIGHAYA_WORD || c === KHILAL_WORD) {
      return true;
    }
    // مقارنة بـ2019 / مقارنة ب 2019
    if (c === MUQARANA_WORD) return true;
    // في 2019، بحلول 2035، قبل 2011، بعد 2003 — unless the number counts something (في 2019 حالة، قبل 2000 عام)
    if (c === FI_WORD || c === HULUL_WORD || c === QABL_WORD || c === BAAD_WORD) {
      return !this.counts(i + 1);
    }
    const t = this.at(p);
    return t !== undefined && t.kind === WORD && t.cliticLength === 0 && t.value === BA_WORD && this.isW(p - 1, W_MUQARANA);
  }

  /** Whether token `i` is what a number before it counts: a unit (عام، أيام) or a counted noun (عنصرا، دولار). */
  private counts(i: number): boolean {
    const c = this.code(i);
    return c === COUNTED_CODE || c >> KIND_SHIFT === K_UNIT;
  }

  /** A year alone: عام 2015، 2016م، 1445 هـ، منذ 2015 (or any four-digit year when `bare`). */
  yearAt(i: number, bare: boolean): AbsoluteDate | undefined {
    let k = i;
    let hm = false;
    let word = false;
    if (this.isYearWord(i)) {
      // الأمن العام، الأمين العام، المدير العام: after a definite noun, العام is "general"
      const p = this.at(i - 1);
      if (p !== undefined && p.kind === WORD && (p.value === 0 && p.start < 0 ? p.lastDefinite : p.definite) && this.isW(i, W_THEYEAR)) return undefined;
      word = true;
      k++;
      if (this.isW(k, W_HMARK) || this.isW(k, W_GMARK)) {
        hm = this.isW(k, W_HMARK);
        k++;
      }
    }
    const yh = this.year(k, word ? 1 : 0);
    if (yh === undefined) return undefined;
    if (!word && yh.eraMarker < 0 && !bare && !this.yearContext(i)) return undefined;
    const r = absoluteDate(i, this.fsOf(i));
    r.calendar = hm || yh.eraMarker === 1 ? 1 : 0;
    r.year = yh.year;
    r.endToken = yh.endToken;
    return r;
  }

  /** A numeric date: d/m/y, y/m/d, ISO, dotted, with an optional هـ. */
  numericAt(i: number): AbsoluteDate | undefined {
    const t = this.toks;
    const a = t[i];
    const s1 = t[i + 1];
    const b = t[i + 2];
    const s2 = t[i + 3];
    const c = t[i + 4];
    if (a === undefined || s1 === undefined || b === undefined || s2 === undefined || c === undefined) return undefined;
    if (a.kind !== NUM || s1.kind !== PUNCT || b.kind !== NUM || s2.kind !== PUNCT || c.kind !== NUM) return undefined;
    const sep = s1.value;
    if ((sep !== SLASH && sep !== DASH && sep !== DOT) || s2.value !== sep) return undefined;
    if (s1.spaceBefore !== b.spaceBefore || b.spaceBefore !== s2.spaceBefore || s2.spaceBefore !== c.spaceBefore) return undefined;
    if (b.digits > 2) return undefined;
    let y: number;
    let d: number;
    if (a.digits === 4 && c.digits <= 2) {
      y = a.value;
      d = c.value;
    } else if (a.digits <= 2 && c.digits === 4) {
      y = c.value;
      d = a.value;
    } else return undefined;
    const m = b.value;
    if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
    // Not part of a longer chain (IP addresses, phone numbers, versions).
    const p = i > 0 ? t[i - 1] : undefined;
    if (p !== undefined && !a.spaceBefore && p.kind === PUNCT && (p.value === sep || p.value === DOT || p.value === COLON)) return undefined;
    const nx = t[i + 5];
    const nn = t[i + 6];
    if (nx !== undefined && nx.kind === PUNCT && !nx.spaceBefore && (nx.value === sep || nx.value === DOT) && nn !== undefined && nn.kind === NUM && !nn.spaceBefore) {
      return undefined;
    }
    if (p !== undefined && p.kind === NUM && !a.spaceBefore) return undefined;
    const r = absoluteDate(i, a.start);
    r.year = y;
    r.month = m;
    r.day = d;
    r.endToken = i + 5;
    if (this.isW(i + 5, W_HMARK)) {
      r.calendar = 1;
      r.endToken = i + 6;
      return y >= 1000 ? r : undefined;
    }
    if (this.isW(i + 5, W_GMARK)) r.endToken = i + 6;
    // A numeric Gregorian date in the news is modern; 1400/01/01 is a Persian date, 1443/09/15 a
    // Hijri one without its marker.
    return y >= 1800 && y <= 2200 ? r : undefined;
  }

  /** Relative expressions: أمس، اليوم، غدا، الشهر الماضي، قبل ثلاثة أيام… */
  relAt(i: number): RelativeOffset | undefined {
    const code = this.code(i);
    if (code < 0 || code >> KIND_SHIFT !== K_W) return undefined;
    const id = code & VALUE_MASK;
    switch (id) {
      case W_AMS:
        return this.withWeekday(this.isFirstWord(i + 1) ? this.rel(i, 1, -2, i + 2) : this.rel(i, 1, -1, i + 1));
      case W_AWWAL:
        if (this.isW(i + 1, W_AMS)) return this.withWeekday(this.rel(i, 1, -2, i + 2));
        if (this.isW(i + 1, W_MIN) && this.isW(i + 2, W_AMS)) return this.withWeekday(this.rel(i, 1, -2, i + 3));
        return undefined;
      case W_TODAY: {
        const pc = this.code(i - 1);
        if (pc === NEWS_WORD || pc === THAT_WORD) return undefined;
        if (this.kind(i + 1) === K_WD) return this.withWeekday(this.rel(i, 1, 0, i + 1));
        const nt = this.at(i + 1);
        if (nt !== undefined && nt.kind === WORD && nt.cliticLength === 0 && nt.definite) return undefined; // اليوم الوطني، اليوم السابع
        return this.rel(i, 1, 0, i + 1);
      }
      case W_GHADAN:
        return this.withWeekday(this.rel(i, 1, 1, i + 1));
      case W_GHAD:
        return this.code(i - 1) === DAY_SINGULAR ? this.rel(i, 1, 1, i + 1) : undefined;
      case W_BAAD:
        if (this.isW(i + 1, W_GHAD)) return this.rel(i, 1, 2, i + 2);
        return this.countAt(i, 1);
      case W_QABL:
      case W_MUNDHU:
        return this.countAt(i, -1);
      case W_THEMONTH:
      case W_THEYEAR:
        if (this.kind(i + 1) === K_REL) {
          const q = this.val(i + 1);
          return this.rel(i, id === W_THEMONTH ? 3 : 4, relOffset(q), i + 2);
        }
        return undefined;
      case W_THIS:
        if (this.isW(i + 1, W_THEMONTH)) return this.rel(i, 3, 0, i + 2);
        if (this.isW(i + 1, W_THEYEAR)) return this.rel(i, 4, 0, i + 2);
        return undefined;
      default:
        return undefined;
    }
  }

  /** A relative offset from token `i` to end index `e`. */
  private rel(i: number, unit: number, n: number, e: number): RelativeOffset {
    return { type: RELATIVE, unit, offset: n, weekday: -1, part: -1, firstToken: i, startOffset: this.fsOf(i), endToken: e };
  }

  /** Consumes a weekday after a relative day (أمس الخميس) for the weekday check. */
  private withWeekday(r: RelativeOffset): RelativeOffset {
    if (this.kind(r.endToken) === K_WD) {
      r.weekday = this.val(r.endToken);
      r.endToken++;
    }
    return r;
  }

  /** قبل/منذ/بعد + count + unit. */
  private countAt(i: number, sign: number): RelativeOffset | undefined {
    let n = 0;
    let k = i + 1;
    const t = this.at(k);
    if (t === undefined) return undefined;
    if (t.kind === NUM && t.digits <= 3) {
      n = t.value;
      k++;
    } else if (this.kind(k) === K_NUMW) {
      n = this.val(k);
      k++;
    }
    if (this.kind(k) !== K_UNIT) return undefined;
    const u = this.val(k);
    let unit = u & 7;
    const cnt = u >> 3;
    if (n === 0) {
      if (cnt === 0) return undefined;
      n = cnt;
      // عام 2015 after منذ is a year, not "a year ago"
      if (cnt === 1 && this.year(k + 1) !== undefined) return undefined;
    } else if (cnt !== 0) return undefined;
    if (unit === 2) {
      unit = 1;
      n *= 7;
    }
    return { type: RELATIVE, unit, offset: n * sign, weekday: -1, part: -1, firstToken: i, startOffset: this.fsOf(i), endToken: k + 1 };
  }

  /** A weekday: with a date (weekday check), with الماضي/المقبل, or bare. */
  private weekdayAt(i: number): Point | undefined {
    const wd = this.val(i);
    if (this.isW(i - 1, W_PRAYER)) return undefined;
    let k = i + 1;
    if (this.isPunct(k, COMMA)) k++;
    if (this.isW(k, W_MUWAFIQ)) {
      k++;
      if (this.isW(k, W_LI)) k++;
    }
    const a = this.numericAt(k) ?? this.absAt(k, false);
    if (a !== undefined && a.day > 0) {
      a.weekday = wd;
      a.firstToken = i;
      a.startOffset = this.fsOf(i);
      return this.withCombo(a);
    }
    if (this.kind(i + 1) === K_REL) {
      const q = this.val(i + 1);
      return { type: RELATIVE_WEEKDAY, weekday: wd, direction: q === 1 ? -1 : q === 2 ? 1 : 0, firstToken: i, startOffset: this.fsOf(i), endToken: i + 2 };
    }
    return { type: RELATIVE_WEEKDAY, weekday: wd, direction: this.at(i)?.tense === 1 ? 2 : 0, firstToken: i, startOffset: this.fsOf(i), endToken: i + 1 };
  }

  /** A period part (مطلع/منتصف/أواخر) + month, year or relative month/year. */
  private qualAt(i: number): Point | undefined {
    const part = this.val(i);
    const k = i + 1;
    const r = this.relAt(k);
    if (r !== undefined && r.unit !== 1) {
      r.part = part;
      r.firstToken = i;
      r.startOffset = this.fsOf(i);
      return r;
    }
    const a = this.absAt(k, true) ?? this.yearAt(k, true);
    if (a === undefined) return undefined;
    if (a.day === 0) a.part = part;
    a.firstToken = i;
    a.startOffset = this.fsOf(i);
    return this.withCombo(a);
  }

  /** Whether the date ends with an era marker (هـ or م), as both halves of `1443هـ/2022م` do. */
  private hasEraMarker(a: AbsoluteDate): boolean {
    return this.isW(a.endToken - 1, W_HMARK) || this.isW(a.endToken - 1, W_GMARK);
  }

  /** Joins a Hijri date and its Gregorian equivalent (الموافق, in parentheses, or after / or - with era markers). */
  private withCombo(p: AbsoluteDate): Point {
    let k = p.endToken;
    if (this.isPunct(k, COMMA)) k++;
    const paren = this.isPunct(k, OPEN_PAREN);
    const sep = !paren && (this.isPunct(k, SLASH) || this.isPunct(k, DASH));
    if (paren || sep) k++;
    const muwafiq = this.isW(k, W_MUWAFIQ);
    if (muwafiq) {
      k++;
      if (this.isW(k, W_LI)) k++;
    }
    const pt = this.at(k);
    if (!paren && !sep && !muwafiq) {
      // 1445 هـ (2024): a parenthesised year after a Hijri year is its Gregorian equivalent
      if (p.calendar === 1 && p.month === 0 && pt !== undefined && pt.kind === NUM && pt.parenthesized && pt.digits === 4 && pt.value >= 1000) {
        const q = absoluteDate(k, pt.start);
        q.year = pt.value;
        q.endToken = k + 1;
        return { type: COMBINED, first: p, second: q, firstToken: p.firstToken, startOffset: p.startOffset, endToken: k + 1 };
      }
      return p;
    }
    const q = this.numericAt(k) ?? this.absAt(k, false) ?? this.yearAt(k, false);
    if (q === undefined || q.calendar === p.calendar || q.year === 0) return p;
    // 1443هـ/2022م: a bare slash or dash joins two dates only when both carry their era marker.
    if (sep && !muwafiq && !(this.hasEraMarker(p) && this.hasEraMarker(q))) return p;
    let e = q.endToken;
    if (paren && this.isPunct(e, CLOSE_PAREN)) e++;
    return { type: COMBINED, first: p, second: q, firstToken: p.firstToken, startOffset: p.startOffset, endToken: e };
  }


  /** One date (not a range) at `i`; `bare` accepts a bare month or a bare four-digit year. */
  pointAt(i: number, bare: boolean): Point | undefined {
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
    const a = this.absAt(i, bare) ?? this.yearAt(i, bare);
    return a === undefined ? undefined : this.withCombo(a);
  }

  /**
   * A relative day written with its explicit date (اليوم الخميس 7 أكتوبر، أمس (6 أكتوبر)): the
   * explicit date is the reading, the whole is the match, and the relative day is kept to check
   * that the two agree.
   */
  private withExplicit(r: RelativeOffset): Point {
    let k = r.endToken;
    if (this.isPunct(k, COMMA) || this.isPunct(k, DASH)) k++;
    const paren = this.isPunct(k, OPEN_PAREN);
    if (paren) k++;
    if (this.kind(k) === K_WD && r.weekday < 0) {
      r.weekday = this.val(k);
      k++;
      if (this.isPunct(k, COMMA)) k++;
    }
    if (r.weekday >= 0 && this.isW(k, W_FI)) k++; // اليوم الأربعاء في 17 كانون الثاني
    if (this.isW(k, W_MUWAFIQ)) {
      k++;
      if (this.isW(k, W_LI)) k++;
    }
    const a = this.numericAt(k) ?? this.absAt(k, false);
    if (a === undefined || a.day === 0) return r;
    if (paren) {
      if (!this.isPunct(a.endToken, CLOSE_PAREN)) return r;
      a.endToken++;
    }
    a.firstToken = r.firstToken;
    a.startOffset = r.startOffset;
    a.relativeDay = r.offset;
    if (r.weekday >= 0 && a.weekday < 0) a.weekday = r.weekday;
    return this.withCombo(a);
  }

  /** The first member of a range: a day number alone when a connector follows, else a point. */
  private sideAt(i: number): Point | undefined {
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
  private makeRange(i: number, a: Point, b: Point): Range | undefined {
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
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (this.isW(i, W_MIN)) {
      const a = this.sideAt(i + 1);
      if (a === undefined || !this.isConnector(a.endToken)) return undefined;
      const b = this.pointAt(a.endToken + 1, true);
      return b === undefined ? undefined : this.makeRange(i, a, b);
    }
    if ((this.isYearWord(i) || this.isW(i, W_AMAY)) && this.at(i + 1)?.kind === NUM) {
      // عام 2020/2021، عامي 2017-2019
      const yr = this.yearRangeAt(i + 1);
      if (yr !== undefined) {
        yr.firstToken = i;
        yr.startOffset = this.fsOf(i);
        return yr;
      }
    }
    let k = i;
    if (this.isW(k, W_BAYNA)) k++;
    const lead = this.isW(k, W_YAWMAY) || this.isW(k, W_AMAY) || this.isW(k, W_SHAHRAY) || this.code(k) === AYYAM;
    if (lead) k++;
    if (k > i) {
      const a = this.sideAt(k);
      if (a === undefined) return undefined;
      let w = this.afterWaw(a.endToken);
      if (w < 0) return undefined;
      if (a.type === ABSOLUTE && a.calendar < 0) w = this.lastListDay(w);
      const b = this.pointAt(w, true) ?? (this.isW(i, W_YAWMAY) || this.isW(i + 1, W_YAWMAY) ? this.dayOfThisMonth(w) : undefined);
      return b === undefined ? undefined : this.makeRange(i, a, b);
    }
    if (t.kind === NUM && t.digits === 4) {
      const yr = this.yearRangeAt(i);
      if (yr !== undefined) return yr;
    }
    if (this.isDay(i) && this.afterWaw(i + 1) >= 0) {
      // 20 و21 مارس 2022: two days of one month (or more: 8 و9 و10 مارس)
      const w = this.lastListDay(this.afterWaw(i + 1));
      const b = this.isDay(w) ? this.absAt(w, false) : undefined;
      const a = b !== undefined && b.day > 0 ? this.sideAt(i) : undefined;
      return a !== undefined && b !== undefined ? this.makeRange(i, a, b) : undefined;
    }
    if (this.isDay(i) && this.isPunct(i + 1, DASH) && this.isDay(i + 2)) {
      const b = this.absAt(i + 2, false);
      const a = this.sideAt(i);
      if (b !== undefined && b.day > 0 && a !== undefined) return this.makeRange(i, a, b);
      return undefined;
    }
    const mo = this.month(i);
    if (mo !== undefined && !mo.typo && this.isPunct(mo.endToken, DASH)) {
      const b = this.absAt(mo.endToken + 1, false);
      if (b === undefined || b.day !== 0) return undefined;
      const a = absoluteDate(i, this.fsOf(i));
      a.calendar = mo.calendar;
      a.month = mo.month;
      a.endToken = mo.endToken;
      return this.makeRange(i, a, b);
    }
    return undefined;
  }

  /**
   * In a list of days (8 و9 و10 مارس), the index of the last day number, from the second one at
   * `w`: at most {@link MAX_LIST} days are skipped, so the look-ahead stays bounded.
   */
  private lastListDay(w: number): number {
    for (let n = 0; n < MAX_LIST && this.isDay(w); n++) {
      const nx = this.afterWaw(w + 1);
      if (nx < 0 || !this.isDay(nx)) break;
      w = nx;
    }
    return w;
  }

  /** A day number alone after يومي … و (يومي 21 و22): a day of the reference's month. */
  private dayOfThisMonth(i: number): AbsoluteDate | undefined {
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
  private yearRangeAt(i: number): Range | undefined {
    const a = this.at(i);
    const s = this.at(i + 1);
    const b = this.at(i + 2);
    if (a === undefined || s === undefined || b === undefined) return undefined;
    if (a.kind !== NUM || s.kind !== PUNCT || b.kind !== NUM || a.digits !== 4 || b.digits !== 4) return undefined;
    if ((s.value !== DASH && s.value !== SLASH) || b.value <= a.value || b.value - a.value > 100 || a.value < 1000) return undefined;
    const p = this.at(i - 1);
    if (p !== undefined && p.kind === PUNCT && !a.spaceBefore && (p.value === SLASH || p.value === DASH || p.value === DOT)) return undefined;
    const nx = this.at(i + 3);
    const nn = this.at(i + 4);
    if (nx !== undefined && nx.kind === PUNCT && !nx.spaceBefore && (nx.value === SLASH || nx.value === DASH || nx.value === DOT) && nn !== undefined && nn.kind === NUM) {
      return undefined;
    }
    const x = absoluteDate(i, a.start);
    x.year = a.value;
    x.endToken = i + 1;
    const y = absoluteDate(i + 2, b.start);
    y.year = b.value;
    y.endToken = i + 3;
    if (this.isW(i + 3, W_HMARK) || this.isW(i + 3, W_GMARK)) {
      x.calendar = y.calendar = this.isW(i + 3, W_HMARK) ? 1 : 0;
      y.endToken = i + 4;
    }
    return { type: RANGE, from: x, to: y, firstToken: i, startOffset: a.start, endToken: y.endToken };
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
