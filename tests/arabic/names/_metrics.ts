/** Precision/recall/F1 and ROC AUC helpers for the name corpus (tests and bench). */

/** Confusion counts. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision, recall and F1 of confusion counts (NaN-free: 0 when undefined, 1 when nothing to find). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** ROC AUC by the rank-sum (Mann–Whitney) formula, ties counted half. O(n log n). */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const idx = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  let rankSumPos = 0;
  let nPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k]![1]]) {
        rankSumPos += avgRank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = scores.length - nPos;
  if (nPos === 0 || nNeg === 0) return 1;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/**
 * Agreement of romanizations with reference spellings: the share of names spelled exactly as
 * the reference, and of tokens (words split at spaces and hyphens, matched as a multiset; the
 * denominator is the longer of the two token lists, so extra words count against).
 */
export function agreement(pairs: ReadonlyArray<readonly [string, string]>): { exact: number; tokens: number } {
  let exact = 0;
  let matched = 0;
  let total = 0;
  for (const [got, want] of pairs) {
    if (got === want) exact++;
    const g = got.split(/[\s-]+/u).filter((t) => t !== '');
    const w = want.split(/[\s-]+/u).filter((t) => t !== '');
    const left = [...g];
    for (const t of w) {
      const k = left.indexOf(t);
      if (k >= 0) {
        matched++;
        left.splice(k, 1);
      }
    }
    total += Math.max(g.length, w.length);
  }
  return { exact: pairs.length === 0 ? 1 : exact / pairs.length, tokens: total === 0 ? 1 : matched / total };
}
