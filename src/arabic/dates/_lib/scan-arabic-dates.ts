/**
 * The scanner shared by the public functions: tokenizes the text, runs the grammar at each
 * token, resolves each expression against the reference, and maps it back to original offsets.
 *
 * @internal
 */
import type { ArabicDate, ArabicDateEndpoint, ArabicDateHijri } from '../arabic-date.js';
import type { ArabicDateErrorCode } from '../arabic-date-error.js';
import type { ArabicDateOptions } from '../arabic-date-options.js';
import { civilFromDays, daysFromCivil, daysInMonth, isoDay, MAX_YEAR, MIN_YEAR, parseIsoDay, weekdayOf } from './gregorian-days.js';
import { DateGrammar } from './grammar/date-grammar.js';
import type { Abs, Point } from './grammar/date-grammar.js';
import { createHijriConverter, hijriMonthSpan, hijriYearSpan } from './hijri-converter.js';
import type { HijriConverter } from './hijri-converter.js';
import { tokenize } from './tokenize.js';
import { checkOptionsObject } from '../../_lib/check-options.js';

/** A resolved end: calendar 0/1, precision 0 day / 1 month / 2 year, day numbers. */
interface Ep {
  cal: number;
  prec: number;
  s: number;
  e: number;
  hy: ArabicDateHijri | undefined;
  rel: boolean;
  mism: boolean;
  part: number;
  /** Write `iso` as a Gregorian date even though `cal` is Hijri (a Hijri date with its Gregorian equivalent). */
  gi: boolean;
  /** A relative day written with the date: -1 none or unchecked, 0 they agree, 1 they disagree. */
  rm: number;
  /** Both calendars written: -1 no, 0 they agree, 1 they disagree. */
  cm: number;
}

/** Per-call resolution context: the reference day and a Hijri converter created on first use. */
class Ctx {
  readonly ref: number | undefined;
  private conv: HijriConverter | undefined;

  constructor(ref: number | undefined) {
    this.ref = ref;
  }

  hc(): HijriConverter {
    this.conv ??= createHijriConverter();
    return this.conv;
  }
}

/** One expression found: a date or the reason it cannot be resolved. */
export type ScanHit =
  | { readonly ok: true; readonly date: ArabicDate }
  | { readonly ok: false; readonly code: ArabicDateErrorCode; readonly text: string; readonly index: number; readonly endIndex: number };

const OPTION_NAMES = ['reference'] as const;

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
    const got = ref === null ? 'null' : Array.isArray(ref) ? 'an array' : typeof ref === 'object' ? 'an object' : `a ${typeof ref}`;
    throw new TypeError(`${fn}: options.reference must be a 'YYYY-MM-DD' string or a Date, got ${got}`);
  }
  const d = parseIsoDay(ref);
  if (d === undefined) throw new RangeError(`${fn}: options.reference must be a real day as 'YYYY-MM-DD' or a Date, got '${ref}'`);
  return d;
}

const PRECISIONS = ['day', 'month', 'year'] as const;
const PARTS = ['early', 'mid', 'late'] as const;

function ep(cal: number, prec: number, s: number, e: number, hy: ArabicDateHijri | undefined): Ep {
  return { cal, prec, s, e, hy, rel: false, mism: false, part: -1, gi: false, rm: -1, cm: -1 };
}

function gregorianEp(y: number, m: number, d: number): Ep | ArabicDateErrorCode {
  if (y < MIN_YEAR || y > MAX_YEAR) return 'invalid_date';
  if (d > 0) {
    if (d > daysInMonth(y, m)) return 'invalid_date';
    const s = daysFromCivil(y, m, d);
    return ep(0, 0, s, s, undefined);
  }
  if (m > 0) return ep(0, 1, daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m)), undefined);
  return ep(0, 2, daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31), undefined);
}

function hijriEp(c: HijriConverter, y: number, m: number, d: number): Ep | ArabicDateErrorCode {
  if (d > 0) {
    const s = c.fromHijri(y, m, d);
    if (s === undefined) return 'invalid_date';
    return ep(1, 0, s, s, { year: y, month: m, day: d });
  }
  const span = m > 0 ? hijriMonthSpan(c, y, m) : hijriYearSpan(c, y);
  if (span === undefined) return 'invalid_date';
  return ep(1, m > 0 ? 1 : 2, span[0], span[1], m > 0 ? { year: y, month: m } : { year: y });
}

function resolveAbs(p: Abs, ctx: Ctx): Ep | ArabicDateErrorCode {
  if (p.conflict) return 'conflicting_months';
  let y = p.y;
  let m = p.m;
  let rel = false;
  if (!Number.isNaN(p.moff)) {
    if (ctx.ref === undefined) return 'reference_required';
    const [ry, rm] = civilFromDays(ctx.ref);
    const total = ry * 12 + (rm - 1) + p.moff;
    y = Math.floor(total / 12);
    m = total - y * 12 + 1;
    rel = true;
  } else if (!Number.isNaN(p.yoff)) {
    if (ctx.ref === undefined) return 'reference_required';
    y = (p.cal === 1 ? ctx.hc().toHijri(ctx.ref)[0] : civilFromDays(ctx.ref)[0]) + p.yoff;
    rel = true;
  } else if (y === 0) {
    if (ctx.ref === undefined) return 'reference_required';
    rel = true;
    const [ry, rm] = p.cal === 1 ? ctx.hc().toHijri(ctx.ref) : civilFromDays(ctx.ref);
    y = ry;
    if (p.rel === 1 && p.m >= rm) y--;
    else if (p.rel === 2 && p.m <= rm) y++;
  } else if (p.rel !== 0) rel = true;
  const r = p.cal === 1 ? hijriEp(ctx.hc(), y, m, p.d) : gregorianEp(y, m, p.d);
  if (typeof r === 'string') return r;
  r.rel = rel;
  r.part = p.part;
  r.mism = p.wd >= 0 && r.prec === 0 && weekdayOf(r.s) !== p.wd;
  if (!Number.isNaN(p.rday) && ctx.ref !== undefined) r.rm = r.s === ctx.ref + p.rday ? 0 : 1;
  return r;
}

/**
 * Gives a Hijri day or month written without its year (3 رجب الموافق 15 يناير 2024) the Hijri
 * year of its Gregorian equivalent: the one that puts the two within half a year of each other.
 */
function hijriYearFrom(h: Abs, g: Ep, ctx: Ctx): void {
  const [hy, hm] = ctx.hc().toHijri(g.s);
  h.y = h.m - hm > 6 ? hy - 1 : hm - h.m > 6 ? hy + 1 : hy;
}

function resolvePoint(p: Point, ctx: Ctx): Ep | ArabicDateErrorCode {
  if (p.t === 0) return resolveAbs(p, ctx);
  if (p.t === 4) {
    const ga = p.a.cal === 0 ? p.a : p.b;
    const ha = p.a.cal === 0 ? p.b : p.a;
    const g = resolveAbs(ga, ctx);
    if (typeof g === 'string') return g;
    if (ha.y === 0 && Number.isNaN(ha.yoff) && ga.y !== 0) hijriYearFrom(ha, g, ctx);
    const h = resolveAbs(ha, ctx);
    if (typeof h === 'string') return h;
    const r = ep(p.a.cal, g.prec, g.s, g.e, h.hy);
    r.rel = g.rel || h.rel;
    r.mism = g.mism || h.mism;
    r.part = p.a === ga ? g.part : h.part;
    r.gi = true;
    r.rm = Math.max(g.rm, h.rm);
    // One date written twice: the days agree within one (local moon sighting may differ from
    // Umm al-Qura by a day); a month or a year must overlap.
    r.cm = (g.prec === 0 && h.prec === 0 ? Math.abs(g.s - h.s) > 1 : g.e < h.s || h.e < g.s) ? 1 : 0;
    return r;
  }
  const ref = ctx.ref;
  if (ref === undefined) return 'reference_required';
  if (p.t === 2) {
    const w = weekdayOf(ref);
    let s: number;
    if (p.dir === 1) s = ref + ((p.wd - w + 7) % 7 || 7);
    else if (p.dir === -1) s = ref - ((w - p.wd + 7) % 7 || 7);
    else if (p.dir === 2) s = ref + ((p.wd - w + 7) % 7);
    else s = ref - ((w - p.wd + 7) % 7);
    const r = ep(0, 0, s, s, undefined);
    r.rel = true;
    return r;
  }
  if (p.unit === 1) {
    const s = ref + p.n;
    const r = ep(0, 0, s, s, undefined);
    r.rel = true;
    r.mism = p.wd >= 0 && weekdayOf(s) !== p.wd;
    return r;
  }
  const [ry, rm] = civilFromDays(ref);
  if (p.unit === 3) {
    const total = ry * 12 + (rm - 1) + p.n;
    const y = Math.floor(total / 12);
    const r = gregorianEp(y, total - y * 12 + 1, 0);
    if (typeof r !== 'string') {
      r.rel = true;
      r.part = p.part;
    }
    return r;
  }
  const r = gregorianEp(ry + p.n, 0, 0);
  if (typeof r !== 'string') {
    r.rel = true;
    r.part = p.part;
  }
  return r;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function endpoint(x: Ep): ArabicDateEndpoint {
  const start = isoDay(x.s);
  const end = x.e === x.s ? start : isoDay(x.e);
  let iso: string;
  if (x.prec === 0) iso = start;
  else if (x.cal === 1 && !x.gi) iso = `${start}/${end}`;
  else iso = x.prec === 1 ? start.slice(0, 7) : start.slice(0, 4);
  const out: Mutable<ArabicDateEndpoint> = {
    iso,
    precision: PRECISIONS[x.prec] ?? 'day',
    calendar: x.cal === 1 ? 'hijri' : 'gregorian',
    start,
    end,
  };
  if (x.hy !== undefined) out.hijri = x.hy;
  return out;
}

/**
 * Scans `input` for date expressions.
 *
 * @param fn - Name of the public function, for option errors.
 * @param input - Any string.
 * @param options - Reference date.
 * @param first - Stop after the first expression (valid or not).
 * @returns The expressions in order, non-overlapping.
 */
export function scanArabicDates(fn: string, input: string, options: ArabicDateOptions | undefined, first: boolean): ScanHit[] {
  const ctx = new Ctx(referenceDay(fn, options));
  const hits: ScanHit[] = [];
  if (typeof input !== 'string' || input.length === 0) return hits;
  const toks = tokenize(input);
  const g = new DateGrammar(toks);
  const n = toks.length;
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    if (!g.canStart(i)) {
      i++;
      continue;
    }
    const node = g.expressionAt(i);
    if (node === undefined || node.e <= i) {
      i++;
      continue;
    }
    if (g.isNamePart(node.ti)) {
      i = node.e;
      continue;
    }
    const index = node.fs;
    const endIndex = g.feOf(node.e);
    if (index < lastEnd) {
      // Never reuse the letters of the previous match (the tokenizer already prevents it).
      i++;
      continue;
    }
    lastEnd = endIndex;
    const text = input.slice(index, endIndex);
    let res: Ep | ArabicDateErrorCode;
    let range: ArabicDate['range'];
    if (node.t === 3) {
      const a = resolvePoint(node.a, ctx);
      const b = typeof a === 'string' ? a : resolvePoint(node.b, ctx);
      if (typeof a === 'string') res = a;
      else if (typeof b === 'string') res = b;
      else if (b.e < a.s) res = 'invalid_date';
      else {
        const from = endpoint(a);
        const to = endpoint(b);
        range = { from, to };
        res = ep(a.cal, a.prec, a.s, b.e, a.hy);
        res.rel = a.rel || b.rel;
        res.mism = a.mism || b.mism;
        res.part = a.part;
        res.rm = Math.max(a.rm, b.rm);
        res.cm = Math.max(a.cm, b.cm);
      }
    } else res = resolvePoint(node, ctx);
    if (typeof res === 'string') {
      hits.push({ ok: false, code: res, text, index, endIndex });
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
        relative: res.rel,
        weekdayMismatch: res.mism,
      };
      if (x.hijri !== undefined) date.hijri = x.hijri;
      if (part !== undefined) date.part = part;
      if (res.rm >= 0) date.relativeMismatch = res.rm === 1;
      if (res.cm >= 0) date.calendarMismatch = res.cm === 1;
      if (range !== undefined) date.range = range;
      hits.push({ ok: true, date });
    }
    if (first) break;
    i = node.e;
  }
  return hits;
}
