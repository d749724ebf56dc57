import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/arabic/names/index.js';

const words = [
  'عبد',
  'اللطيف',
  'حموشي',
  'بن',
  'محمد',
  'سلمان',
  'آل',
  'Abdel',
  'Latif',
  'Hammouchi',
  'bin',
  'El',
  'Mohammed',
  'Salman',
  'II',
  'الثاني',
  'Dr.',
  'الشيخ',
  'ة',
  'ى',
  '\u064E',
  '\u200F',
  '-',
  "'",
];
const name = fc.oneof(
  fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('compareNames properties', () => {
  it('is symmetric, bounded and reflexive', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const s = compareNames(a, b);
        expect(s).toBe(compareNames(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(compareNames(a, a)).toBe(1);
      }),
      { numRuns: 1500 },
    );
  });
});
