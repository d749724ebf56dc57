/**
 * Umm al-Qura conversion.
 *
 * Inside Hijri years 1300–1600 (1882–2174 CE), the span of ICU's Umm al-Qura data, conversion
 * is O(1) arithmetic on a committed table of month lengths (`hijri-table.ts`), generated from
 * ICU's Umm al-Qura calendar through `Intl` by scripts/generate-hijri-table.ts and checked
 * against `Intl` for every day of the span by tests/arabic/dates/hijri-table.test.ts: the results
 * are those `Intl` gives, without its cost (a `formatToParts` call is microseconds; several are
 * needed per Hijri → Gregorian conversion).
 *
 * Outside that span, conversion goes through `Intl` (`-u-ca-islamic-umalqura`, requested
 * explicitly since runtimes differ in the default calendar of `ar-SA`). Gregorian → Hijri is one
 * `formatToParts` call. Hijri → Gregorian starts from the tabular (civil) Islamic estimate, which
 * is within two days of Umm al-Qura, and corrects it with `Intl` until the Hijri date matches; a
 * day that never matches (day 30 of a 29-day month) does not exist.
 *
 * The `Intl` path holds one `Intl.DateTimeFormat`, created on first use and then shared. Creating
 * one costs tens of microseconds (and ICU's calendar data on the very first call), which would
 * dominate every such conversion if it were made per call, and building it at import would make
 * every import pay for it. The shared formatter is a write-once cache of an immutable platform
 * object: it holds no data, and no call can observe whether it was created before.
 *
 * @internal
 */
import {
  HIJRI_TABLE_DIGITS,
  HIJRI_TABLE_EPOCH,
  HIJRI_TABLE_FIRST_YEAR,
  HIJRI_TABLE_LAST_YEAR,
  HIJRI_TABLE_MASKS,
} from './hijri-table.js';

/** A Hijri → Gregorian / Gregorian → Hijri converter over day numbers (days since 1970-01-01). */
export interface HijriConverter {
  /** Hijri `[year, month, day]` of a day number. */
  toHijri(days: number): [number, number, number];
  /** Day number of a Hijri date, or `undefined` when the date does not exist. */
  fromHijri(y: number, m: number, d: number): number | undefined;
}

/** Smallest and largest Hijri years accepted. */
export const MIN_HIJRI_YEAR = 1;
export const MAX_HIJRI_YEAR = 9666;

/** Day number of a Hijri date in the tabular Islamic (civil) calendar. */
function tabular(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439 - 2440588;
}

/** Whether a Hijri date is in the accepted ranges (it may still not exist: day 30 of a 29-day month). */
function plausible(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= MIN_HIJRI_YEAR &&
    y <= MAX_HIJRI_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= 30
  );
}

/** A converter backed by one `Intl.DateTimeFormat`, exact everywhere `Intl` is. */
export class IntlHijriConverter implements HijriConverter {
  private readonly fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });

  toHijri(days: number): [number, number, number] {
    let y = 0;
    let m = 0;
    let d = 0;
    for (const p of this.fmt.formatToParts(days * 86400000)) {
      if (p.type === 'year') y = Number(p.value);
      else if (p.type === 'month') m = Number(p.value);
      else if (p.type === 'day') d = Number(p.value);
    }
    return [y, m, d];
  }

  fromHijri(y: number, m: number, d: number): number | undefined {
    if (!plausible(y, m, d)) return undefined;
    const target = tabular(y, m, d);
    let est = target;
    for (let k = 0; k < 8; k++) {
      const [hy, hm, hd] = this.toHijri(est);
      if (hy === y && hm === m) {
        if (hd === d) return est;
        est += d - hd; // days of one month are consecutive
        continue;
      }
      let delta = target - tabular(hy, hm, hd);
      if (delta === 0) delta = hy < y || (hy === y && hm < m) ? 1 : -1;
      est += delta;
    }
    return undefined;
  }
}

// Write-once cache; see the module comment for why this is not per call or at import.
let shared: IntlHijriConverter | undefined;

function intl(): IntlHijriConverter {
  shared ??= new IntlHijriConverter();
  return shared;
}

const YEARS = HIJRI_TABLE_LAST_YEAR - HIJRI_TABLE_FIRST_YEAR + 1;

/** Month-length mask of table year `k` (0 = the first year). */
function maskOf(k: number): number {
  return (
    (HIJRI_TABLE_DIGITS.indexOf(HIJRI_TABLE_MASKS.charAt(2 * k)) << 6) |
    HIJRI_TABLE_DIGITS.indexOf(HIJRI_TABLE_MASKS.charAt(2 * k + 1))
  );
}

/** Number of set bits of a 12-bit mask. */
function bits(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * The decoded table: for each year `k`, `mask | start << 12`, where `start` is its first day
 * number minus the epoch; entry `YEARS` holds the day after the last year.
 */
const TABLE: readonly number[] = /* @__PURE__ */ (() => {
  const out: number[] = [];
  let start = 0;
  for (let k = 0; k < YEARS; k++) {
    const mask = maskOf(k);
    out.push(mask | (start << 12));
    start += 348 + bits(mask);
  }
  out.push(start << 12);
  return Object.freeze(out);
})();

/** Day number of the first day of table year `k`. */
function yearStart(k: number): number {
  return HIJRI_TABLE_EPOCH + ((TABLE[k] ?? 0) >> 12);
}

/** Days of the table years, first to last. */
const FIRST_DAY = HIJRI_TABLE_EPOCH;
const END_DAY: number = /* @__PURE__ */ yearStart(YEARS);

function tableToHijri(days: number): [number, number, number] {
  let k = Math.floor((days - FIRST_DAY) / 354.37);
  if (k >= YEARS) k = YEARS - 1;
  while (k > 0 && yearStart(k) > days) k--;
  while (k < YEARS - 1 && yearStart(k + 1) <= days) k++;
  const mask = (TABLE[k] ?? 0) & 4095;
  let r = days - yearStart(k);
  let m = 0;
  for (let len = 29 + (mask & 1); r >= len; len = 29 + ((mask >> m) & 1)) {
    r -= len;
    m++;
  }
  return [HIJRI_TABLE_FIRST_YEAR + k, m + 1, r + 1];
}

function tableFromHijri(y: number, m: number, d: number): number | undefined {
  const k = y - HIJRI_TABLE_FIRST_YEAR;
  const mask = (TABLE[k] ?? 0) & 4095;
  if (d > 29 + ((mask >> (m - 1)) & 1)) return undefined;
  return yearStart(k) + 29 * (m - 1) + bits(mask & ((1 << (m - 1)) - 1)) + d - 1;
}

/** The Umm al-Qura converter: the table inside its span, `Intl` outside. Stateless. */
const UMM_AL_QURA: HijriConverter = /* @__PURE__ */ Object.freeze({
  toHijri(days: number): [number, number, number] {
    return days >= FIRST_DAY && days < END_DAY ? tableToHijri(days) : intl().toHijri(days);
  },
  fromHijri(y: number, m: number, d: number): number | undefined {
    if (!plausible(y, m, d)) return undefined;
    return y >= HIJRI_TABLE_FIRST_YEAR && y <= HIJRI_TABLE_LAST_YEAR
      ? tableFromHijri(y, m, d)
      : intl().fromHijri(y, m, d);
  },
});

/**
 * The Umm al-Qura converter (table inside 1300–1600 AH, `Intl` outside).
 *
 * @returns The converter.
 */
export function createHijriConverter(): HijriConverter {
  return UMM_AL_QURA;
}

/** First and last day numbers of a Hijri month, or `undefined` when out of range. */
export function hijriMonthSpan(c: HijriConverter, y: number, m: number): [number, number] | undefined {
  const a = c.fromHijri(y, m, 1);
  const b = m === 12 ? c.fromHijri(y + 1, 1, 1) : c.fromHijri(y, m + 1, 1);
  return a === undefined || b === undefined ? undefined : [a, b - 1];
}

/** First and last day numbers of a Hijri year, or `undefined` when out of range. */
export function hijriYearSpan(c: HijriConverter, y: number): [number, number] | undefined {
  const a = c.fromHijri(y, 1, 1);
  const b = c.fromHijri(y + 1, 1, 1);
  return a === undefined || b === undefined ? undefined : [a, b - 1];
}
