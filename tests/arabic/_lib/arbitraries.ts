import fc from 'fast-check';

/**
 * The alphabet the Arabic text and name properties are checked over: Arabic letters and their
 * variant forms, marks, tatweel, bidi and zero-width controls, presentation forms, Persian
 * letters, digits in three systems, whitespace, Latin (with diacritics and ligatures), Cyrillic,
 * emoji, lone surrogates, punctuation, and the name particles and titles the name code treats
 * specially.
 */
export const ARABIC_TEXT_PIECES: readonly string[] = [
  'ا',
  'أ',
  'إ',
  'آ',
  'ٱ',
  'ب',
  'ة',
  'ى',
  'ي',
  'ؤ',
  'ئ',
  'ء',
  'ل',
  'ه',
  'و',
  'ع',
  'ی',
  'ک',
  'پ',
  'ڤ',
  '\u064E',
  '\u0651',
  '\u0652',
  '\u064B',
  '\u0670',
  '\u0654',
  '\u0653',
  '\u0655', // tashkeel, hamza/madda marks
  '\u0640', // tatweel
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202B',
  '\u2067',
  '\u200B',
  '\uFEFF', // joiners, bidi, zero-width
  'ﻻ',
  'ﷲ',
  'ﻋ',
  '\uFE70',
  '٣',
  '۵',
  '7',
  ' ',
  '\u00A0',
  '\n',
  '\r\n',
  '\t',
  'a',
  'É',
  'é',
  'Ж',
  '😀',
  '👨',
  '\uD800',
  '\uDC00',
  '.',
  '-',
  "'",
  'Abd',
  'el',
  'Mr',
  'الله',
  'الدين',
  'Œ',
  'بن',
  'ابن',
  'الشيخ',
  'Dr',
];

/** Strings built from {@link ARABIC_TEXT_PIECES}, plus arbitrary UTF-16 and grapheme strings. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...ARABIC_TEXT_PIECES), { maxLength: 24 }).map((a) => a.join('')),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);

/** Letters (any script) in a string. */
export function letterCount(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}

const LIGATURES = 'æœßþ';

/**
 * The most letters a folded form of `s` may have: presentation forms count as the letters of
 * their NFKC expansion (ﷲ is four), and with `latinLigatures` a Latin ligature counts as the two
 * letters it folds to (æ → ae).
 */
export function letterBudget(s: string, options: { latinLigatures?: boolean } = {}): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const presentation = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
    const ligature =
      options.latinLigatures === true && LIGATURES.includes((ch.normalize('NFD')[0] ?? '').toLowerCase());
    n += letterCount(presentation ? ch.normalize('NFKC') : ligature ? 'xx' : ch);
  }
  return n;
}
