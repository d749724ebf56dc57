/**
 * Arabic and cross-script person names: keys, structure, romanization, matching, inspection.
 *
 * @module
 */
export { nameKey } from './name-key.js';
export { inspectName } from './inspect-name.js';
export type { NameInspection, NameOrigin, NameWarning, NameWarningCode } from './inspect-name.js';
export { compareNames } from './compare-names.js';
export { namesMatch } from './names-match.js';
export type { NamesMatchOptions } from './names-match.js';
export { NAME_MATCH_THRESHOLD } from './name-match-threshold.js';
export { parseArabicName } from './parse-arabic-name.js';
export type { ParsedArabicName } from './parse-arabic-name.js';
export { romanizeArabicName } from './romanize-arabic-name.js';
export type { RomanizeArabicNameOptions } from './romanize-arabic-name.js';
