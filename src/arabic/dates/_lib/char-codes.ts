/**
 * Code units of the punctuation the date tokenizer and grammar read, after folding (the Arabic
 * comma ، folds to `,`, the Arabic semicolon ؛ to `;`, the Arabic question mark ؟ to `?`, dashes
 * to `-`, the fraction slash to `/`).
 *
 * @internal
 */

export const EXCLAMATION = 0x21;
export const OPEN_PAREN = 0x28;
export const CLOSE_PAREN = 0x29;
export const COMMA = 0x2c;
export const DASH = 0x2d;
export const DOT = 0x2e;
export const SLASH = 0x2f;
export const DIGIT_ZERO = 0x30;
export const COLON = 0x3a;
export const SEMICOLON = 0x3b;
export const QUESTION = 0x3f;
