/**
 * findArabicDates returns ordered, non-overlapping matches that start and end at word boundaries,
 * on generated mixtures of date words, digits of every script, clitics and invisible characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArabicDates } from '../../../src/arabic/dates/index.js';
import { DATE_WORDS, INVISIBLE } from './date-words.js';

const CLITICS = ['', '', '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فل', 'ال', 'بالـ'];
const SEPARATORS = ['', ' ', ' ', ' ', '  ', '\n', '،', ',', '(', ')', '/', '-', '–', '.', ':', ...INVISIBLE];
const SCRIPTS = [0x30, 0x660, 0x6f0]; // Western, Arabic-Indic, Persian digits

const digitsIn = (n: string, scripts: readonly number[]): string =>
  [...n].map((ch, k) => String.fromCharCode((scripts[k % scripts.length] ?? 0x30) + ch.charCodeAt(0) - 0x30)).join('');

const number = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 100, max: 999 }),
      fc.integer({ min: 1000, max: 2100 }),
      fc.constantFrom(1443, 1445, 2021),
    ),
    fc.array(fc.constantFrom(...SCRIPTS), { minLength: 1, maxLength: 2 }),
  )
  .map(([n, scripts]) => digitsIn(String(n), scripts));
const word = fc.tuple(fc.constantFrom(...CLITICS), fc.constantFrom(...DATE_WORDS)).map(([c, w]) => c + w);
const piece = fc.oneof(
  { weight: 5, arbitrary: word },
  { weight: 4, arbitrary: number },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
);
const mixture = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

// Character classes, written independently of the tokenizer.
function isInvisible(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x00ad
  );
}
function classOf(c: number): 'letter' | 'digit' | 'other' {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return 'digit';
  if (
    (c >= 0x621 && c <= 0x64a) ||
    (c >= 0x66e && c <= 0x6d3) ||
    (c >= 0x6fa && c <= 0x6ff) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a)
  )
    return 'letter';
  return 'other';
}
/** Visible code unit before `i` (skipping invisible marks), or -1. */
function visibleBefore(s: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (!isInvisible(s.charCodeAt(k))) return k;
  return -1;
}
function visibleFrom(s: string, i: number): number {
  for (let k = i; k < s.length; k++) if (!isInvisible(s.charCodeAt(k))) return k;
  return -1;
}
/** The letters of the word that runs up to `i` (a clitic prefix left outside the match). */
function lettersBefore(s: string, i: number): string {
  let out = '';
  for (let k = i - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (isInvisible(c)) continue;
    if (classOf(c) !== 'letter') break;
    out = s[k] + out;
  }
  return out;
}

function checkMatches(s: string, withRef: boolean): void {
  const found = findArabicDates(s, withRef ? { reference: '2021-12-18' } : undefined);
  let last = 0;
  for (const d of found) {
    expect(d.text).toBe(s.slice(d.index, d.endIndex));
    expect(d.index).toBeGreaterThanOrEqual(last); // ordered and non-overlapping
    expect(d.endIndex).toBeGreaterThan(d.index);
    last = d.endIndex;
    const first = visibleFrom(s, d.index);
    expect(first).toBe(d.index); // a match starts on a visible character
    const before = visibleBefore(s, d.index);
    if (before >= 0) {
      const a = classOf(s.charCodeAt(before));
      const b = classOf(s.charCodeAt(d.index));
      expect(
        a === 'digit' && b === 'digit',
        `starts inside a number: ${JSON.stringify(d.text)} in ${JSON.stringify(s)}`,
      ).toBe(false);
      if (a === 'letter' && b === 'letter') {
        // Only a clitic prefix (و ف, then ب ل ك) may stand glued before the match.
        expect(
          lettersBefore(s, d.index),
          `starts inside a word: ${JSON.stringify(d.text)} in ${JSON.stringify(s)}`,
        ).toMatch(/^[وف]?[بلك]?$/u);
      }
    }
    const lastVisible = visibleBefore(s, d.endIndex);
    const after = visibleFrom(s, d.endIndex);
    if (after >= 0 && lastVisible >= d.index) {
      const a = classOf(s.charCodeAt(lastVisible));
      const b = classOf(s.charCodeAt(after));
      expect(
        a !== 'other' && a === b,
        `ends inside a word or number: ${JSON.stringify(d.text)} in ${JSON.stringify(s)}`,
      ).toBe(false);
    }
  }
}

describe('findArabicDates: matches are ordered, non-overlapping and on word boundaries', () => {
  it('the reported case: 3 شوال1 يونيو 2021', () => {
    const s = '3 شوال1 يونيو 2021';
    const found = findArabicDates(s, { reference: '2021-12-18' });
    expect(found.map((d) => [d.text, d.index, d.endIndex])).toEqual([
      ['3 شوال', 0, 6],
      ['1 يونيو 2021', 6, 18],
    ]);
    checkMatches(s, true);
    checkMatches(s, false);
  });

  it('a glued ال is a prefix only after clitics: بالـ18 and وال18 yes, شوال18 and جمال18 no', () => {
    expect(findArabicDates('بالـ18 من ديسمبر 2021').map((d) => d.text)).toEqual(['الـ18 من ديسمبر 2021']);
    expect(findArabicDates('وال18 من ديسمبر 2021').map((d) => d.text)).toEqual(['ال18 من ديسمبر 2021']);
    expect(findArabicDates('جمال18 من ديسمبر 2021').map((d) => d.text)).toEqual(['18 من ديسمبر 2021']);
  });

  it('holds on generated mixtures, with a reference', () => {
    fc.assert(
      fc.property(mixture, (s) => checkMatches(s, true)),
      { numRuns: 4000 },
    );
  });

  it('holds on generated mixtures, without a reference', () => {
    fc.assert(
      fc.property(mixture, (s) => checkMatches(s, false)),
      { numRuns: 3000 },
    );
  });
});
