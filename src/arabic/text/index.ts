/**
 * Arabic text normalization and transliteration.
 *
 * @module
 */
export { normalizeArabic } from './normalize-arabic.js';
export type { NormalizeArabicOptions } from './normalize-arabic.js';
export { transliterate } from './transliterate.js';
export type { TransliterateOptions } from './transliterate.js';
export { untransliterate } from './untransliterate.js';
