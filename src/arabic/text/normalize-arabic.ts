import { checkBoolean, checkOptionsObject } from '../_lib/check-options.js';
import { FOLD_ALEF, FOLD_DIGITS, FOLD_HAMZA, FOLD_MAQSURA, FOLD_TA_MARBUTA, foldText } from '../_lib/fold-text.js';

/**
 * Optional folds of {@link normalizeArabic}. Every option defaults to `false`, so the default
 * output keeps every letter a reader would see and only removes what is invisible or decorative.
 *
 * @example
 * ```ts
 * const options: NormalizeArabicOptions = { alef: true, taMarbuta: true };
 * normalizeArabic('أسامة', options); // 'اسامه'
 * ```
 * @category Text
 */
export interface NormalizeArabicOptions {
  /** Fold alef forms أ إ آ ٱ (and rarer ٲ ٳ ٵ) to bare ا. Default `false`. */
  readonly alef?: boolean;
  /** Fold alef maqsura ى to ي (Egyptian spelling of final yeh). Default `false`. */
  readonly alefMaqsura?: boolean;
  /** Fold ta marbuta ة to ه. Default `false`. */
  readonly taMarbuta?: boolean;
  /** Fold hamza seats ؤ → و and ئ → ي (a lone ء is kept). Default `false`. */
  readonly hamza?: boolean;
  /** Fold Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII 0–9. Default `false`. */
  readonly digits?: boolean;
}

const NORMALIZE_OPTIONS: readonly string[] = ['alef', 'alefMaqsura', 'taMarbuta', 'hamza', 'digits'];

/**
 * Display-safe Arabic normalization: removes what is invisible or decorative, keeps every letter.
 *
 * Always done: removes tashkeel (harakat, shadda, sukun, tanwin, dagger alef, Quranic marks) and
 * tatweel; composes a decomposed hamza or madda with its letter (ا + U+0654 → أ); removes bidi
 * controls (LRM, RLM, ALM, embeddings, isolates) and stray zero-width characters (ZWSP, word
 * joiner, BOM, soft hyphen), while keeping ZWJ inside emoji sequences and ZWNJ where it shapes a
 * Persian compound (after a letter that joins on both sides, before an Arabic letter); folds
 * presentation forms and Arabic mathematical letters with NFKC (ﻻ → لا, ﷲ → الله); folds
 * Persian/Urdu variants of Arabic letters (ی → ي, ک → ك, ھ/ہ → ه, ۃ → ة); turns every
 * horizontal whitespace run into one space and every line terminator into `\n` (spaces around
 * line breaks dropped), and trims. Distinct Persian consonants (پ چ ژ گ ڤ) are kept.
 *
 * Latin (with its diacritics), Cyrillic, emoji and other scripts pass through unchanged. A lone
 * surrogate (malformed UTF-16) becomes U+FFFD, as with `String.prototype.toWellFormed`, so that
 * removing a mark between two halves can never fuse them into a new character. The function is
 * total (never throws on any string; a bad option is a `TypeError`), idempotent and linear in
 * the input.
 *
 * @param text - Any string.
 * @param options - Optional folds, all off by default: see {@link NormalizeArabicOptions}.
 * @returns The normalized string.
 * @throws {TypeError} When `options` is not an object, has an unknown key, or an option is not a boolean.
 * @example
 * ```ts
 * normalizeArabic('عَبْدُ اللَّطِيف\u200F  حـمـوشي'); // 'عبد اللطيف حموشي' (tashkeel, RLM, tatweel removed)
 * normalizeArabic('إِسْماعِيل ١٢', { alef: true, digits: true }); // 'اسماعيل 12'
 * ```
 * @category Text
 */
export function normalizeArabic(text: string, options?: NormalizeArabicOptions): string {
  let flags = 0;
  if (options !== undefined) {
    const fn = 'normalizeArabic';
    const o = checkOptionsObject(fn, options, NORMALIZE_OPTIONS);
    if (checkBoolean(fn, 'alef', o.alef) === true) flags |= FOLD_ALEF;
    if (checkBoolean(fn, 'alefMaqsura', o.alefMaqsura) === true) flags |= FOLD_MAQSURA;
    if (checkBoolean(fn, 'taMarbuta', o.taMarbuta) === true) flags |= FOLD_TA_MARBUTA;
    if (checkBoolean(fn, 'hamza', o.hamza) === true) flags |= FOLD_HAMZA;
    if (checkBoolean(fn, 'digits', o.digits) === true) flags |= FOLD_DIGITS;
  }
  return foldText(wellFormed(String(text)), flags);
}

/** `String.prototype.toWellFormed` (ES2024: Node 20, current browsers), where the runtime has it. */
interface WellFormedString {
  toWellFormed?: () => string;
}

/**
 * `text` with every lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` and
 * `TextDecoder` do (on an older runtime without it, lone surrogates pass through). Folding removes
 * characters (marks, tatweel, invisible controls); without this step, removing one between a lone
 * high and a lone low surrogate would fuse them into a new character.
 */
function wellFormed(text: string): string {
  const s = text as unknown as WellFormedString;
  return s.toWellFormed === undefined ? text : s.toWellFormed();
}
