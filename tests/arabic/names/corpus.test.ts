import { describe, expect, it } from 'vitest';
import { compareNames, NAME_MATCH_THRESHOLD, namesMatch } from '../../../src/arabic/names/index.js';
import { CORPUS } from './corpus.js';
import type { Category } from './corpus.js';
import { prf, rocAuc } from './_metrics.js';
import type { Counts } from './_metrics.js';

describe('name corpus', () => {
  it('is large, balanced and labeled', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(500);
    const negatives = CORPUS.filter((p) => !p.same).length / CORPUS.length;
    expect(negatives).toBeGreaterThan(0.35);
    expect(negatives).toBeLessThan(0.5);
    const keys = new Set(CORPUS.map((p) => `${p.a}\u0000${p.b}`));
    expect(keys.size).toBe(CORPUS.length);
  });

  it('reaches F1 ≥ 0.90 (namesMatch) and ROC AUC ≥ 0.95 (compareNames)', () => {
    const perCategory = new Map<Category | 'all', Counts>();
    const scores: number[] = [];
    const labels: boolean[] = [];
    for (const p of CORPUS) {
      const s = compareNames(p.a, p.b);
      const m = namesMatch(p.a, p.b);
      expect(m).toBe(s >= NAME_MATCH_THRESHOLD);
      scores.push(s);
      labels.push(p.same);
      for (const key of [p.category, 'all'] as const) {
        const c = perCategory.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
        if (m && p.same) c.tp++;
        else if (m) c.fp++;
        else if (p.same) c.fn++;
        else c.tn++;
        perCategory.set(key, c);
      }
    }
    const rows: string[] = ['category        pairs  pos  neg  precision  recall  F1'];
    for (const [k, c] of perCategory) {
      const { precision, recall, f1 } = prf(c);
      rows.push(
        `${k.padEnd(15)} ${String(c.tp + c.fp + c.fn + c.tn).padStart(5)} ${String(c.tp + c.fn).padStart(4)} ${String(c.fp + c.tn).padStart(4)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3)}`,
      );
    }
    const auc = rocAuc(scores, labels);
    rows.push(`ROC AUC (compareNames, all pairs): ${auc.toFixed(4)}`);
    console.log(rows.join('\n'));
    const all = prf(perCategory.get('all')!);
    expect(all.f1).toBeGreaterThanOrEqual(0.9);
    expect(auc).toBeGreaterThanOrEqual(0.95);
    // Hard negatives, reversed nasab chains and minimal pairs never match.
    for (const k of ['hard-negative', 'nasab-order'] as const) expect(perCategory.get(k)!.fp).toBe(0);
  });
});
