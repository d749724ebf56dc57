import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectName, romanizeArabicName } from '../../../src/arabic/names/index.js';
import { normalizeArabic } from '../../../src/arabic/text/index.js';

const words = [
  'عبد',
  'اللطيف',
  'حموشي',
  'بن',
  'ولد',
  'أبو',
  'محمد',
  'سلمان',
  'آل',
  'الدين',
  'الله',
  'أنجيلا',
  'ميركل',
  'فون',
  'جورج',
  'بوش',
  'بنعتيق',
  'الشرع',
  'زياد',
  'حداد',
  'Abdel',
  'El',
  'II',
  'الثاني',
  'الشيخ',
  'ة',
  'ى',
  'ع',
  'ا',
  'أ',
  'ي',
  'و',
  '\u064E',
  '\u0651',
  '\u200F',
  '-',
];
const name = fc.oneof(
  fc.array(fc.constantFrom(...words), { maxLength: 7 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const style = fc.constantFrom('maghreb' as const, 'mashreq' as const, 'ala-lc' as const);

describe('romanizeArabicName properties', () => {
  it('never throws on any string, ignores tashkeel, and leaves no Arabic letter in an Arabic-only name', () => {
    fc.assert(
      fc.property(name, style, (n, s) => {
        const out = romanizeArabicName(n, { style: s });
        expect(typeof out).toBe('string');
        expect(romanizeArabicName(n.replace(/[\u064B-\u0652]/gu, ''), { style: s })).toBe(out);
        if (!/[^\u0600-\u06ff\s]/u.test(normalizeArabic(n))) expect(out).not.toMatch(/[\u0621-\u064a]/u);
        expect(['arabic', 'foreign', 'unknown']).toContain(inspectName(n).origin);
      }),
      { numRuns: 1500 },
    );
  });

  it('returns a known spelling only from the list, and the romanization otherwise', () => {
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 4 }), (n, known) => {
        const plain = romanizeArabicName(n);
        const out = romanizeArabicName(n, { known });
        expect(out === plain || known.includes(out)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});
