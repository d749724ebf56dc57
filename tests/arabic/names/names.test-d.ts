import { describe, expectTypeOf, it } from 'vitest';
import {
  compareNames,
  inspectName,
  nameKey,
  namesMatch,
  normalizeArabic,
  parseArabicName,
  romanizeArabicName,
  transliterate,
  untransliterate,
} from '../../../src/arabic/index.js';
import type {
  NameInspection,
  NameWarning,
  NameWarningCode,
  NormalizeArabicOptions,
  ParsedArabicName,
  RomanizeArabicNameOptions,
} from '../../../src/arabic/index.js';

describe('Arabic names and text signatures', () => {
  it('are stable', () => {
    expectTypeOf(normalizeArabic).toEqualTypeOf<(text: string, options?: NormalizeArabicOptions) => string>();
    expectTypeOf(nameKey).toEqualTypeOf<(name: string) => string>();
    expectTypeOf(compareNames).toEqualTypeOf<(a: string, b: string) => number>();
    expectTypeOf(namesMatch).parameter(2).toEqualTypeOf<{ readonly threshold?: number } | undefined>();
    expectTypeOf(inspectName).returns.toEqualTypeOf<NameInspection>();
    expectTypeOf(inspectName).returns.toMatchTypeOf<NameWarning[]>();
    expectTypeOf(parseArabicName).returns.toEqualTypeOf<ParsedArabicName>();
    expectTypeOf(romanizeArabicName).parameter(1).toEqualTypeOf<RomanizeArabicNameOptions | undefined>();
    expectTypeOf(transliterate).returns.toBeString();
    expectTypeOf(untransliterate).returns.toBeString();
  });

  it('expose literal unions', () => {
    expectTypeOf<NameWarningCode>().toEqualTypeOf<
      | 'bidi-control'
      | 'invisible-character'
      | 'mixed-script'
      | 'presentation-form'
      | 'confusable'
      | 'irregular-whitespace'
    >();
    expectTypeOf<NonNullable<RomanizeArabicNameOptions['style']>>().toEqualTypeOf<'maghreb' | 'mashreq' | 'ala-lc'>();
    expectTypeOf<ParsedArabicName['script']>().toEqualTypeOf<'arabic' | 'latin' | 'mixed' | 'other'>();
  });
});
