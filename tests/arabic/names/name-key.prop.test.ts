import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/arabic/names/index.js';

// Arabic letters, marks, tatweel, bidi/zero-width controls, presentation forms, Persian letters,
// digits, Latin, emoji and lone surrogates: the alphabet the properties are checked over.
const pieces = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ة', 'ى', 'ي', 'ؤ', 'ئ', 'ء', 'ل', 'ه', 'و', 'ع', 'ی', 'ک', 'پ', 'ڤ',
  '\u064E', '\u0651', '\u0652', '\u064B', '\u0670', '\u0654', '\u0653', '\u0655', // tashkeel, hamza/madda marks
  '\u0640', // tatweel
  '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202B', '\u2067', '\u200B', '\uFEFF', // joiners, bidi, zero-width
  'ﻻ', 'ﷲ', 'ﻋ', '\uFE70', '٣', '۵', '7', ' ', '\u00A0', '\n', '\r\n', '\t',
  'a', 'É', 'é', 'Ж', '😀', '👨', '\uD800', '\uDC00', '.', '-', "'", 'Abd', 'el', 'Mr', 'el', 'الله', 'الدين', 'Œ', 'بن', 'ابن', 'الشيخ', 'Dr',
];
const arb = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));
const anyString = fc.oneof(arb, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

const LETTER = /\p{L}/gu;
const LIGATURES = 'æœßþ';
function letterBudget(s: string): number {
  // Presentation forms count as the letters of their NFKC expansion (ﷲ is four letters).
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    // Presentation forms and Latin ligatures count as the letters they stand for (ﷲ is four, æ two).
    const expanded = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) ? ch.normalize('NFKC') : LIGATURES.includes((ch.normalize('NFD')[0] ?? '').toLowerCase()) ? 'xx' : ch;
    n += expanded.match(LETTER)?.length ?? 0;
  }
  return n;
}

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
        expect(nameKey(s).match(LETTER)?.length ?? 0).toBeLessThanOrEqual(letterBudget(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same key to names that differ only by diacritics, tatweel or bidi marks', () => {
    const names = ['عبد اللطيف حموشي', 'محمد بن سلمان', 'أحمد أبو الغيط', 'عمرو موسى', 'فاطمة الزهراء', 'Abdellatif Hammouchi'];
    const noise = fc.constantFrom('\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640', '\u200E', '\u200F', '\u061C', '\u2066', '\u2069', '\u200B');
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
