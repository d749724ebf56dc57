import { describe, expect, it } from 'vitest';
import { findArabicDates, safeParseArabicDate } from '../../../src/arabic/dates/index.js';
import { LONG_SENTENCES, LONG_SENTENCE_REFERENCE } from './long-sentences.js';

const options = { reference: LONG_SENTENCE_REFERENCE };

describe('long-sentence corpus (in-sample)', () => {
  it('has at least 40 sentences of 15 to 40 words, one date each, in several styles', () => {
    expect(LONG_SENTENCES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(LONG_SENTENCES.map((s) => s.category)).size).toBeGreaterThanOrEqual(4);
    for (const s of LONG_SENTENCES) {
      const words = s.sentence.split(/\s+/u).length;
      expect(words, s.sentence).toBeGreaterThanOrEqual(15);
      expect(words, s.sentence).toBeLessThanOrEqual(40);
      expect(s.dates, s.sentence).toHaveLength(1);
    }
  });

  it.each(LONG_SENTENCES.map((s) => [s.dates[0]?.text ?? '', s] as const))('finds the one date: %s', (_, s) => {
    const want = s.dates[0];
    const found = findArabicDates(s.sentence, options);
    expect(
      found.map((d) => [d.text, d.iso, d.weekdayMismatch, d.relativeMismatch ?? false, d.calendarMismatch ?? false]),
    ).toEqual([[want?.text, want?.iso, false, false, false]]);
    const first = safeParseArabicDate(s.sentence, options);
    expect(first.success && first.data).toEqual(found[0]);
  });
});
