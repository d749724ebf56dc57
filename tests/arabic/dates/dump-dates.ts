/**
 * Prints what `findArabicDates` and `safeParseArabicDate` return on every text of the date
 * corpora (phrases, sentences, long sentences, the extraction corpus passages) and on seeded
 * random word salads built from their words, one JSON line per call. Not a test: run it before
 * and after a change to the scanner and diff the two outputs to show that results did not move.
 *
 * Run: `npx tsx tests/arabic/dates/dump-dates.ts > after.jsonl` (and the same on the base commit).
 */
import { findArabicDates, safeParseArabicDate } from '../../../src/arabic/dates/index.js';
import { PASSAGES } from '../../extract/corpus/index.js';
import { CORPUS, CORPUS_REFERENCE } from './corpus.js';
import { LONG_SENTENCES, LONG_SENTENCE_REFERENCE } from './long-sentences.js';
import { SENTENCES, SENTENCE_REFERENCE } from './sentences.js';

const texts: [string, string][] = [
  ...CORPUS.map((e): [string, string] => [e.text, e.reference ?? CORPUS_REFERENCE]),
  ...SENTENCES.map((s): [string, string] => [s.sentence, SENTENCE_REFERENCE]),
  ...LONG_SENTENCES.map((s): [string, string] => [s.sentence, LONG_SENTENCE_REFERENCE]),
  ...PASSAGES.map((p): [string, string] => [p.text, p.reference]),
];

// Seeded word salads: the corpora's words, digits and punctuation in random orders.
const words = [...new Set(texts.flatMap(([t]) => t.split(/\s+/u)))].sort();
const extra = [
  '(',
  ')',
  '/',
  '-',
  '.',
  '،',
  '12',
  '2021',
  '1445',
  '٢٠٢١',
  'الـ18',
  'بـ2019',
  '5/3/2022',
  '\u200f',
  '\u0640',
];
let seed = 20240117;
const rand = (n: number): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
for (let k = 0; k < 20000; k++) {
  const n = 1 + rand(12);
  const parts: string[] = [];
  for (let j = 0; j < n; j++)
    parts.push(rand(4) === 0 ? (extra[rand(extra.length)] ?? '') : (words[rand(words.length)] ?? ''));
  texts.push([parts.join(rand(5) === 0 ? '' : ' '), SENTENCE_REFERENCE]);
}

const out: string[] = [];
for (const [text, reference] of texts) {
  out.push(JSON.stringify({ text, find: findArabicDates(text, { reference }), findNoRef: findArabicDates(text) }));
  const safe = safeParseArabicDate(text, { reference });
  out.push(
    JSON.stringify(
      safe.success ? { first: safe.data } : { firstError: { ...safe.error, message: safe.error.message } },
    ),
  );
}
process.stdout.write(`${out.join('\n')}\n`);
