import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transliterate, untransliterate } from '../../../src/arabic/text/index.js';

// Arabic block characters (letters, marks, digits, punctuation), spaces and digits: text whose
// non-Arabic characters are not Buckwalter symbols.
const arabicText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(' ', '1', '2', '\n', '.', '،'),
    ),
    { maxLength: 40 },
  )
  .map((a) => a.join(''));

describe('Buckwalter properties', () => {
  it('round-trips Arabic text', () => {
    fc.assert(
      fc.property(arabicText, (s) => {
        expect(untransliterate(transliterate(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('is total', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof transliterate(s)).toBe('string');
        expect(typeof untransliterate(s)).toBe('string');
      }),
    );
  });
});
