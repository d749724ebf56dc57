import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText as anyString, letterBudget, letterCount } from '../_lib/arbitraries.js';
import { nameKey } from '../../../src/arabic/names/index.js';

describe('nameKey properties', () => {
  it('is total and idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const k = nameKey(s);
        expect(nameKey(k)).toBe(k);
      }),
      { numRuns: 4000 },
    );
  });

  it('never adds letters', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(letterCount(nameKey(s))).toBeLessThanOrEqual(letterBudget(s, { latinLigatures: true }));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same key to names that differ only by diacritics, tatweel or bidi marks', () => {
    const names = [
      'عبد اللطيف حموشي',
      'محمد بن سلمان',
      'أحمد أبو الغيط',
      'عمرو موسى',
      'فاطمة الزهراء',
      'Abdellatif Hammouchi',
    ];
    const noise = fc.constantFrom(
      '\u064E',
      '\u064F',
      '\u0650',
      '\u0651',
      '\u0652',
      '\u064B',
      '\u0640',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u2066',
      '\u2069',
      '\u200B',
    );
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 8 }), (name, inserts) => {
        const chars = [...name];
        for (const [pos, mark] of inserts) {
          const p = pos % (chars.length + 1);
          // marks are only inserted after a letter, as they would be written
          if (p > 0 && chars[p - 1] !== ' ') chars.splice(p, 0, mark);
        }
        expect(nameKey(chars.join(''))).toBe(nameKey(name));
      }),
      { numRuns: 1000 },
    );
  });
});
