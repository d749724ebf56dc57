import { describe, expect, it } from 'vitest';
import { findArabicDates } from '../../../src/arabic/dates/index.js';
import { SENTENCES } from './sentences.js';
import { scoreSentences, totalScore } from './sentences-score.js';

const tansiq = (sentence: string, reference: string) =>
  findArabicDates(sentence, { reference }).map((d) => ({
    index: d.index,
    endIndex: d.endIndex,
    reads: (x: {
      text: string;
      iso: string;
      weekdayMismatch: boolean;
      relativeMismatch: boolean;
      calendarMismatch: boolean;
    }) =>
      d.text === x.text &&
      d.iso === x.iso &&
      d.weekdayMismatch === x.weekdayMismatch &&
      (d.relativeMismatch ?? false) === x.relativeMismatch &&
      (d.calendarMismatch ?? false) === x.calendarMismatch,
  }));

describe('sentence corpus (in-sample)', () => {
  it('has several hundred sentences, with sentences of numbers that are not dates', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(300);
    expect(SENTENCES.filter((s) => s.dates.length === 0).length).toBeGreaterThanOrEqual(60);
  });

  it('reads every expression whole and right, with no false match', () => {
    const per = scoreSentences(tansiq);
    const all = totalScore(per);
    console.table(
      [...per, ['ALL', all] as const].map(([category, c]) => ({
        category,
        sentences: c.sentences,
        expressions: c.expressions,
        right: c.right,
        accuracy: c.expressions === 0 ? '—' : `${((100 * c.right) / c.expressions).toFixed(1)}%`,
        'false matches': c.falseMatches,
      })),
    );
    expect(all.failures).toEqual([]);
  });
});
