import { FROM_BUCKWALTER } from './_lib/buckwalter.js';
import { mapChars } from './_lib/map-chars.js';
import { checkTransliterateOptions } from './transliterate.js';
import type { TransliterateOptions } from './transliterate.js';

/**
 * The inverse of {@link transliterate}: Buckwalter ASCII back to Arabic script.
 *
 * Every Buckwalter symbol (`A b t v j H x d * r z s $ S D T Z E g f q k l m n h w Y y p ' | > & < }`,
 * marks `F N K a u i ~ o \``, `_` tatweel, `{` alef wasla, `P J V G`) becomes its Arabic
 * character; anything else is copied. Note that Latin letters are Buckwalter symbols, so Latin
 * text is turned into Arabic letters too. Total and linear.
 *
 * @param text - Buckwalter text.
 * @param options - `scheme` (default `'buckwalter'`).
 * @returns Arabic-script text.
 * @throws {TypeError} When `options` is not an object, has an unknown key, or `scheme` is not `'buckwalter'`.
 * @example
 * ```ts
 * untransliterate('Ebd AllTyf Hmw$y'); // 'عبد اللطيف حموشي'
 * ```
 * @category Text
 */
export function untransliterate(text: string, options?: TransliterateOptions): string {
  checkTransliterateOptions('untransliterate', options);
  return mapChars(String(text), FROM_BUCKWALTER);
}
