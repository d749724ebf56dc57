import { FROM_BUCKWALTER } from './_lib/buckwalter.js';
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
  const s = String(text);
  // Runs of characters that are not Buckwalter symbols are copied by slices, and the pieces are
  // joined once at the end (concatenating one character at a time grew superlinearly on long text).
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const b = FROM_BUCKWALTER.get(s[i] ?? '');
    if (b === undefined) continue;
    if (run < i) parts.push(s.slice(run, i));
    parts.push(b);
    run = i + 1;
  }
  if (run === 0) return s;
  if (run < s.length) parts.push(s.slice(run));
  return parts.join('');
}
