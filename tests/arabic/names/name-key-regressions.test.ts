import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/arabic/names/index.js';

// Inputs that property tests once found where a key did not fold to itself.
const FOUND = [
  '\u212B', // ANGSTROM SIGN: lower-cases to å, which folds to a
  '\u0130', // İ: lower-cases to i + U+0307
  'ا\uD800الله\uDC00الله', // lone surrogates split words; a compound must not be joined twice
  'ا الله الله',
  'عبد الله الله',
  'الAl-Dr', // an Arabic article glued to a Latin one before a title
];

describe('nameKey regressions', () => {
  it.each(FOUND)('folds %j to a fixed point', (input) => {
    const key = nameKey(input);
    expect(nameKey(key)).toBe(key);
  });

  it('still joins a name with a following الدين / الله', () => {
    expect(nameKey('نور الدين')).toBe('نورالدين');
    expect(nameKey('عبد الله')).toBe('عبدالله');
  });
});
