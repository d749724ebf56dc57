/**
 * Absolute dates: day-month(-year) with a month name, month-year, numeric dates, years alone,
 * and a Hijri date joined to its Gregorian equivalent.
 *
 * @internal
 */
import { K_REL, W_LI, W_MIN, W_MUQARANA, W_MUWAFIQ, W_THEMONTH, W_THEYEAR, W_WAW } from '../lexicon.js';
import { hasClitic, NUM, PUNCT, WORD } from '../tokenize.js';
import { CLOSE_PAREN, COLON, COMMA, DASH, DOT, OPEN_PAREN, SLASH } from '../char-codes.js';
import { COMBINED, MAX_LIST, absoluteDate, relOffset } from './nodes.js';
import type { AbsoluteDate, Point } from './nodes.js';
import {
  BAAD_WORD,
  BA_WORD,
  FI_WORD,
  HATTA_WORD,
  HULUL_WORD,
  KHILAL_WORD,
  LIGHAYA_WORD,
  MUNDHU_WORD,
  MUQARANA_WORD,
  QABL_WORD,
  TokenCursor,
} from './token-cursor.js';

/** The rules for absolute dates. */
export class AbsoluteDates extends TokenCursor {
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
        d = o.day;
        k = o.endToken;
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
    } else if (
      this.isW(j + (this.isW(j, W_MIN) ? 1 : 0), W_THEYEAR) &&
      this.kind(j + (this.isW(j, W_MIN) ? 2 : 1)) === K_REL
    ) {
      // مارس من العام الماضي، 15 مارس العام المقبل
      const q = j + (this.isW(j, W_MIN) ? 2 : 1);
      r.yearOffset = relOffset(this.val(q));
      j = q + 1;
    } else if (r.day === 0 && !dual && !shahr && !bare) {
      const pc = this.code(this.prevIdx(i));
      const ok =
        !mo.ambiguous &&
        (pc === FI_WORD || pc === KHILAL_WORD || pc === MUNDHU_WORD || pc === HATTA_WORD || pc === LIGHAYA_WORD);
      if (!ok) return undefined;
    }
    r.endToken = j;
    return r;
  }

  /**
   * Whether a bare four-digit number at `i` is licensed as a year by the word before it, or by
   * a licensed year before it in a list (في 2019 و2020; at most {@link MAX_LIST} deep).
   */
  #yearContext(i: number, depth = 0): boolean {
    const p = this.prevIdx(i);
    const c = this.code(p);
    if (this.isW(i - 1, W_WAW) && depth < MAX_LIST) {
      const y = i - 2;
      const t = this.at(y);
      if (t !== undefined && t.kind === NUM && t.digits === 4 && t.value >= 1000)
        return !this.counts(i + 1) && this.#yearContext(y, depth + 1);
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
    return t !== undefined && t.kind === WORD && !hasClitic(t) && t.value === BA_WORD && this.isW(p - 1, W_MUQARANA);
  }

  /** A year alone: عام 2015، 2016م، 1445 هـ، منذ 2015 (or any four-digit year when `bare`). */
  yearAt(i: number, bare: boolean): AbsoluteDate | undefined {
    let k = i;
    let hm = false;
    let word = false;
    if (this.isYearWord(i)) {
      // الأمن العام، الأمين العام، المدير العام: after a definite noun, العام is "general"
      const p = this.at(i - 1);
      if (
        p !== undefined &&
        p.kind === WORD &&
        (p.value === 0 && p.start < 0 ? p.lastDefinite : p.definite) &&
        this.isW(i, W_THEYEAR)
      )
        return undefined;
      word = true;
      k++;
      const era = this.era(k);
      if (era >= 0) {
        hm = era === 1;
        k++;
      }
    }
    const yh = this.year(k, word ? 1 : 0);
    if (yh === undefined) return undefined;
    if (!word && yh.eraMarker < 0 && !bare && !this.#yearContext(i)) return undefined;
    const r = absoluteDate(i, this.fsOf(i));
    r.calendar = hm || yh.eraMarker === 1 ? 1 : 0;
    r.year = yh.year;
    r.endToken = yh.endToken;
    return r;
  }

  /** A numeric date: d/m/y, y/m/d, ISO, dotted, with an optional هـ. */
  numericAt(i: number): AbsoluteDate | undefined {
    // Token by token, so that no token past the first mismatch is read (see TokenCursor.overrun).
    const a = this.at(i);
    if (a === undefined || a.kind !== NUM) return undefined;
    const s1 = this.at(i + 1);
    if (s1 === undefined || s1.kind !== PUNCT) return undefined;
    const sep = s1.value;
    if (sep !== SLASH && sep !== DASH && sep !== DOT) return undefined;
    const b = this.at(i + 2);
    if (b === undefined || b.kind !== NUM) return undefined;
    const s2 = this.at(i + 3);
    if (s2 === undefined || s2.kind !== PUNCT || s2.value !== sep) return undefined;
    const c = this.at(i + 4);
    if (c === undefined || c.kind !== NUM) return undefined;
    if (s1.spaceBefore !== b.spaceBefore || b.spaceBefore !== s2.spaceBefore || s2.spaceBefore !== c.spaceBefore)
      return undefined;
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
    const p = this.at(i - 1);
    if (
      p !== undefined &&
      !a.spaceBefore &&
      p.kind === PUNCT &&
      (p.value === sep || p.value === DOT || p.value === COLON)
    )
      return undefined;
    const nx = this.at(i + 5);
    if (nx !== undefined && nx.kind === PUNCT && !nx.spaceBefore && (nx.value === sep || nx.value === DOT)) {
      const nn = this.at(i + 6);
      if (nn !== undefined && nn.kind === NUM && !nn.spaceBefore) return undefined;
    }
    if (p !== undefined && p.kind === NUM && !a.spaceBefore) return undefined;
    const r = absoluteDate(i, a.start);
    r.year = y;
    r.month = m;
    r.day = d;
    r.endToken = i + 5;
    const era = this.era(i + 5);
    if (era === 1) {
      r.calendar = 1;
      r.endToken = i + 6;
      return y >= 1000 ? r : undefined;
    }
    if (era === 0) r.endToken = i + 6;
    // A numeric Gregorian date in the news is modern; 1400/01/01 is a Persian date, 1443/09/15 a
    // Hijri one without its marker.
    return y >= 1800 && y <= 2200 ? r : undefined;
  }

  /** Joins a Hijri date and its Gregorian equivalent (الموافق, in parentheses, or after / or - with era markers). */
  protected withCombo(p: AbsoluteDate): Point {
    let k = p.endToken;
    let mark = this.punct(k);
    if (mark === COMMA) mark = this.punct(++k);
    const paren = mark === OPEN_PAREN;
    const sep = mark === SLASH || mark === DASH;
    if (paren || sep) k++;
    const muwafiq = this.isW(k, W_MUWAFIQ);
    if (muwafiq) {
      k++;
      if (this.isW(k, W_LI)) k++;
    }
    const pt = this.at(k);
    if (!paren && !sep && !muwafiq) {
      // 1445 هـ (2024): a parenthesised year after a Hijri year is its Gregorian equivalent
      if (
        p.calendar === 1 &&
        p.month === 0 &&
        pt !== undefined &&
        pt.kind === NUM &&
        pt.parenthesized &&
        pt.digits === 4 &&
        pt.value >= 1000
      ) {
        const q = absoluteDate(k, pt.start);
        q.year = pt.value;
        q.endToken = k + 1;
        return {
          type: COMBINED,
          first: p,
          second: q,
          firstToken: p.firstToken,
          startOffset: p.startOffset,
          endToken: k + 1,
        };
      }
      return p;
    }
    const q = this.numericAt(k) ?? this.absAt(k, false) ?? this.yearAt(k, false);
    if (q === undefined || q.calendar === p.calendar || q.year === 0) return p;
    // 1443هـ/2022م: a bare slash or dash joins two dates only when both carry their era marker.
    if (sep && !muwafiq && (this.era(p.endToken - 1) < 0 || this.era(q.endToken - 1) < 0)) return p;
    let e = q.endToken;
    if (paren && this.isPunct(e, CLOSE_PAREN)) e++;
    return { type: COMBINED, first: p, second: q, firstToken: p.firstToken, startOffset: p.startOffset, endToken: e };
  }
}
