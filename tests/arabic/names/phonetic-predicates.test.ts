/**
 * The shared predicates of the phonetic skeletons (one vowel-letter test, one doubled-consonant
 * rule): the behaviour chosen when the duplicates were merged, pinned.
 */
import { describe, expect, it } from 'vitest';
import { latinSkeleton } from '../../../src/arabic/names/_lib/phonetic/latin-skeleton.js';
import { code, isVowelLetter, pushSymbol } from '../../../src/arabic/names/_lib/phonetic/symbols.js';

const c = (ch: string): number => ch.charCodeAt(0);

describe('isVowelLetter', () => {
  it('is true for a e i o u and y, false for consonant letters (w and h included)', () => {
    for (const v of 'aeiouy') expect(isVowelLetter(c(v))).toBe(true);
    for (const k of 'bcdfghjklmnpqrstvwxz') expect(isVowelLetter(c(k))).toBe(false);
    expect(isVowelLetter(Number.NaN)).toBe(false);
  });
});

describe('pushSymbol', () => {
  it('collapses a doubled consonant symbol and keeps a doubled vowel symbol', () => {
    const out: number[] = [];
    for (const s of 'mmaa') pushSymbol(out, code(s));
    expect(out).toEqual([code('m'), code('a'), code('a')]);
  });
});

describe('the letter y in Latin skeletons', () => {
  it('is the consonant symbol before a vowel and the vowel i elsewhere', () => {
    expect(latinSkeleton('yasmina', false).codes[0]).toBe(code('y'));
    expect(latinSkeleton('mayara', false).codes).toContain(code('y'));
    expect(latinSkeleton('zaky', false).codes.at(-1)).toBe(code('i'));
    expect(latinSkeleton('yvonne', false).codes[0]).toBe(code('i'));
  });
  it('reads the article fused to Abd after any vowel letter (Abdellatif = Abdullatif)', () => {
    expect(latinSkeleton('abdellatif', false).codes).toEqual(latinSkeleton('abdullatif', false).codes);
  });
  it('doubled consonants collapse the same way in every path (Hammouchi = Hamouchi)', () => {
    expect(latinSkeleton('hammouchi', false).codes).toEqual(latinSkeleton('hamouchi', false).codes);
    expect(latinSkeleton('saad', false).codes.filter((x) => x === code('a'))).toHaveLength(2);
  });
});
