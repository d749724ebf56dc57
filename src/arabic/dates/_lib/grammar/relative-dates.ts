/**
 * Relative dates: أمس، اليوم، غدا، قبل ثلاثة أيام، الشهر الماضي, weekdays, period parts
 * (مطلع، منتصف، أواخر), and a relative day written with its explicit date.
 *
 * @internal
 */
import {
  K_NUMW,
  K_REL,
  K_UNIT,
  K_W,
  K_WD,
  KIND_SHIFT,
  VALUE_MASK,
  W_AMS,
  W_AWWAL,
  W_BAAD,
  W_FI,
  W_GHAD,
  W_GHADAN,
  W_LI,
  W_MIN,
  W_MUNDHU,
  W_MUWAFIQ,
  W_PRAYER,
  W_QABL,
  W_THEMONTH,
  W_THEYEAR,
  W_THIS,
  W_TODAY,
} from '../lexicon.js';
import { hasClitic, NUM, WORD } from '../tokenize.js';
import { CLOSE_PAREN, COMMA, DASH, OPEN_PAREN } from '../char-codes.js';
import { RELATIVE, RELATIVE_WEEKDAY, relOffset } from './nodes.js';
import type { Point, RelativeOffset } from './nodes.js';
import { DAY_SINGULAR, NEWS_WORD, THAT_WORD } from './token-cursor.js';
import { AbsoluteDates } from './absolute-dates.js';

/** The rules for relative dates, on top of the absolute ones they combine with. */
export class RelativeDates extends AbsoluteDates {
  /** Relative expressions: أمس، اليوم، غدا، الشهر الماضي، قبل ثلاثة أيام… */
  relAt(i: number): RelativeOffset | undefined {
    const code = this.code(i);
    if (code < 0 || code >> KIND_SHIFT !== K_W) return undefined;
    const id = code & VALUE_MASK;
    switch (id) {
      case W_AMS:
        return this.#withWeekday(this.isFirstWord(i + 1) ? this.#rel(i, 1, -2, i + 2) : this.#rel(i, 1, -1, i + 1));
      case W_AWWAL:
        if (this.isW(i + 1, W_AMS)) return this.#withWeekday(this.#rel(i, 1, -2, i + 2));
        if (this.isW(i + 1, W_MIN) && this.isW(i + 2, W_AMS)) return this.#withWeekday(this.#rel(i, 1, -2, i + 3));
        return undefined;
      case W_TODAY: {
        const pc = this.code(i - 1);
        if (pc === NEWS_WORD || pc === THAT_WORD) return undefined;
        if (this.kind(i + 1) === K_WD) return this.#withWeekday(this.#rel(i, 1, 0, i + 1));
        const nt = this.at(i + 1);
        if (nt !== undefined && nt.kind === WORD && !hasClitic(nt) && nt.definite) return undefined; // اليوم الوطني، اليوم السابع
        return this.#rel(i, 1, 0, i + 1);
      }
      case W_GHADAN:
        return this.#withWeekday(this.#rel(i, 1, 1, i + 1));
      case W_GHAD:
        return this.code(i - 1) === DAY_SINGULAR ? this.#rel(i, 1, 1, i + 1) : undefined;
      case W_BAAD:
        if (this.isW(i + 1, W_GHAD)) return this.#rel(i, 1, 2, i + 2);
        return this.#countAt(i, 1);
      case W_QABL:
      case W_MUNDHU:
        return this.#countAt(i, -1);
      case W_THEMONTH:
      case W_THEYEAR:
        if (this.kind(i + 1) === K_REL) {
          const q = this.val(i + 1);
          return this.#rel(i, id === W_THEMONTH ? 3 : 4, relOffset(q), i + 2);
        }
        return undefined;
      case W_THIS:
        if (this.isW(i + 1, W_THEMONTH)) return this.#rel(i, 3, 0, i + 2);
        if (this.isW(i + 1, W_THEYEAR)) return this.#rel(i, 4, 0, i + 2);
        return undefined;
      default:
        return undefined;
    }
  }

  /** A relative offset from token `i` to end index `e`. */
  #rel(i: number, unit: number, n: number, e: number): RelativeOffset {
    return {
      type: RELATIVE,
      unit,
      offset: n,
      weekday: -1,
      part: -1,
      firstToken: i,
      startOffset: this.fsOf(i),
      endToken: e,
    };
  }

  /** Consumes a weekday after a relative day (أمس الخميس) for the weekday check. */
  #withWeekday(r: RelativeOffset): RelativeOffset {
    if (this.kind(r.endToken) === K_WD) {
      r.weekday = this.val(r.endToken);
      r.endToken++;
    }
    return r;
  }

  /** قبل/منذ/بعد + count + unit. */
  #countAt(i: number, sign: number): RelativeOffset | undefined {
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
    return {
      type: RELATIVE,
      unit,
      offset: n * sign,
      weekday: -1,
      part: -1,
      firstToken: i,
      startOffset: this.fsOf(i),
      endToken: k + 1,
    };
  }

  /** A weekday: with a date (weekday check), with الماضي/المقبل, or bare. */
  protected weekdayAt(i: number): Point | undefined {
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
      return {
        type: RELATIVE_WEEKDAY,
        weekday: wd,
        direction: q === 1 ? -1 : q === 2 ? 1 : 0,
        firstToken: i,
        startOffset: this.fsOf(i),
        endToken: i + 2,
      };
    }
    return {
      type: RELATIVE_WEEKDAY,
      weekday: wd,
      direction: this.at(i)?.tense === 1 ? 2 : 0,
      firstToken: i,
      startOffset: this.fsOf(i),
      endToken: i + 1,
    };
  }

  /** A period part (مطلع/منتصف/أواخر) + month, year or relative month/year. */
  protected qualAt(i: number): Point | undefined {
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

  /**
   * A relative day written with its explicit date (اليوم الخميس 7 أكتوبر، أمس (6 أكتوبر)): the
   * explicit date is the reading, the whole is the match, and the relative day is kept to check
   * that the two agree.
   */
  protected withExplicit(r: RelativeOffset): Point {
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
}
