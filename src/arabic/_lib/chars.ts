/**
 * Character classes shared by the Arabic text and name functions (private).
 * Every test is a constant-time range check on a code point.
 */

/** True for a code point in one of the Arabic-script letter blocks (not marks, digits or punctuation). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  );
}

/** True for Arabic combining marks removed by the normalizer (harakat, shadda, tanwin, dagger alef, Quranic marks). */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    c === 0x06e7 ||
    c === 0x06e8 ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08e1) ||
    (c >= 0x08e3 && c <= 0x08ff)
  );
}

/** True for bidi controls: ALM, LRM, RLM, embeddings/overrides and isolates. */
export function isBidiControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** True for invisible characters removed by the normalizer (ZWJ and ZWNJ are handled separately). */
export function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x00ad || c === 0x034f || c === 0x180e || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

/** True for Arabic presentation forms and Arabic mathematical letters (folded with NFKC). */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) || (c >= 0x1ee00 && c <= 0x1eeff);
}

/** True for horizontal whitespace folded to a single space. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** True for line terminators folded to `\n`. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * True for Arabic letters that join on both sides, so a ZWNJ after them changes the shape
 * (the Persian compound case). Right-joining letters (ا د ذ ر ز و ة …) and hamza are excluded.
 */
export function isDualJoining(c: number): boolean {
  if (!isArabicLetter(c)) return false;
  return !(
    (c >= 0x0621 && c <= 0x0625) ||
    c === 0x0627 ||
    c === 0x0629 ||
    (c >= 0x062f && c <= 0x0632) ||
    c === 0x0648 ||
    (c >= 0x0671 && c <= 0x0677) ||
    (c >= 0x0688 && c <= 0x0699) ||
    c === 0x06c0 ||
    (c >= 0x06c3 && c <= 0x06cb) ||
    c === 0x06cd ||
    c === 0x06cf ||
    c === 0x06d2 ||
    c === 0x06d3 ||
    c === 0x06d5 ||
    c === 0x06ee ||
    c === 0x06ef
  );
}

/** True for code points that are pictographic (emoji) or emoji modifiers / VS16, where a ZWJ is meaningful. */
export function isEmojiPart(c: number): boolean {
  return (
    (c >= 0x1f000 && c <= 0x1faff) ||
    (c >= 0x2600 && c <= 0x27bf) ||
    c === 0xfe0f ||
    c === 0x2640 ||
    c === 0x2642 ||
    c === 0x2695 ||
    c === 0x2696 ||
    c === 0x2708 ||
    c === 0x2764 ||
    (c >= 0x1f3fb && c <= 0x1f3ff) ||
    c === 0x20e3
  );
}

/** True when a code point is a letter-like character of a non-Arabic script (used for ZWJ/ZWNJ in Indic text). */
export function isOtherScriptLetter(c: number): boolean {
  return (
    c > 0x7f &&
    c >= 0x0900 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !isArabicLetter(c) &&
    !isEmojiPart(c) &&
    !(c >= 0xfb50 && c <= 0xfeff)
  );
}

/**
 * Whether a ZWNJ (U+200C) or ZWJ (U+200D) between `prev` and `next` is meaningful and kept:
 * ZWNJ after a dual-joining Arabic letter before another Arabic letter (Persian compounds),
 * ZWJ inside emoji sequences, either joiner between letters of a non-Arabic script (Indic).
 */
export function keepJoiner(joiner: number, prev: number, next: number): boolean {
  if (joiner === 0x200c) {
    if (isDualJoining(prev) && isArabicLetter(next)) return true;
  } else if (isEmojiPart(prev) && isEmojiPart(next)) {
    return true;
  }
  return isOtherScriptLetter(prev) && isOtherScriptLetter(next);
}

/** Hamza and madda combining marks composed with the preceding letter (NFC for the Arabic cases). */
export function composeHamza(base: number, mark: number): number {
  if (mark === 0x0653) return base === 0x0627 ? 0x0622 : 0;
  if (mark === 0x0654) {
    switch (base) {
      case 0x0627:
        return 0x0623;
      case 0x0648:
        return 0x0624;
      case 0x064a:
        return 0x0626;
      case 0x06d5:
        return 0x06c0;
      default:
        return 0;
    }
  }
  if (mark === 0x0655) return base === 0x0627 ? 0x0625 : 0;
  return 0;
}
