/**
 * Umm al-Qura conversion through `Intl` (`-u-ca-islamic-umalqura`, requested explicitly since
 * runtimes differ in the default calendar of `ar-SA`).
 *
 * Gregorian → Hijri is one `formatToParts` call. Hijri → Gregorian starts from the tabular
 * (civil) Islamic estimate, which is within two days of Umm al-Qura, and corrects it with
 * `Intl` until the Hijri date matches; a day that never matches (day 30 of a 29-day month) does
 * not exist.
 *
 * The converter holds one `Intl.DateTimeFormat`, created on first use and then shared. Creating
 * one costs tens of microseconds (and ICU's calendar data on the very first call), which would
 * dominate every Hijri parse if it were made per call, and building it at import would make every
 * import pay for it. The shared formatter is a write-once cache of an immutable platform object:
 * it holds no data, and no call can observe whether it was created before.
 *
 * @internal
 */

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

/** A converter backed by one `Intl.DateTimeFormat`. */
class UmmAlQuraConverter implements HijriConverter {
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
    if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
    if (y < MIN_HIJRI_YEAR || y > MAX_HIJRI_YEAR || m < 1 || m > 12 || d < 1 || d > 30) return undefined;
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
let shared: UmmAlQuraConverter | undefined;

/**
 * The Umm al-Qura converter, created on first use and shared afterwards.
 *
 * @returns The converter.
 */
export function createHijriConverter(): HijriConverter {
  shared ??= new UmmAlQuraConverter();
  return shared;
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
