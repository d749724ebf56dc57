import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectName } from '../../../../src/arabic/index.js';
import { isPlainName } from '../../../../src/validate/_lib/check/check-record.js';

/** What isPlainName decides, written out plainly: every character ASCII, or every one basic Arabic. */
function plainSpec(name: string): boolean {
  if (name === '' || name.startsWith(' ') || name.endsWith(' ') || name.includes('  ')) return false;
  const chars = [...name].filter((ch) => ch !== ' ');
  const ascii = chars.every((ch) => ch >= '!' && ch <= '~');
  const arabic = chars.every((ch) => (ch >= '\u0621' && ch <= '\u063A') || (ch >= '\u0641' && ch <= '\u064A'));
  return ascii || arabic;
}

describe('isPlainName (the fast path that skips inspectName)', () => {
  it('holds only for ASCII names inspectName never flags', () => {
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
        if (isPlainName(name)) expect(inspectName(name)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    expect(isPlainName('Abdellatif Hammouchi')).toBe(true);
    expect(isPlainName('Abdellatif  Hammouchi')).toBe(false);
    expect(isPlainName(' Hammouchi')).toBe(false);
    expect(isPlainName('Hаmmouchi')).toBe(false); // Cyrillic а
    expect(isPlainName('')).toBe(false);
  });

  it('holds only for Arabic names inspectName never flags', () => {
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
        if (!isPlainName(name)) return;
        accepted++;
        expect(inspectName(name)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(500);
    expect(isPlainName('عبد اللطيف حموشي')).toBe(true);
    expect(isPlainName('عبد  اللطيف')).toBe(false);
    expect(isPlainName('عبد ')).toBe(false);
    expect(isPlainName('عبـد')).toBe(false); // tatweel
    expect(isPlainName('عبدa')).toBe(false);
    expect(isPlainName('')).toBe(false);
  });

  it('is true exactly when the name is all printable ASCII or all basic Arabic letters, single spaces inside', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      '~',
      ' ',
      '\t',
      'é',
      'ء',
      'ع',
      'ي',
      '\u063B',
      '\u0640',
      '\u064B',
      'а',
      '١',
      '\u200F',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (name) => {
        expect(isPlainName(name)).toBe(plainSpec(name));
      }),
      { numRuns: 5000 },
    );
    expect(isPlainName('ع'.repeat(100_000) + ' a')).toBe(false);
    expect(isPlainName('a '.repeat(50_000) + 'b')).toBe(true);
  });
});
