import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectName } from '../../../../src/arabic/index.js';
import { isPlainAsciiName } from '../../../../src/validate/_lib/check/check-record.js';

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
