/**
 * The date grammar: a small recursive-descent parser over tokens. Every rule looks at most a
 * fixed number of tokens ahead, so scanning a text is linear in its length.
 *
 * @internal
 */
import {
  K_GM,
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

/** An absolute (possibly partial) date: day, month, year, with calendar 0 Gregorian, 1 Hijri. */
export interface Abs {
  readonly t: 0;
  /** 0 Gregorian, 1 Hijri, -1 unknown (day-only side of a range). */
  cal: number;
  /** Year, 0 when missing. */
  y: number;
  /** Month 1–12, 0 when missing. */
  m: number;
  /** Day 1–31, 0 when missing. */
  d: number;
  /** Stated weekday, -1 when none. */
  wd: number;
  /** Period part 0 early, 1 middle, 2 late, -1 none. */
  part: number;
  /** Month qualifier: 0 none, 1 past, 2 next, 3 current. */
  rel: number;
  /** Two month names that disagree. */
  conflict: boolean;
  /** Year given relative to the reference's (مارس من العام الماضي): offset, or NaN when not. */
  yoff: number;
  /** Month given relative to the reference's (15 من الشهر الجاري): offset, or NaN when not. */
  moff: number;
  /** Day offset from the reference of a relative word written with the date (اليوم 7 أكتوبر: 0), or NaN. */
  rday: number;
  /** First token index. */
  ti: number;
  /** Start offset in the original text. */
  fs: number;
  /** End token index (exclusive). */
  e: number;
}

/** A relative offset from the reference: unit 1 day, 3 month, 4 year. */
export interface Rel {
  readonly t: 1;
  unit: number;
  n: number;
  wd: number;
  part: number;
  ti: number;
  fs: number;
  e: number;
}

/** A weekday relative to the reference: dir -1 previous, 1 next, 0 latest on or before, 2 first on or after. */
export interface RelWd {
  readonly t: 2;
  wd: number;
  dir: number;
  ti: number;
  fs: number;
  e: number;
}

/** A range of two points. */
export interface Range {
  readonly t: 3;
  a: Point;
  b: Point;
  ti: number;
  fs: number;
  e: number;
}

/** A Hijri date with its Gregorian equivalent (or the reverse), `a` written first. */
export interface Combo {
  readonly t: 4;
  a: Abs;
  b: Abs;
  ti: number;
  fs: number;
  e: number;
}

export type Point = Abs | Rel | RelWd | Combo;
export type DateNode = Point | Range;

interface MonthHit {
  cal: number;
  m: number;
  amb: boolean;
  /** A misspelt month name: only read beside a day or a year. */
  typo: boolean;
  e: number;
}

interface YearHit {
  y: number;
  /** Marker: -1 none, 0 Gregorian (م), 1 Hijri (هـ). */
  cal: number;
  /** End token after the number. */
  ne: number;
  /** End token after the marker. */
  e: number;
}

const WAW_CHAR = 0x0648;

/** The most days a list (8 و9 و10 مارس) may hold. */
const MAX_LIST = 8;

/** Code of أيام (days), which leads a list of days like يومي. */
const AYYAM = (K_UNIT << 8) | 1;


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

function abs(ti: number, fs: number): Abs {
  return { t: 0, cal: 0, y: 0, m: 0, d: 0, wd: -1, part: -1, rel: 0, conflict: false, yoff: Number.NaN, moff: Number.NaN, rday: Number.NaN, ti, fs, e: ti };
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
    return t !== undefined && t.k === WORD ? t.v : -1;
  }

  private kind(i: number): number {
    const c = this.code(i);
    return c > 0 ? c >> 8 : -1;
  }

  private val(i: number): number {
    return this.code(i) & 0xff;
  }

  private isW(i: number, id: number): boolean {
    return this.code(i) === ((K_W << 8) | id);
  }

  /** Whether token `i` is the word الأول itself (no clitic). */
  private isFirstWord(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.k === WORD && t.n === 0 && t.v === ((K_ORD << 8) | 1);
  }

  private isPunct(i: number, ch: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.k === PUNCT && t.v === ch;
  }

  /** Start offset of token `i` in the original text, after a stripped clitic. */
  fsOf(i: number): number {
    const t = this.at(i);
    return t === undefined ? 0 : t.cs;
  }

  /** End offset in the original text of the token before end index `e`. */
  feOf(e: number): number {
    const t = this.at(e - 1);
    return t === undefined ? 0 : t.e;
  }

  /** Index of the word before `i`, skipping a clitic word glued to a number (بـ2019، الـ18). */
  prevIdx(i: number): number {
    const t = this.at(i);
    const p = this.at(i - 1);
    if (t !== undefined && p !== undefined && t.k === NUM && !t.sp && p.k === WORD && p.l >= 1 && p.l <= 3) return i - 2;
    return i - 1;
  }

  private isDay(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.k === NUM && t.n <= 2 && t.v >= 1 && t.v <= 31;
  }

  /** Start of a day number, including a glued الـ (الـ18). */
  private dayStart(i: number): number {
    const t = this.at(i);
    const p = this.at(i - 1);
    if (t === undefined) return 0;
    if (p !== undefined && !t.sp && p.k === WORD && p.al >= 0) return p.al;
    return t.s;
  }

  private isYearWord(i: number): boolean {
    return this.code(i) === ((K_UNIT << 8) | 4 | 8) || this.isW(i, W_THEYEAR);
  }

  private isShahr(i: number): boolean {
    return this.code(i) === ((K_UNIT << 8) | 3 | 8);
  }

  private isConnector(i: number): boolean {
    return this.isW(i, W_ILA) || this.isW(i, W_HATTA) || this.isW(i, W_LIGHAYA);
  }

  /** Token index where the second member after a و starts, or -1. */
  private afterWaw(i: number): number {
    if (this.isW(i, W_WAW)) return i + 1;
    const t = this.at(i);
    if (t !== undefined && t.k === WORD && t.n >= 1 && t.f === WAW_CHAR) return i;
    return -1;
  }

  /** A month name (one or two words) at `i`. */
  month(i: number): MonthHit | undefined {
    const k = this.kind(i);
    const v = this.val(i);
    if (k === K_GM || k === K_HM) return { cal: k === K_GM ? 0 : 1, m: v & 15, amb: (v & 16) !== 0, typo: (v & TYPO) !== 0, e: i + 1 };
    if (k !== K_HEAD) return undefined;
    const nt = this.at(i + 1);
    if (nt === undefined) return undefined;
    let s = 0;
    if (nt.k === WORD) s = nt.s2;
    else if (nt.k === NUM && nt.n === 1 && (nt.v === 1 || nt.v === 2)) s = nt.v;
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
    return m === 0 ? undefined : { cal, m, amb: false, typo: false, e: i + 2 };
  }

  /**
   * A year at `i`, with an optional era marker after it: four digits (1000 and later), or —
   * where `short` allows — fewer: with `short` ≥ 1 (after a month name or عام) any year written
   * with its era marker (`963 هـ`, `عام 50 م`), with `short` 2 (after a day and a month) also a
   * three-digit year that ends the text or a clause (`6 يناير 686`).
   */
  private year(i: number, short = 0): YearHit | undefined {
    const t = this.at(i);
    if (t === undefined || t.k !== NUM) return undefined;
    const four = t.n === 4 && t.v >= 1000;
    if (!four && (short === 0 || t.n > 4 || t.v < 1)) return undefined;
    const nx = this.at(i + 1);
    const nn = this.at(i + 2);
    if (nx !== undefined && nx.k === PUNCT && !nx.sp && nn !== undefined && nn.k === NUM && !nn.sp) {
      const c = nx.v;
      if (c === 0x2f || c === 0x2d || c === 0x2e || c === 0x3a) return undefined; // 2020/2021, 2021.5, 2021:
    }
    if (this.isW(i + 1, W_HMARK)) return { y: t.v, cal: 1, ne: i + 1, e: i + 2 };
    if (this.isW(i + 1, W_GMARK)) return { y: t.v, cal: 0, ne: i + 1, e: i + 2 };
    if (!four && !(short === 2 && t.n === 3 && (nx === undefined || nx.k === PUNCT))) return undefined;
    return { y: t.v, cal: -1, ne: i + 1, e: i + 1 };
  }

  /** An ordinal day word (الثامن عشر، الحادي والثلاثين، أول، غرة). */
  private ordinal(i: number): { d: number; e: number } | undefined {
    if (this.isW(i, W_AWWAL) || this.isW(i, W_GHURRA)) return { d: 1, e: i + 1 };
    if (this.kind(i) !== K_ORD) return undefined;
    const v = this.val(i);
    if (v === 10 || v === 20 || v === 30) return { d: v, e: i + 1 };
    const u = v === 101 ? 1 : v;
    if (this.code(i + 1) === ((K_NUMW << 8) | 10) && this.at(i + 1)?.n === 0) return { d: 10 + u, e: i + 2 };
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
  absAt(i: number, bare: boolean): Abs | undefined {
    let d = 0;
    let fs = this.fsOf(i);
    let k = i;
    let shahr = false;
    if (this.isDay(i)) {
      if (this.afterTime(i)) return undefined;
      d = this.at(i)?.v ?? 0;
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
      const r = abs(i, fs);
      r.d = d;
      r.moff = relOffset(this.val(k + 1));
      r.e = k + 2;
      return r;
    }
    const r = abs(i, fs);
    r.cal = mo.cal;
    r.m = mo.m;
    r.d = d;
    let j = mo.e;
    if (mo.typo && d === 0 && this.year(j) === undefined) return undefined; // ديسمر alone is not a month
    let dual = false;
    if (this.isPunct(j, 0x28)) {
      const m2 = this.month(j + 1);
      if (m2 !== undefined && this.isPunct(m2.e, 0x29)) {
        dual = true;
        r.conflict = m2.m !== mo.m || m2.cal !== mo.cal;
        j = m2.e + 1;
      }
    } else if (this.isPunct(j, 0x2f)) {
      const m2 = this.month(j + 1);
      if (m2 !== undefined) {
        dual = true;
        r.conflict = m2.m !== mo.m || m2.cal !== mo.cal;
        j = m2.e;
      }
    }
    // Month-first byline: ديسمبر 18، 2021
    if (d === 0 && this.isDay(j)) {
      const c = this.isPunct(j + 1, 0x2c) ? j + 2 : j + 1;
      if (this.year(c) !== undefined) {
        r.d = this.at(j)?.v ?? 0;
        j = c;
      }
    }
    let y = j;
    if (this.isPunct(y, 0x2c)) y++;
    if (this.isW(y, W_MIN) && this.isYearWord(y + 1)) y += 2;
    else if (this.isYearWord(y)) y++;
    const yh = this.year(y, r.d > 0 ? 2 : 1);
    if (yh !== undefined) {
      r.y = yh.y;
      j = yh.cal < 0 || yh.cal === r.cal ? yh.e : yh.ne;
    } else if (this.kind(j) === K_REL) {
      r.rel = this.val(j);
      j++;
    } else if (this.isW(j + (this.isW(j, W_MIN) ? 1 : 0), W_THEYEAR) && this.kind(j + (this.isW(j, W_MIN) ? 2 : 1)) === K_REL) {
      // مارس من العام الماضي، 15 مارس العام المقبل
      const q = j + (this.isW(j, W_MIN) ? 2 : 1);
      r.yoff = relOffset(this.val(q));
      j = q + 1;
    } else if (r.d === 0 && !dual && !shahr && !bare) {
      const pc = this.code(this.prevIdx(i));
      const ok =
        !mo.amb &&
        (pc === ((K_W << 8) | W_FI) ||
          pc === ((K_W << 8) | W_KHILAL) ||
          pc === ((K_W << 8) | W_MUNDHU) ||
          pc === ((K_W << 8) | W_HATTA) ||
          pc === ((K_W << 8) | W_LIGHAYA));
      if (!ok) return undefined;
    }
    r.e = j;
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
      if (t !== undefined && t.k === NUM && t.n === 4 && t.v >= 1000) return !this.counts(i + 1) && this.yearContext(y, depth + 1);
    }
    if (c === ((K_W << 8) | W_MUNDHU) || c === ((K_W << 8) | W_HATTA) || c === ((K_W << 8) | W_LIGHAYA) || c === ((K_W << 8) | W_KHILAL)) {
      return true;
    }
    // مقارنة بـ2019 / مقارنة ب 2019
    if (c === ((K_W << 8) | W_MUQARANA)) return true;
    // في 2019، بحلول 2035، قبل 2011، بعد 2003 — unless the number counts something (في 2019 حالة، قبل 2000 عام)
    if (c === ((K_W << 8) | W_FI) || c === ((K_W << 8) | W_HULUL) || c === ((K_W << 8) | W_QABL) || c === ((K_W << 8) | W_BAAD)) {
      return !this.counts(i + 1);
    }
    const t = this.at(p);
    return t !== undefined && t.k === WORD && t.n === 0 && t.v === ((K_W << 8) | W_BA) && this.isW(p - 1, W_MUQARANA);
  }

  /** Whether token `i` is what a number before it counts: a unit (عام، أيام) or a counted noun (عنصرا، دولار). */
  private counts(i: number): boolean {
    const c = this.code(i);
    return c === COUNTED_CODE || c >> 8 === K_UNIT;
  }

  /** A year alone: عام 2015، 2016م، 1445 هـ، منذ 2015 (or any four-digit year when `bare`). */
  yearAt(i: number, bare: boolean): Abs | undefined {
    let k = i;
    let hm = false;
    let word = false;
    if (this.isYearWord(i)) {
      // الأمن العام، الأمين العام، المدير العام: after a definite noun, العام is "general"
      const p = this.at(i - 1);
      if (p !== undefined && p.k === WORD && (p.v === 0 && p.s < 0 ? p.f === 1 : p.def) && this.isW(i, W_THEYEAR)) return undefined;
      word = true;
      k++;
      if (this.isW(k, W_HMARK) || this.isW(k, W_GMARK)) {
        hm = this.isW(k, W_HMARK);
        k++;
      }
    }
    const yh = this.year(k, word ? 1 : 0);
    if (yh === undefined) return undefined;
    if (!word && yh.cal < 0 && !bare && !this.yearContext(i)) return undefined;
    const r = abs(i, this.fsOf(i));
    r.cal = hm || yh.cal === 1 ? 1 : 0;
    r.y = yh.y;
    r.e = yh.e;
    return r;
  }

  /** A numeric date: d/m/y, y/m/d, ISO, dotted, with an optional هـ. */
  numericAt(i: number): Abs | undefined {
    const t = this.toks;
    const a = t[i];
    const s1 = t[i + 1];
    const b = t[i + 2];
    const s2 = t[i + 3];
    const c = t[i + 4];
    if (a === undefined || s1 === undefined || b === undefined || s2 === undefined || c === undefined) return undefined;
    if (a.k !== NUM || s1.k !== PUNCT || b.k !== NUM || s2.k !== PUNCT || c.k !== NUM) return undefined;
    const sep = s1.v;
    if ((sep !== 0x2f && sep !== 0x2d && sep !== 0x2e) || s2.v !== sep) return undefined;
    if (s1.sp !== b.sp || b.sp !== s2.sp || s2.sp !== c.sp) return undefined;
    if (b.n > 2) return undefined;
    let y: number;
    let d: number;
    if (a.n === 4 && c.n <= 2) {
      y = a.v;
      d = c.v;
    } else if (a.n <= 2 && c.n === 4) {
      y = c.v;
      d = a.v;
    } else return undefined;
    const m = b.v;
    if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
    // Not part of a longer chain (IP addresses, phone numbers, versions).
    const p = i > 0 ? t[i - 1] : undefined;
    if (p !== undefined && !a.sp && p.k === PUNCT && (p.v === sep || p.v === 0x2e || p.v === 0x3a)) return undefined;
    const nx = t[i + 5];
    const nn = t[i + 6];
    if (nx !== undefined && nx.k === PUNCT && !nx.sp && (nx.v === sep || nx.v === 0x2e) && nn !== undefined && nn.k === NUM && !nn.sp) {
      return undefined;
    }
    if (p !== undefined && p.k === NUM && !a.sp) return undefined;
    const r = abs(i, a.s);
    r.y = y;
    r.m = m;
    r.d = d;
    r.e = i + 5;
    if (this.isW(i + 5, W_HMARK)) {
      r.cal = 1;
      r.e = i + 6;
      return y >= 1000 ? r : undefined;
    }
    if (this.isW(i + 5, W_GMARK)) r.e = i + 6;
    // A numeric Gregorian date in the news is modern; 1400/01/01 is a Persian date, 1443/09/15 a
    // Hijri one without its marker.
    return y >= 1800 && y <= 2200 ? r : undefined;
  }

  /** Relative expressions: أمس، اليوم، غدا، الشهر الماضي، قبل ثلاثة أيام… */
  relAt(i: number): Rel | undefined {
    const code = this.code(i);
    if (code < 0 || code >> 8 !== K_W) return undefined;
    const id = code & 0xff;
    switch (id) {
      case W_AMS:
        return this.withWeekday(this.isFirstWord(i + 1) ? this.rel(i, 1, -2, i + 2) : this.rel(i, 1, -1, i + 1));
      case W_AWWAL:
        if (this.isW(i + 1, W_AMS)) return this.withWeekday(this.rel(i, 1, -2, i + 2));
        if (this.isW(i + 1, W_MIN) && this.isW(i + 2, W_AMS)) return this.withWeekday(this.rel(i, 1, -2, i + 3));
        return undefined;
      case W_TODAY: {
        const pc = this.code(i - 1);
        if (pc === ((K_W << 8) | W_NEWS) || pc === ((K_W << 8) | W_THAT)) return undefined;
        if (this.kind(i + 1) === K_WD) return this.withWeekday(this.rel(i, 1, 0, i + 1));
        const nt = this.at(i + 1);
        if (nt !== undefined && nt.k === WORD && nt.n === 0 && nt.def) return undefined; // اليوم الوطني، اليوم السابع
        return this.rel(i, 1, 0, i + 1);
      }
      case W_GHADAN:
        return this.withWeekday(this.rel(i, 1, 1, i + 1));
      case W_GHAD:
        return this.code(i - 1) === ((K_UNIT << 8) | 1 | 8) ? this.rel(i, 1, 1, i + 1) : undefined;
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
  private rel(i: number, unit: number, n: number, e: number): Rel {
    return { t: 1, unit, n, wd: -1, part: -1, ti: i, fs: this.fsOf(i), e };
  }

  /** Consumes a weekday after a relative day (أمس الخميس) for the weekday check. */
  private withWeekday(r: Rel): Rel {
    if (this.kind(r.e) === K_WD) {
      r.wd = this.val(r.e);
      r.e++;
    }
    return r;
  }

  /** قبل/منذ/بعد + count + unit. */
  private countAt(i: number, sign: number): Rel | undefined {
    let n = 0;
    let k = i + 1;
    const t = this.at(k);
    if (t === undefined) return undefined;
    if (t.k === NUM && t.n <= 3) {
      n = t.v;
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
    return { t: 1, unit, n: n * sign, wd: -1, part: -1, ti: i, fs: this.fsOf(i), e: k + 1 };
  }

  /** A weekday: with a date (weekday check), with الماضي/المقبل, or bare. */
  private weekdayAt(i: number): Point | undefined {
    const wd = this.val(i);
    if (this.isW(i - 1, W_PRAYER)) return undefined;
    let k = i + 1;
    if (this.isPunct(k, 0x2c)) k++;
    if (this.isW(k, W_MUWAFIQ)) {
      k++;
      if (this.isW(k, W_LI)) k++;
    }
    const a = this.numericAt(k) ?? this.absAt(k, false);
    if (a !== undefined && a.d > 0) {
      a.wd = wd;
      a.ti = i;
      a.fs = this.fsOf(i);
      return this.withCombo(a);
    }
    if (this.kind(i + 1) === K_REL) {
      const q = this.val(i + 1);
      return { t: 2, wd, dir: q === 1 ? -1 : q === 2 ? 1 : 0, ti: i, fs: this.fsOf(i), e: i + 2 };
    }
    return { t: 2, wd, dir: this.at(i)?.tn === 1 ? 2 : 0, ti: i, fs: this.fsOf(i), e: i + 1 };
  }

  /** A period part (مطلع/منتصف/أواخر) + month, year or relative month/year. */
  private qualAt(i: number): Point | undefined {
    const part = this.val(i);
    const k = i + 1;
    const r = this.relAt(k);
    if (r !== undefined && r.unit !== 1) {
      r.part = part;
      r.ti = i;
      r.fs = this.fsOf(i);
      return r;
    }
    const a = this.absAt(k, true) ?? this.yearAt(k, true);
    if (a === undefined) return undefined;
    if (a.d === 0) a.part = part;
    a.ti = i;
    a.fs = this.fsOf(i);
    return this.withCombo(a);
  }

  /** Whether the date ends with an era marker (هـ or م), as both halves of `1443هـ/2022م` do. */
  private hasEraMarker(a: Abs): boolean {
    return this.isW(a.e - 1, W_HMARK) || this.isW(a.e - 1, W_GMARK);
  }

  /** Joins a Hijri date and its Gregorian equivalent (الموافق, in parentheses, or after / or - with era markers). */
  private withCombo(p: Abs): Point {
    let k = p.e;
    if (this.isPunct(k, 0x2c)) k++;
    const paren = this.isPunct(k, 0x28);
    const sep = !paren && (this.isPunct(k, 0x2f) || this.isPunct(k, 0x2d));
    if (paren || sep) k++;
    const muwafiq = this.isW(k, W_MUWAFIQ);
    if (muwafiq) {
      k++;
      if (this.isW(k, W_LI)) k++;
    }
    const pt = this.at(k);
    if (!paren && !sep && !muwafiq) {
      // 1445 هـ (2024): a parenthesised year after a Hijri year is its Gregorian equivalent
      if (p.cal === 1 && p.m === 0 && pt !== undefined && pt.k === NUM && pt.l === 1 && pt.n === 4 && pt.v >= 1000) {
        const q = abs(k, pt.s);
        q.y = pt.v;
        q.e = k + 1;
        return { t: 4, a: p, b: q, ti: p.ti, fs: p.fs, e: k + 1 };
      }
      return p;
    }
    const q = this.numericAt(k) ?? this.absAt(k, false) ?? this.yearAt(k, false);
    if (q === undefined || q.cal === p.cal || q.y === 0) return p;
    // 1443هـ/2022م: a bare slash or dash joins two dates only when both carry their era marker.
    if (sep && !muwafiq && !(this.hasEraMarker(p) && this.hasEraMarker(q))) return p;
    let e = q.e;
    if (paren && this.isPunct(e, 0x29)) e++;
    return { t: 4, a: p, b: q, ti: p.ti, fs: p.fs, e };
  }


  /** One date (not a range) at `i`; `bare` accepts a bare month or a bare four-digit year. */
  pointAt(i: number, bare: boolean): Point | undefined {
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (t.k === NUM) {
      const a = this.numericAt(i) ?? this.absAt(i, bare) ?? this.yearAt(i, bare);
      return a === undefined ? undefined : this.withCombo(a);
    }
    if (t.k !== WORD || t.v === 0) return undefined;
    const k = t.v >> 8;
    if (k === K_WD) return this.weekdayAt(i);
    if (k === K_QUAL) return this.qualAt(i);
    const r = this.relAt(i);
    if (r !== undefined) return r.unit === 1 && r.n >= -2 && r.n <= 2 ? this.withExplicit(r) : r;
    const a = this.absAt(i, bare) ?? this.yearAt(i, bare);
    return a === undefined ? undefined : this.withCombo(a);
  }

  /**
   * A relative day written with its explicit date (اليوم الخميس 7 أكتوبر، أمس (6 أكتوبر)): the
   * explicit date is the reading, the whole is the match, and the relative day is kept to check
   * that the two agree.
   */
  private withExplicit(r: Rel): Point {
    let k = r.e;
    if (this.isPunct(k, 0x2c) || this.isPunct(k, 0x2d)) k++;
    const paren = this.isPunct(k, 0x28);
    if (paren) k++;
    if (this.kind(k) === K_WD && r.wd < 0) {
      r.wd = this.val(k);
      k++;
      if (this.isPunct(k, 0x2c)) k++;
    }
    if (r.wd >= 0 && this.isW(k, W_FI)) k++; // اليوم الأربعاء في 17 كانون الثاني
    if (this.isW(k, W_MUWAFIQ)) {
      k++;
      if (this.isW(k, W_LI)) k++;
    }
    const a = this.numericAt(k) ?? this.absAt(k, false);
    if (a === undefined || a.d === 0) return r;
    if (paren) {
      if (!this.isPunct(a.e, 0x29)) return r;
      a.e++;
    }
    a.ti = r.ti;
    a.fs = r.fs;
    a.rday = r.n;
    if (r.wd >= 0 && a.wd < 0) a.wd = r.wd;
    return this.withCombo(a);
  }

  /** The first member of a range: a day number alone when a connector follows, else a point. */
  private sideAt(i: number): Point | undefined {
    if (this.isDay(i) && (this.isConnector(i + 1) || this.afterWaw(i + 1) >= 0 || this.isPunct(i + 1, 0x2d))) {
      const r = abs(i, this.dayStart(i));
      r.cal = -1;
      r.d = this.at(i)?.v ?? 0;
      r.e = i + 1;
      return r;
    }
    return this.pointAt(i, true);
  }

  /** Completes a partial first member from the second one and builds the range. */
  private makeRange(i: number, a: Point, b: Point): Range | undefined {
    if (a.t === 0 && b.t === 0) {
      if (a.cal < 0) {
        if ((b.m === 0 && Number.isNaN(b.moff)) || b.d === 0) return undefined;
        a.cal = b.cal;
        a.m = b.m;
        a.moff = b.moff;
        if (a.rel === 0) a.rel = b.rel;
      }
      if (a.y === 0 && Number.isNaN(a.yoff) && !Number.isNaN(b.yoff)) a.yoff = b.yoff;
      if (a.cal === b.cal) {
        if (a.y === 0 && b.y !== 0) a.y = a.m > b.m ? b.y - 1 : b.y;
        else if (b.y === 0 && a.y !== 0 && b.m !== 0) b.y = b.m < a.m ? a.y + 1 : a.y;
        if (a.rel === 0 && a.y === 0) a.rel = b.rel;
      }
    } else if (a.t === 0 && a.cal < 0) return undefined;
    return { t: 3, a, b, ti: i, fs: this.fsOf(i), e: b.e };
  }

  /** A range: من … إلى، بين … و، يومي … و، 12-14 مارس، يناير-مارس 2021. */
  rangeAt(i: number): Range | undefined {
    const t = this.at(i);
    if (t === undefined) return undefined;
    if (this.isW(i, W_MIN)) {
      const a = this.sideAt(i + 1);
      if (a === undefined || !this.isConnector(a.e)) return undefined;
      const b = this.pointAt(a.e + 1, true);
      return b === undefined ? undefined : this.makeRange(i, a, b);
    }
    if ((this.isYearWord(i) || this.isW(i, W_AMAY)) && this.at(i + 1)?.k === NUM) {
      // عام 2020/2021، عامي 2017-2019
      const yr = this.yearRangeAt(i + 1);
      if (yr !== undefined) {
        yr.ti = i;
        yr.fs = this.fsOf(i);
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
      let w = this.afterWaw(a.e);
      if (w < 0) return undefined;
      if (a.t === 0 && a.cal < 0) w = this.lastListDay(w);
      const b = this.pointAt(w, true) ?? (this.isW(i, W_YAWMAY) || this.isW(i + 1, W_YAWMAY) ? this.dayOfThisMonth(w) : undefined);
      return b === undefined ? undefined : this.makeRange(i, a, b);
    }
    if (t.k === NUM && t.n === 4) {
      const yr = this.yearRangeAt(i);
      if (yr !== undefined) return yr;
    }
    if (this.isDay(i) && this.afterWaw(i + 1) >= 0) {
      // 20 و21 مارس 2022: two days of one month (or more: 8 و9 و10 مارس)
      const w = this.lastListDay(this.afterWaw(i + 1));
      const b = this.isDay(w) ? this.absAt(w, false) : undefined;
      const a = b !== undefined && b.d > 0 ? this.sideAt(i) : undefined;
      return a !== undefined && b !== undefined ? this.makeRange(i, a, b) : undefined;
    }
    if (this.isDay(i) && this.isPunct(i + 1, 0x2d) && this.isDay(i + 2)) {
      const b = this.absAt(i + 2, false);
      const a = this.sideAt(i);
      if (b !== undefined && b.d > 0 && a !== undefined) return this.makeRange(i, a, b);
      return undefined;
    }
    const mo = this.month(i);
    if (mo !== undefined && !mo.typo && this.isPunct(mo.e, 0x2d)) {
      const b = this.absAt(mo.e + 1, false);
      if (b === undefined || b.d !== 0) return undefined;
      const a = abs(i, this.fsOf(i));
      a.cal = mo.cal;
      a.m = mo.m;
      a.e = mo.e;
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
  private dayOfThisMonth(i: number): Abs | undefined {
    if (!this.isDay(i)) return undefined;
    const r = abs(i, this.dayStart(i));
    r.d = this.at(i)?.v ?? 0;
    r.moff = 0;
    r.e = i + 1;
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
    if (a.k !== NUM || s.k !== PUNCT || b.k !== NUM || a.n !== 4 || b.n !== 4) return undefined;
    if ((s.v !== 0x2d && s.v !== 0x2f) || b.v <= a.v || b.v - a.v > 100 || a.v < 1000) return undefined;
    const p = this.at(i - 1);
    if (p !== undefined && p.k === PUNCT && !a.sp && (p.v === 0x2f || p.v === 0x2d || p.v === 0x2e)) return undefined;
    const nx = this.at(i + 3);
    const nn = this.at(i + 4);
    if (nx !== undefined && nx.k === PUNCT && !nx.sp && (nx.v === 0x2f || nx.v === 0x2d || nx.v === 0x2e) && nn !== undefined && nn.k === NUM) {
      return undefined;
    }
    const x = abs(i, a.s);
    x.y = a.v;
    x.e = i + 1;
    const y = abs(i + 2, b.s);
    y.y = b.v;
    y.e = i + 3;
    if (this.isW(i + 3, W_HMARK) || this.isW(i + 3, W_GMARK)) {
      x.cal = y.cal = this.isW(i + 3, W_HMARK) ? 1 : 0;
      y.e = i + 4;
    }
    return { t: 3, a: x, b: y, ti: i, fs: a.s, e: y.e };
  }

  /** Whether an expression can start at token `i` (a number, or a word that opens a rule). */
  canStart(i: number): boolean {
    const t = this.at(i);
    if (t === undefined) return false;
    if (t.k === NUM) return true;
    if (t.k !== WORD || t.v === 0) return false;
    const k = t.v >> 8;
    if (k === K_REL || k === K_NUMW) return false;
    return k !== K_W || STARTERS[t.v & 0xff] === true;
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
