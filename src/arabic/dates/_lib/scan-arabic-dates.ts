/**
 * The scanner shared by the public functions: tokenizes the text, runs the grammar at each
 * token, resolves each expression against the reference, and maps it back to original offsets.
 *
 * @internal
 */
import type { ArabicDate, ArabicDateEndpoint, ArabicDateHijri } from '../arabic-date.js';
import type { ArabicDateErrorCode } from '../arabic-date-error.js';
import type { ArabicDateOptions } from '../arabic-date-options.js';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isoDay,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDay,
  weekdayOf,
} from './gregorian-days.js';
import { DateGrammar } from './grammar/date-grammar.js';
import { ABSOLUTE, COMBINED, RANGE, RELATIVE_WEEKDAY } from './grammar/nodes.js';
import type { AbsoluteDate, Point } from './grammar/nodes.js';
import { createHijriConverter, hijriMonthSpan, hijriYearSpan } from './hijri-converter.js';
import type { HijriConverter } from './hijri-converter.js';
import { Tokenizer } from './tokenize.js';
import { checkOptionsObject } from '../../_lib/check-options.js';

/** A resolved end: calendar 0/1, precision 0 day / 1 month / 2 year, day numbers. */
interface ResolvedEnd {
  calendar: number;
  precision: number;
  startDay: number;
  endDay: number;
  hijri: ArabicDateHijri | undefined;
  relative: boolean;
  weekdayMismatch: boolean;
  part: number;
  /** Write `iso` as a Gregorian date even though `calendar` is Hijri (a Hijri date with its Gregorian equivalent). */
  gregorianIso: boolean;
  /** A relative day written with the date: -1 none or unchecked, 0 they agree, 1 they disagree. */
  relativeMismatch: number;
  /** Both calendars written: -1 no, 0 they agree, 1 they disagree. */
  calendarMismatch: number;
}

/** The Umm al-Qura converter (stateless; the `Intl` one beneath it is made on first use). */
const hijri = createHijriConverter;

/** One expression found: a date or the reason it cannot be resolved. */
export type ScanHit =
  | { readonly ok: true; readonly date: ArabicDate }
  | {
      readonly ok: false;
      readonly code: ArabicDateErrorCode;
      readonly text: string;
      readonly index: number;
      readonly endIndex: number;
    };

const OPTION_NAMES = ['reference'] as const;

/** The grammar every scan uses in turn (see `TokenCursor.toks`): once it holds the grammar a scan calls no outside code, so two never overlap. */
let grammar: DateGrammar | undefined;

/**
 * Code units tokenized first when only the first date is wanted; half as many again each time
 * more are needed. A sentence or a paragraph is read at once (reading it in pieces costs more
 * than it saves: dates tend to stand early in a sentence, its end is near); an article is read a
 * piece at a time and the rest of it never once its first date is found.
 */
const FIRST_CHUNK = 512;
/**
 * Tokens held past the current one before a rule is tried there (else the text is tokenized on
 * first): rules rarely read that far, so an expression is seldom read twice. Only speed depends
 * on it; reading past the tokens held is caught by the grammar (`overrun`) whatever it is.
 */
const LOOKAHEAD = 4;

/**
 * Checks the options object (for JavaScript callers) and reads `options.reference` as a day number.
 *
 * @param fn - Name of the public function, for the messages.
 * @throws TypeError for an unknown option or a reference that is neither a string nor a `Date`;
 *   RangeError when the reference is not a real date.
 */
export function referenceDay(fn: string, options: ArabicDateOptions | undefined): number | undefined {
  if (options === undefined) return undefined;
  // The common case, `{ reference }`, without building an array of keys.
  let plain = typeof options === 'object' && options !== null && !Array.isArray(options);
  if (plain) for (const key in options) if (key !== 'reference') plain = false;
  const ref = plain ? options.reference : checkOptionsObject(fn, options, OPTION_NAMES).reference;
  if (ref === undefined) return undefined;
  if (ref instanceof Date) {
    const t = ref.getTime();
    if (Number.isNaN(t)) throw new RangeError(`${fn}: options.reference is an invalid Date`);
    return Math.floor(t / 86400000);
  }
  if (typeof ref !== 'string') {
    const got =
      ref === null
        ? 'null'
        : Array.isArray(ref)
          ? 'an array'
          : typeof ref === 'object'
            ? 'an object'
            : `a ${typeof ref}`;
    throw new TypeError(`${fn}: options.reference must be a 'YYYY-MM-DD' string or a Date, got ${got}`);
  }
  const d = parseIsoDay(ref);
  if (d === undefined)
    throw new RangeError(`${fn}: options.reference must be a real day as 'YYYY-MM-DD' or a Date, got '${ref}'`);
  return d;
}

const PRECISIONS = ['day', 'month', 'year'] as const;
const PARTS = ['early', 'mid', 'late'] as const;

function resolvedEnd(cal: number, prec: number, s: number, e: number, hy: ArabicDateHijri | undefined): ResolvedEnd {
  return {
    calendar: cal,
    precision: prec,
    startDay: s,
    endDay: e,
    hijri: hy,
    relative: false,
    weekdayMismatch: false,
    part: -1,
    gregorianIso: false,
    relativeMismatch: -1,
    calendarMismatch: -1,
  };
}

function gregorianEnd(y: number, m: number, d: number): ResolvedEnd | ArabicDateErrorCode {
  if (y < MIN_YEAR || y > MAX_YEAR) return 'invalid_date';
  if (d > 0) {
    if (d > daysInMonth(y, m)) return 'invalid_date';
    const s = daysFromCivil(y, m, d);
    return resolvedEnd(0, 0, s, s, undefined);
  }
  if (m > 0) return resolvedEnd(0, 1, daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m)), undefined);
  return resolvedEnd(0, 2, daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31), undefined);
}

function hijriEnd(c: HijriConverter, y: number, m: number, d: number): ResolvedEnd | ArabicDateErrorCode {
  if (d > 0) {
    const s = c.fromHijri(y, m, d);
    if (s === undefined) return 'invalid_date';
    return resolvedEnd(1, 0, s, s, { year: y, month: m, day: d });
  }
  const span = m > 0 ? hijriMonthSpan(c, y, m) : hijriYearSpan(c, y);
  if (span === undefined) return 'invalid_date';
  return resolvedEnd(1, m > 0 ? 1 : 2, span[0], span[1], m > 0 ? { year: y, month: m } : { year: y });
}

function resolveAbsolute(p: AbsoluteDate, ref: number | undefined): ResolvedEnd | ArabicDateErrorCode {
  if (p.conflict) return 'conflicting_months';
  let y = p.year;
  let m = p.month;
  let rel = false;
  if (!Number.isNaN(p.monthOffset)) {
    if (ref === undefined) return 'reference_required';
    const [ry, rm] = civilFromDays(ref);
    // `| 0` keeps year and month small integers (the offsets are doubles: NaN when absent), so
    // that the objects they reach keep integer fields (see the tokenizer's numbers).
    const total = (ry * 12 + (rm - 1) + p.monthOffset) | 0;
    y = Math.floor(total / 12) | 0;
    m = total - y * 12 + 1;
    rel = true;
  } else if (!Number.isNaN(p.yearOffset)) {
    if (ref === undefined) return 'reference_required';
    y = ((p.calendar === 1 ? hijri().toHijri(ref)[0] : civilFromDays(ref)[0]) + p.yearOffset) | 0;
    rel = true;
  } else if (y === 0) {
    if (ref === undefined) return 'reference_required';
    rel = true;
    const [ry, rm] = p.calendar === 1 ? hijri().toHijri(ref) : civilFromDays(ref);
    y = ry;
    if (p.monthQualifier === 1 && p.month >= rm) y--;
    else if (p.monthQualifier === 2 && p.month <= rm) y++;
  } else if (p.monthQualifier !== 0) rel = true;
  const r = p.calendar === 1 ? hijriEnd(hijri(), y, m, p.day) : gregorianEnd(y, m, p.day);
  if (typeof r === 'string') return r;
  r.relative = rel;
  r.part = p.part;
  r.weekdayMismatch = p.weekday >= 0 && r.precision === 0 && weekdayOf(r.startDay) !== p.weekday;
  if (!Number.isNaN(p.relativeDay) && ref !== undefined)
    r.relativeMismatch = r.startDay === ref + p.relativeDay ? 0 : 1;
  return r;
}

/**
 * Gives a Hijri day or month written without its year (3 رجب الموافق 15 يناير 2024) the Hijri
 * year of its Gregorian equivalent: the one that puts the two within half a year of each other.
 */
function hijriYearFrom(h: AbsoluteDate, g: ResolvedEnd): void {
  const [hy, hm] = hijri().toHijri(g.startDay);
  h.year = h.month - hm > 6 ? hy - 1 : hm - h.month > 6 ? hy + 1 : hy;
}

function resolvePoint(p: Point, ref: number | undefined): ResolvedEnd | ArabicDateErrorCode {
  if (p.type === ABSOLUTE) return resolveAbsolute(p, ref);
  if (p.type === COMBINED) {
    const ga = p.first.calendar === 0 ? p.first : p.second;
    const ha = p.first.calendar === 0 ? p.second : p.first;
    const g = resolveAbsolute(ga, ref);
    if (typeof g === 'string') return g;
    if (ha.year === 0 && Number.isNaN(ha.yearOffset) && ga.year !== 0) hijriYearFrom(ha, g);
    const h = resolveAbsolute(ha, ref);
    if (typeof h === 'string') return h;
    const r = resolvedEnd(p.first.calendar, g.precision, g.startDay, g.endDay, h.hijri);
    r.relative = g.relative || h.relative;
    r.weekdayMismatch = g.weekdayMismatch || h.weekdayMismatch;
    r.part = p.first === ga ? g.part : h.part;
    r.gregorianIso = true;
    r.relativeMismatch = Math.max(g.relativeMismatch, h.relativeMismatch);
    // One date written twice: the days agree within one (local moon sighting may differ from
    // Umm al-Qura by a day); a month or a year must overlap.
    r.calendarMismatch = (
      g.precision === 0 && h.precision === 0
        ? Math.abs(g.startDay - h.startDay) > 1
        : g.endDay < h.startDay || h.endDay < g.startDay
    )
      ? 1
      : 0;
    return r;
  }
  if (ref === undefined) return 'reference_required';
  if (p.type === RELATIVE_WEEKDAY) {
    const w = weekdayOf(ref);
    let s: number;
    if (p.direction === 1) s = ref + ((p.weekday - w + 7) % 7 || 7);
    else if (p.direction === -1) s = ref - ((w - p.weekday + 7) % 7 || 7);
    else if (p.direction === 2) s = ref + ((p.weekday - w + 7) % 7);
    else s = ref - ((w - p.weekday + 7) % 7);
    const r = resolvedEnd(0, 0, s, s, undefined);
    r.relative = true;
    return r;
  }
  if (p.unit === 1) {
    const s = ref + p.offset;
    const r = resolvedEnd(0, 0, s, s, undefined);
    r.relative = true;
    r.weekdayMismatch = p.weekday >= 0 && weekdayOf(s) !== p.weekday;
    return r;
  }
  const [ry, rm] = civilFromDays(ref);
  if (p.unit === 3) {
    const total = ry * 12 + (rm - 1) + p.offset;
    const y = Math.floor(total / 12);
    const r = gregorianEnd(y, total - y * 12 + 1, 0);
    if (typeof r !== 'string') {
      r.relative = true;
      r.part = p.part;
    }
    return r;
  }
  const r = gregorianEnd(ry + p.offset, 0, 0);
  if (typeof r !== 'string') {
    r.relative = true;
    r.part = p.part;
  }
  return r;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function endpoint(x: ResolvedEnd): ArabicDateEndpoint {
  const start = isoDay(x.startDay);
  const end = x.endDay === x.startDay ? start : isoDay(x.endDay);
  let iso: string;
  if (x.precision === 0) iso = start;
  else if (x.calendar === 1 && !x.gregorianIso) iso = `${start}/${end}`;
  else iso = x.precision === 1 ? start.slice(0, 7) : start.slice(0, 4);
  const out: Mutable<ArabicDateEndpoint> = {
    iso,
    precision: PRECISIONS[x.precision] ?? 'day',
    calendar: x.calendar === 1 ? 'hijri' : 'gregorian',
    start,
    end,
  };
  if (x.hijri !== undefined) out.hijri = x.hijri;
  return out;
}

/**
 * Scans `input` for date expressions.
 *
 * @param fn - Name of the public function, for option errors.
 * @param input - Any string.
 * @param options - Reference date.
 * @param first - Stop after the first expression (valid or not).
 * @param firstChunk - With `first`: code units to tokenize before the first try (tests make it
 *   tiny, so that the read-past-the-tokens path runs on every expression).
 * @param dates - When given, the dates found are pushed here (and the expressions that cannot
 *   be resolved are dropped) instead of being returned as hits: no wrapper object per date.
 * @returns The expressions in order, non-overlapping (none when `dates` is given).
 */
export function scanArabicDates(
  fn: string,
  input: string,
  options: ArabicDateOptions | undefined,
  first: boolean,
  firstChunk = FIRST_CHUNK,
  dates?: ArabicDate[],
): ScanHit[] {
  const ref = referenceDay(fn, options);
  const hits: ScanHit[] = [];
  if (typeof input !== 'string' || input.length === 0) return hits;
  // All of the text at once, or (for the first date only) a few tokens at a time, so that the
  // rest of the text is never read: the grammar flags any read past the tokens held
  // (`overrun`), and the expression is then read again with more of them.
  const tk = new Tokenizer(input);
  const g = (grammar ??= new DateGrammar());
  g.toks = tk.toks;
  g.n = 0;
  g.complete = false;
  let limit = first ? firstChunk : input.length;
  let i = 0;
  let lastEnd = 0;
  for (;;) {
    if (g.overrun || (i + LOOKAHEAD >= g.n && !g.complete)) {
      // Tokenize on (the whole text at once unless only the first date is wanted), and read the
      // expression at i again if a rule read past the tokens held.
      tk.run(limit);
      limit += (limit >> 1) + 16;
      g.n = tk.final();
      g.complete = tk.done;
      g.overrun = false;
      continue;
    }
    if (i >= g.n) break;
    if (!g.canStart(i)) {
      i++;
      continue;
    }
    const node = g.expressionAt(i);
    const name = node !== undefined && node.endToken > i && g.isNamePart(node.firstToken);
    const endIndex = node === undefined || node.endToken <= i ? 0 : g.feOf(node.endToken);
    if (g.overrun) continue; // never once the text is done: nothing is past its end
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
      // Never reuse the letters of the previous match (the tokenizer already prevents it).
      i++;
      continue;
    }
    lastEnd = endIndex;
    const text = input.slice(index, endIndex);
    let res: ResolvedEnd | ArabicDateErrorCode;
    let range: ArabicDate['range'];
    if (node.type === RANGE) {
      const a = resolvePoint(node.from, ref);
      const b = typeof a === 'string' ? a : resolvePoint(node.to, ref);
      if (typeof a === 'string') res = a;
      else if (typeof b === 'string') res = b;
      else if (b.endDay < a.startDay) res = 'invalid_date';
      else {
        const from = endpoint(a);
        const to = endpoint(b);
        range = { from, to };
        res = resolvedEnd(a.calendar, a.precision, a.startDay, b.endDay, a.hijri);
        res.relative = a.relative || b.relative;
        res.weekdayMismatch = a.weekdayMismatch || b.weekdayMismatch;
        res.part = a.part;
        res.relativeMismatch = Math.max(a.relativeMismatch, b.relativeMismatch);
        res.calendarMismatch = Math.max(a.calendarMismatch, b.calendarMismatch);
      }
    } else res = resolvePoint(node, ref);
    if (typeof res === 'string') {
      if (dates === undefined) hits.push({ ok: false, code: res, text, index, endIndex });
    } else {
      const x = endpoint(res);
      let iso = x.iso;
      if (range !== undefined) {
        // An end that is itself an interval (a Hijri month or year) contributes its outer day.
        const left = range.from.iso.includes('/') ? range.from.start : range.from.iso;
        const right = range.to.iso.includes('/') ? range.to.end : range.to.iso;
        iso = `${left}/${right}`;
      }
      const part = res.part >= 0 ? PARTS[res.part] : undefined; // never index with -1: a slow lookup
      const date: Mutable<ArabicDate> = {
        iso,
        precision: x.precision,
        calendar: x.calendar,
        start: x.start,
        end: range === undefined ? x.end : range.to.end,
        text,
        index,
        endIndex,
        relative: res.relative,
        weekdayMismatch: res.weekdayMismatch,
      };
      if (x.hijri !== undefined) date.hijri = x.hijri;
      if (part !== undefined) date.part = part;
      if (res.relativeMismatch >= 0) date.relativeMismatch = res.relativeMismatch === 1;
      if (res.calendarMismatch >= 0) date.calendarMismatch = res.calendarMismatch === 1;
      if (range !== undefined) date.range = range;
      if (dates === undefined) hits.push({ ok: true, date });
      else dates.push(date);
    }
    if (first) break;
    i = node.endToken;
  }
  g.toks = []; // let the text go (overrun is false here: the loop never ends with it set)
  return hits;
}
