import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText as anyString, letterBudget, letterCount } from '../_lib/arbitraries.js';
import { normalizeArabic } from '../../../src/arabic/text/index.js';

const allOptions = fc.record({
  alef: fc.boolean(),
  alefMaqsura: fc.boolean(),
  taMarbuta: fc.boolean(),
  hamza: fc.boolean(),
  digits: fc.boolean(),
});

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
        expect(letterCount(normalizeArabic(s, o))).toBeLessThanOrEqual(letterBudget(s));
      }),
      { numRuns: 1000 },
    );
  });
});
