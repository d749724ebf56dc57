/**
 * Run-time checks of the options of every name and text function: JavaScript callers are not
 * protected by the types, so a bad option is a TypeError naming the allowed values.
 */
import { describe, expect, it } from 'vitest';
import { namesMatch, romanizeArabicName } from '../../../src/arabic/names/index.js';
import { normalizeArabic, transliterate, untransliterate } from '../../../src/arabic/text/index.js';

const call = (f: (s: string, o?: never) => unknown, o: unknown) => () => f('عبد', o as never);

describe('option checks', () => {
  it('romanizeArabicName: style and known', () => {
    expect(call(romanizeArabicName, { style: 'english' })).toThrow(
      /options.style must be one of 'maghreb', 'mashreq', 'ala-lc', got 'english'/u,
    );
    expect(call(romanizeArabicName, { style: null })).toThrow(TypeError);
    expect(call(romanizeArabicName, { known: null })).toThrow(TypeError);
    expect(call(romanizeArabicName, [])).toThrow(/options must be an object, got an array/u);
  });

  it('namesMatch: threshold must be a number in [0, 1]', () => {
    expect(() => namesMatch('a', 'b', { threshold: Number.NaN })).toThrow(
      /options.threshold must be a number from 0 to 1, got NaN/u,
    );
    expect(() => namesMatch('a', 'b', { threshold: 1.5 })).toThrow(TypeError);
    expect(() => namesMatch('a', 'b', { threshold: '0.5' as unknown as number })).toThrow(/got '0.5'/u);
    expect(() => namesMatch('a', 'b', { treshold: 0.5 } as never)).toThrow(
      /unknown option 'treshold' \(allowed: 'threshold'\)/u,
    );
    expect(namesMatch('حموشي', 'Abdellatif Hammouchi', { threshold: 0 })).toBe(true);
    expect(namesMatch('حموشي', 'Abdellatif Hammouchi', {})).toBe(true);
  });

  it('normalizeArabic: known boolean folds only', () => {
    expect(call(normalizeArabic, { alef: 'yes' })).toThrow(
      /normalizeArabic: options.alef must be true or false, got 'yes'/u,
    );
    expect(call(normalizeArabic, { alif: true })).toThrow(
      /unknown option 'alif' \(allowed: 'alef', 'alefMaqsura', 'taMarbuta', 'hamza', 'digits'\)/u,
    );
    expect(call(normalizeArabic, 'alef')).toThrow(TypeError);
    expect(normalizeArabic('أ', { alef: false })).toBe('أ');
  });

  it('transliterate / untransliterate: scheme is buckwalter, even though it is the only one', () => {
    expect(call(transliterate, { scheme: 'ala-lc' })).toThrow(
      /transliterate: options.scheme must be one of 'buckwalter', got 'ala-lc'/u,
    );
    expect(call(untransliterate, { scheme: 'din' })).toThrow(
      /untransliterate: options.scheme must be one of 'buckwalter'/u,
    );
    expect(call(transliterate, { style: 'buckwalter' })).toThrow(/unknown option 'style' \(allowed: 'scheme'\)/u);
    expect(call(untransliterate, 7)).toThrow(TypeError);
    expect(transliterate('عبد', { scheme: 'buckwalter' })).toBe('Ebd');
    expect(untransliterate('Ebd', {})).toBe('عبد');
  });
});
