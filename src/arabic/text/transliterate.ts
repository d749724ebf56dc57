import { checkOneOf, checkOptionsObject } from '../_lib/check-options.js';
import { TO_BUCKWALTER } from './_lib/buckwalter.js';
import { mapChars } from './_lib/map-chars.js';

/**
 * Options of {@link transliterate} and {@link untransliterate}.
 *
 * @example
 * ```ts
 * const options: TransliterateOptions = { scheme: 'buckwalter' };
 * ```
 * @category Text
 */
export interface TransliterateOptions {
  /**
   * The transliteration scheme. `'buckwalter'` (the default, and the only one for now) is Tim
   * Buckwalter's one-to-one ASCII scheme, with the usual extension پ P, چ J, ڤ V, گ G.
   */
  readonly scheme?: 'buckwalter';
}

/** Run-time check of the options of transliterate / untransliterate (private to this folder). */
export function checkTransliterateOptions(fn: string, options: unknown): void {
  if (options === undefined) return;
  const o = checkOptionsObject(fn, options, ['scheme']);
  checkOneOf(fn, 'scheme', o.scheme, ['buckwalter']);
}

/**
 * Transliterate Arabic script to ASCII, one character for one character (Buckwalter).
 *
 * Every Arabic letter, hamza form, tashkeel mark, tatweel and the dagger alef has its own ASCII
 * symbol (ا A, ب b, ة p, ث v, ح H, ذ *, ش $, ع E, ى Y, fatha a, shadda ~, …); anything else is
 * copied as is. The mapping is reversed by {@link untransliterate}:
 * `untransliterate(transliterate(s)) === s` for any text whose non-Arabic characters are not
 * themselves Buckwalter symbols (ASCII letters and `' | > & < } * $ _ ~ \` {`), e.g. Arabic text
 * with spaces, digits and Arabic punctuation. Meant for NLP tools and storage, not for readers:
 * use {@link romanizeArabicName} for readable names. Total and linear.
 *
 * @param text - Any string.
 * @param options - `scheme` (default `'buckwalter'`).
 * @returns The transliteration.
 * @throws {TypeError} When `options` is not an object, has an unknown key, or `scheme` is not `'buckwalter'`.
 * @example
 * ```ts
 * transliterate('عبد اللطيف حموشي'); // 'Ebd AllTyf Hmw$y'
 * ```
 * @category Text
 */
export function transliterate(text: string, options?: TransliterateOptions): string {
  checkTransliterateOptions('transliterate', options);
  return mapChars(String(text), TO_BUCKWALTER, 0x0600, 0x06af);
}
