/**
 * Similarity of two skeletons by weighted edit distance (private): one DP row updated in place,
 * a lower bound and a row-minimum early exit when the similarity cannot reach the caller's
 * floor. Costs are in costs.ts, the skeletons in arabic-skeleton.ts and latin-skeleton.ts.
 */
import { fillGaps, PAIR_AA, PAIR_LA, PAIR_LL, SUB_AA, SUB_LA, SUB_LL } from './costs.js';
import { ARABIC, LATIN, N } from './symbols.js';

// Module-local copies: V8 re-checks an imported binding on every read, which costs about a fifth
// of the time of a warm compareNames in the loops below.
const STRIDE = N;
const IS_ARABIC = ARABIC;
const IS_LATIN = LATIN;
const LA = SUB_LA;
const LL = SUB_LL;
const AA = SUB_AA;
import type { Skeleton } from './symbols.js';

/**
 * Margin of the lower-bound pruning: a bound must exceed the budget by this much, far more than
 * any rounding error of the sums, so that pruning never drops a similarity at or above `floor`.
 */
const PRUNE_MARGIN = 1e-9;

/** Gap costs of a skeleton for the same-script pairing. */
function sameGaps(s: Skeleton): number[] {
  let g = s.same;
  if (g === undefined) {
    g = [];
    s.sameTotal = fillGaps(s.codes, s.script, s.script === LATIN ? PAIR_LL : PAIR_AA, g);
    s.same = g;
  }
  return g;
}

/** Gap costs of a skeleton for the Latin–Arabic pairing. */
function crossGaps(s: Skeleton): number[] {
  let g = s.cross;
  if (g === undefined) {
    g = [];
    s.crossTotal = fillGaps(s.codes, s.script, PAIR_LA, g);
    s.cross = g;
  }
  return g;
}

/** Whether two code sequences are equal. */
function sameCodes(x: readonly number[], y: readonly number[]): boolean {
  const n = x.length;
  if (n !== y.length) return false;
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Similarity in [0, 1] of two skeletons: 1 − (weighted edit distance / mean mass). With a
 * `floor` above 0, a similarity certainly below it may be returned as 0 without finishing the
 * alignment. `rows` holds at least one more number than the longer skeleton has symbols.
 */
export function skeletonSimilarity(a: Skeleton, b: Skeleton, rows: number[], floor: number): number {
  const n0 = a.codes.length;
  const m0 = b.codes.length;
  if (n0 === 0 || m0 === 0) return n0 === m0 ? 1 : 0;
  // Equal symbols cost nothing in every table, so equal skeletons are at distance 0.
  if (sameCodes(a.codes, b.codes)) return 1;
  let x = a;
  let y = b;
  if (x.script === IS_ARABIC && y.script === IS_LATIN) {
    x = b;
    y = a;
  }
  let table: Float64Array;
  let gx: number[];
  let gy: number[];
  let mx: number;
  let my: number;
  if (x.script !== y.script) {
    table = LA;
    gx = crossGaps(x);
    gy = crossGaps(y);
    mx = x.crossTotal;
    my = y.crossTotal;
  } else {
    table = x.script === IS_LATIN ? LL : AA;
    gx = sameGaps(x);
    gy = sameGaps(y);
    mx = x.sameTotal;
    my = y.sameTotal;
  }
  const xc = x.codes;
  const yc = y.codes;
  const n = xc.length;
  const m = yc.length;
  const norm = (mx + my) / 2;
  // Every alignment path crosses every row, so once a whole row costs more than the budget the
  // similarity is known to be below `floor`.
  const budget = (1 - floor) * norm;
  const check = floor > 0;
  const limit = budget + PRUNE_MARGIN;
  if (check) {
    // Each symbol of x is deleted or substituted by one of y: a lower bound of the distance.
    let lb = 0;
    const ylo = y.lo;
    const yhi = y.hi;
    for (let i = 0; i < n; i++) {
      const sx = xc[i] as number;
      // A symbol y also has may cost nothing.
      if ((sx < 32 ? ylo >>> sx : yhi >>> (sx - 32)) & 1) continue;
      const row = sx * STRIDE;
      let best = gx[i] as number;
      for (let j = 0; j < m; j++) {
        const c = table[row + (yc[j] as number)] as number;
        if (c < best) best = c;
      }
      lb += best;
      if (lb > limit) return 0;
    }
  }
  // One DP row, updated in place: `diag` and `left` carry the cells the update overwrites.
  let acc = 0;
  rows[0] = 0;
  for (let j = 0; j < m; j++) {
    acc += gy[j] as number;
    rows[j + 1] = acc;
  }
  for (let i = 0; i < n; i++) {
    const row = (xc[i] as number) * STRIDE;
    const gxi = gx[i] as number;
    let diag = rows[0] as number;
    let left = diag + gxi;
    rows[0] = left;
    let rowMin = left;
    for (let j = 0; j < m; j++) {
      const up = rows[j + 1] as number;
      const sub = diag + (table[row + (yc[j] as number)] as number);
      const del = up + gxi;
      const ins = left + (gy[j] as number);
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      rows[j + 1] = v;
      if (v < rowMin) rowMin = v;
      diag = up;
      left = v;
    }
    if (check && rowMin > budget) return 0;
  }
  const dist = rows[m] as number;
  if (norm <= 0) return dist === 0 ? 1 : 0;
  const s = 1 - dist / norm;
  return s < 0 ? 0 : s > 1 ? 1 : s;
}
