// How many earlier intervals each interval of a list certainly overlaps, in O(n log n) whatever
// the number of overlapping pairs (a dataset of thousands of copies of one term has millions).

/** Day bounds as compared by `certainlyOverlap`: latest start, earliest end (`YYYY-MM-DD`). */
interface Bounds {
  latestStart: string;
  earliestEnd: string;
}

/** Index of the first element of sorted `xs` that is `>= x` (`strict`: `> x`). */
function lowerBound(xs: readonly string[], x: string, strict: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = xs[mid] as string;
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted distinct values. */
function ranks(values: string[]): string[] {
  values.sort();
  const out: string[] = [];
  for (const v of values) if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  return out;
}

/** Fenwick tree of counts over ranks 0..n-1. */
class Counts {
  private readonly tree: Int32Array;
  constructor(n: number) {
    this.tree = new Int32Array(n + 1);
  }
  add(rank: number): void {
    for (let i = rank + 1; i < this.tree.length; i += i & -i) this.tree[i] = (this.tree[i] as number) + 1;
  }
  /** How many added ranks are `< rank`. */
  below(rank: number): number {
    let sum = 0;
    for (let i = rank; i > 0; i -= i & -i) sum += this.tree[i] as number;
    return sum;
  }
}

/**
 * For each interval, the number of intervals before it in `list` that it certainly overlaps
 * (`certainlyOverlap`: some day after both latest starts lies before both earliest ends).
 *
 * An interval whose latest start is not before its earliest end overlaps nothing. Between two
 * others, `u` overlaps `t` exactly when `u.latestStart < t.earliestEnd` and `u.earliestEnd > t.latestStart`; every earlier `u`
 * with `u.earliestEnd <= t.latestStart` also has `u.latestStart < u.earliestEnd <= t.latestStart < t.earliestEnd`, so the count is
 * `#(u.latestStart < t.earliestEnd) - #(u.earliestEnd <= t.latestStart)`, two prefix counts in Fenwick trees over ranked bounds.
 */
export function countEarlierOverlaps(list: readonly Bounds[]): Int32Array {
  const counts = new Int32Array(list.length);
  const starts = ranks(list.map((t) => t.latestStart));
  const ends = ranks(list.map((t) => t.earliestEnd));
  const byStart = new Counts(starts.length);
  const byEnd = new Counts(ends.length);
  for (let a = 0; a < list.length; a++) {
    const t = list[a] as Bounds;
    if (!(t.latestStart < t.earliestEnd)) continue;
    // Earlier u with u.latestStart < t.earliestEnd, minus those with u.earliestEnd <= t.latestStart.
    const startBefore = byStart.below(lowerBound(starts, t.earliestEnd, false));
    const endNotAfter = byEnd.below(lowerBound(ends, t.latestStart, true));
    counts[a] = startBefore - endNotAfter;
    byStart.add(lowerBound(starts, t.latestStart, false));
    byEnd.add(lowerBound(ends, t.earliestEnd, false));
  }
  return counts;
}
