import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectName } from '../../../../src/arabic/index.js';
import { isPlainArabicName, isPlainAsciiName } from '../../../../src/validate/_lib/check/check-record.js';

describe('isPlainAsciiName (the fast path that skips inspectName)', () => {
  it('holds only for names inspectName never flags', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
      maxLength: 30,
    });
    const mixed = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '-', "'", 'é', 'ع', 'а', '\u200F', '\t', '\u00A0'),
      maxLength: 12,
    }); // Latin, Arabic, Cyrillic а, RLM, tab, NBSP
    fc.assert(
      fc.property(fc.oneof(ascii, mixed), (name) => {
        if (isPlainAsciiName(name)) expect(inspectName(name)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    expect(isPlainAsciiName('Abdellatif Hammouchi')).toBe(true);
    expect(isPlainAsciiName('Abdellatif  Hammouchi')).toBe(false);
    expect(isPlainAsciiName(' Hammouchi')).toBe(false);
    expect(isPlainAsciiName('Hаmmouchi')).toBe(false); // Cyrillic а
    expect(isPlainAsciiName('')).toBe(false);
  });
});

describe('isPlainArabicName (the fast path that skips inspectName)', () => {
  it('holds only for names inspectName never flags', () => {
    const letters: string[] = [];
    for (let c = 0x0620; c <= 0x0670; c++) letters.push(String.fromCharCode(c)); // letters, tatweel, marks
    const arabic = fc.string({ unit: fc.constantFrom(...letters, ' ', ' '), maxLength: 30 });
    const mixed = fc.string({
      unit: fc.constantFrom('ع', 'ب', 'د', ' ', 'a', '\u0640', '\u064E', '\uFEE9', '\u200F', '\u200C', '\u00A0', '١'),
      maxLength: 12,
    }); // letters, Latin, tatweel, fatha, a presentation form, RLM, ZWNJ, NBSP, an Arabic-Indic digit
    const plain: string[] = [];
    for (let c = 0x0621; c <= 0x064a; c++) if (c < 0x063b || c > 0x0640) plain.push(String.fromCharCode(c));
    const words = fc
      .array(fc.string({ unit: fc.constantFrom(...plain), minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 })
      .map((ws) => ws.join(' '));
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(arabic, mixed, words), (name) => {
        if (!isPlainArabicName(name)) return;
        accepted++;
        expect(inspectName(name)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(500);
    expect(isPlainArabicName('عبد اللطيف حموشي')).toBe(true);
    expect(isPlainArabicName('عبد  اللطيف')).toBe(false);
    expect(isPlainArabicName('عبد ')).toBe(false);
    expect(isPlainArabicName('عبـد')).toBe(false); // tatweel
    expect(isPlainArabicName('عبدa')).toBe(false);
    expect(isPlainArabicName('')).toBe(false);
  });
});
