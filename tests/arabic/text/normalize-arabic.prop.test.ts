import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/arabic/text/index.js';

// Arabic letters, marks, tatweel, bidi/zero-width controls, presentation forms, Persian letters,
// digits, Latin, emoji and lone surrogates: the alphabet the properties are checked over.
const pieces = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ة', 'ى', 'ي', 'ؤ', 'ئ', 'ء', 'ل', 'ه', 'و', 'ع', 'ی', 'ک', 'پ', 'ڤ',
  '\u064E', '\u0651', '\u0652', '\u064B', '\u0670', '\u0654', '\u0653', '\u0655', // tashkeel, hamza/madda marks
  '\u0640', // tatweel
  '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202B', '\u2067', '\u200B', '\uFEFF', // joiners, bidi, zero-width
  'ﻻ', 'ﷲ', 'ﻋ', '\uFE70', '٣', '۵', '7', ' ', '\u00A0', '\n', '\r\n', '\t',
  'a', 'É', 'é', 'Ж', '😀', '👨', '\uD800', '\uDC00', '.', '-', "'", 'Abd', 'el', 'بن', 'ابن', 'الشيخ', 'Dr',
];
const arb = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));
const anyString = fc.oneof(arb, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const allOptions = fc.record({ alef: fc.boolean(), alefMaqsura: fc.boolean(), taMarbuta: fc.boolean(), hamza: fc.boolean(), digits: fc.boolean() });

const LETTER = /\p{L}/gu;
function letterBudget(s: string): number {
  // Presentation forms count as the letters of their NFKC expansion (ﷲ is four letters).
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const expanded = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) ? ch.normalize('NFKC') : ch;
    n += expanded.match(LETTER)?.length ?? 0;
  }
  return n;
}

describe('normalizeArabic properties', () => {
  it('is total and idempotent for every option set', () => {
    fc.assert(
      fc.property(anyString, allOptions, (s, o) => {
        const once = normalizeArabic(s, o);
        expect(normalizeArabic(once, o)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never adds letters', () => {
    fc.assert(
      fc.property(anyString, allOptions, (s, o) => {
        expect(normalizeArabic(s, o).match(LETTER)?.length ?? 0).toBeLessThanOrEqual(letterBudget(s));
      }),
      { numRuns: 1000 },
    );
  });
});

