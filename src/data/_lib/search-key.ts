import { normalizeArabic } from '../../arabic/index.js';

const FOLDS = { alef: true, alefMaqsura: true, taMarbuta: true, hamza: true, digits: true } as const;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Drops an Arabic definite article (ال, or لل after the preposition li-) from a long enough token. */
function stripArticle(token: string): string {
  if (token.length >= 4 && token.startsWith('ال')) return token.slice(2);
  if (token.length >= 5 && token.startsWith('لل')) return token.slice(2);
  return token;
}

/**
 * Splits a name or query into comparable tokens, in any script.
 *
 * Arabic is normalized with the shared normalizer (tashkeel and tatweel removed, alef, hamza,
 * alef maqsura and ta marbuta folded); Latin is lower-cased and stripped of accents; punctuation
 * (dots in `F.B.I.`, quotes, hyphens) separates tokens; a bare Arabic article (`الـ`) is dropped
 * and a leading article is removed from longer Arabic words, so `الإف بي أي` and `إف بي آي`
 * give the same tokens.
 *
 * @param text - any string
 * @returns the tokens, possibly empty
 */
export function searchTokens(text: string): string[] {
  const folded = normalizeArabic(String(text), FOLDS).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const tokens: string[] = [];
  let current = '';
  for (const ch of folded) {
    if (WORD_CHAR.test(ch)) {
      current += ch;
    } else if (current !== '') {
      tokens.push(current);
      current = '';
    }
  }
  if (current !== '') tokens.push(current);
  const out: string[] = [];
  for (const token of tokens) {
    if (token === 'ال') continue;
    out.push(stripArticle(token));
  }
  return out;
}
