/**
 * The first date of a text (safeParseArabicDate) is read from the text tokenized a little at a
 * time: the grammar flags any read past the tokens held and the expression is read again with
 * more. With chunks of one code unit that path runs on every expression; the answer must be the
 * first expression of a scan of the whole text, on every corpus text and on generated mixtures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanArabicDates } from '../../../src/arabic/dates/_lib/scan-arabic-dates.js';
import { PASSAGES } from '../../extract/corpus/index.js';
import { CORPUS, CORPUS_REFERENCE } from './corpus.js';
import { LONG_SENTENCES, LONG_SENTENCE_REFERENCE } from './long-sentences.js';
import { SENTENCES, SENTENCE_REFERENCE } from './sentences.js';

const TEXTS: readonly (readonly [string, string])[] = [
  ...CORPUS.map((e) => [e.text, e.reference ?? CORPUS_REFERENCE] as const),
  ...SENTENCES.map((s) => [s.sentence, SENTENCE_REFERENCE] as const),
  ...LONG_SENTENCES.map((s) => [s.sentence, LONG_SENTENCE_REFERENCE] as const),
  ...PASSAGES.map((p) => [p.text, p.reference] as const),
];

function sameFirst(text: string, reference: string | undefined, chunk: number): void {
  const options = reference === undefined ? undefined : { reference };
  const whole = scanArabicDates('test', text, options, false).slice(0, 1);
  expect(scanArabicDates('test', text, options, true, chunk)).toEqual(whole);
}

describe('first date, tokenized a little at a time', () => {
  it('is the first expression of the whole text on every corpus text, for chunks of 1, 7 and 64 code units', () => {
    for (const [text, reference] of TEXTS) {
      for (const chunk of [1, 7, 64]) {
        sameFirst(text, reference, chunk);
        sameFirst(text, undefined, chunk);
      }
    }
  });

  it('is the first expression of the whole text on mixtures of corpus words, numbers and marks', () => {
    const words = [...new Set(TEXTS.flatMap(([t]) => t.split(/\s+/u)))].sort();
    const extra = ['(', ')', '/', '-', '.', '،', '12', '2021', '1445', '٢٠٢١', 'الـ18', '5/3/2022', '\u200f', '\u0640'];
    const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, fc.constantFrom(...extra));
    const text = fc
      .tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom(' ', ' ', '', '\n'))
      .map(([parts, sep]) => parts.join(sep));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (t, chunk) => {
        sameFirst(t, SENTENCE_REFERENCE, chunk);
      }),
      { numRuns: 400 },
    );
  });
});
