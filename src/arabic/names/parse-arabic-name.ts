import { lexiconIds } from './_lib/lexicon.js';
import { parseName } from './_lib/parse.js';

/**
 * The structure of a person's name, as found by {@link parseArabicName}. Every part is the
 * written text of the input (normalized with {@link normalizeArabic}, so without tashkeel or
 * invisible characters), in the input's script.
 *
 * @example
 * ```ts
 * const parsed: ParsedArabicName = parseArabicName('محمد بن سلمان آل سعود');
 * parsed.nasab; // ['سلمان']
 * ```
 * @category Names
 */
export interface ParsedArabicName {
  /** The normalized input. */
  readonly text: string;
  /** Script of the name: `'arabic'`, `'latin'`, `'mixed'` (both) or `'other'` (neither, or empty). */
  readonly script: 'arabic' | 'latin' | 'mixed' | 'other';
  /** Titles, ranks and honorifics at the start (السيد، الشيخ، اللواء، الفريق أول، Dr, Sheikh …), in order. */
  readonly honorifics: readonly string[];
  /** The kunya (أبو محمد, Abu Bakr) when the name starts with one, else `undefined`. */
  readonly kunya: string | undefined;
  /**
   * The given name: one word, or a compound written as several words (عبد اللطيف, Abdel Fattah,
   * نور الدين, Zine El Abidine). `undefined` when the name has no given name (a kunya and a
   * nisba, or a single word that is not a known given name).
   */
  readonly given: string | undefined;
  /** The nasab chain: names after بن / ابن / بنت / ولد / bin / ben / ibn / ould / bint, in order (father first). */
  readonly nasab: readonly string[];
  /** Unmarked words between the given name and the family name (a father's name in Egyptian and Iraqi use, a Western middle name). */
  readonly middle: readonly string[];
  /**
   * The family name: the last word with its article (الحموشي, El Othmani, al-Sisi), or a family
   * with آل / Al (آل سعود), or a Western surname with its particles (Le Drian, von der Leyen).
   */
  readonly family: string | undefined;
  /** The family name again when it has the form of a nisba (ends in ـي / -i, -y: البغدادي, El Fassi), else `undefined`. */
  readonly nisba: string | undefined;
  /** An epithet or regnal number after the name (الثاني, II, Jr), else `undefined`. */
  readonly laqab: string | undefined;
  /** The regnal number given by the laqab (الثاني, II → 2), else `undefined`. */
  readonly ordinal: number | undefined;
}

/**
 * Read the structure of a person's name, in Arabic script or in a Latin romanization.
 *
 * From left to right: honorifics and ranks at the start (السيد، الشيخ، الأمير، اللواء، الفريق
 * أول، Dr, Gen., Sheikh …, never the last word); a kunya if the name starts with أبو / Abu / Abou
 * + a word; the given name, joining compounds however they are spaced (عبد + word, Abd/Abdel/
 * Abdul (+ El) + word, X + الدين / الله / الإسلام / العابدين, Nour Eddine, Zine El Abidine); the
 * nasab chain, each name after a particle (بن، ابن، بنت، ولد، bin, ben, ibn, ould, bint) in
 * order; a regnal number or epithet (الثاني، II, Jr) as laqab; the family name (the last word
 * with its article, a family with آل / Al, a Western surname with de / von der / Le …); other
 * words as middle names. A single word is a given name if it is a common given name (محمد,
 * Ahmed), else a family name. A nasab at the end stays a nasab (بن صالح), even where it serves
 * as a family name. Never throws.
 *
 * @param name - A person's name.
 * @returns Its parts; see {@link ParsedArabicName}.
 * @example
 * ```ts
 * parseArabicName('اللواء عبد اللطيف الحموشي');
 * // { honorifics: ['اللواء'], given: 'عبد اللطيف', family: 'الحموشي', nisba: 'الحموشي', nasab: [], … }
 * parseArabicName('Mohammed bin Salman Al Saud').nasab; // ['Salman']
 * ```
 * @category Names
 */
export function parseArabicName(name: string): ParsedArabicName {
  return parseName(name, isKnownGiven);
}

function isKnownGiven(word: string): boolean {
  return lexiconIds(word) !== undefined;
}
