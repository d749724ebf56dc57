/**
 * Scoring of date finders on the sentence corpus (sentences.ts), shared by its test and by
 * bench/dates.bench.ts.
 */
import { SENTENCES, SENTENCE_REFERENCE } from './sentences.js';
import type { Sentence, SentenceDate } from './sentences.js';

/** One date a finder returned, reduced to what the scoring needs. */
export interface FoundDate {
  readonly index: number;
  readonly endIndex: number;
  /** Whether this result reads `expected` right (its value, and for a strict score its text and flags). */
  readonly reads: (expected: SentenceDate) => boolean;
}

/** Per-category counts. */
export interface SentenceScore {
  /** Expected date expressions. */
  expressions: number;
  /** Expected expressions read right. */
  right: number;
  /** Results that overlap no expected expression (not dates). */
  falseMatches: number;
  /** Sentences. */
  sentences: number;
  /** Descriptions of what went wrong. */
  failures: string[];
}

/**
 * Scores a finder: an expected expression is read right when a result overlapping it `reads` it;
 * a result that overlaps no expected expression is a false match.
 */
export function scoreSentences(
  find: (sentence: string, reference: string) => readonly FoundDate[],
  sentences: readonly Sentence[] = SENTENCES,
): Map<string, SentenceScore> {
  const per = new Map<string, SentenceScore>();
  for (const s of sentences) {
    const c = per.get(s.category) ?? { expressions: 0, right: 0, falseMatches: 0, sentences: 0, failures: [] };
    per.set(s.category, c);
    c.sentences++;
    let found: readonly FoundDate[];
    try {
      found = find(s.sentence, SENTENCE_REFERENCE);
    } catch {
      found = []; // a finder that throws on a sentence finds nothing in it
    }
    const spans = s.dates.map((d) => {
      const at = s.sentence.indexOf(d.text);
      return [at, at + d.text.length] as const;
    });
    s.dates.forEach((d, k) => {
      c.expressions++;
      const [a, b] = spans[k] ?? [0, 0];
      if (found.some((f) => f.index < b && f.endIndex > a && f.reads(d))) c.right++;
      else c.failures.push(`${s.sentence} — expected ${d.text} = ${d.iso}`);
    });
    for (const f of found) {
      if (!spans.some(([a, b]) => f.index < b && f.endIndex > a)) {
        c.falseMatches++;
        c.failures.push(`${s.sentence} — not a date: ${s.sentence.slice(f.index, f.endIndex)}`);
      }
    }
  }
  return per;
}

/** Sum of the per-category scores. */
export function totalScore(per: ReadonlyMap<string, SentenceScore>): SentenceScore {
  const t: SentenceScore = { expressions: 0, right: 0, falseMatches: 0, sentences: 0, failures: [] };
  for (const c of per.values()) {
    t.expressions += c.expressions;
    t.right += c.right;
    t.falseMatches += c.falseMatches;
    t.sentences += c.sentences;
    t.failures.push(...c.failures);
  }
  return t;
}
