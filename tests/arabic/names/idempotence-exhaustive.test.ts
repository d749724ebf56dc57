import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/arabic/names/index.js';
import { normalizeArabic } from '../../../src/arabic/text/index.js';

// Property tests sample strings; these walk every single code point (outside surrogates), where
// case mappings and compatibility characters hide (U+212B ANGSTROM SIGN lower-cases to å, İ to
// i + U+0307), so that a key or a normalized string always maps to itself.
function nonIdempotent(f: (s: string) => string): string[] {
  const bad: string[] = [];
  for (let c = 0x80; c < 0x30000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const once = f(String.fromCodePoint(c));
    if (f(once) !== once) bad.push(`U+${c.toString(16).toUpperCase()}`);
  }
  return bad;
}

describe('idempotence over every code point', () => {
  it('nameKey', () => {
    expect(nonIdempotent(nameKey)).toEqual([]);
  });

  it('normalizeArabic, default and with every fold', () => {
    expect(nonIdempotent((s) => normalizeArabic(s))).toEqual([]);
    const all = { alef: true, alefMaqsura: true, taMarbuta: true, hamza: true, digits: true };
    expect(nonIdempotent((s) => normalizeArabic(s, all))).toEqual([]);
  });
});
