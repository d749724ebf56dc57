/**
 * Folding of Arabic text, one UTF-16 code unit at a time: digits, letter variants and
 * punctuation map to one code unit, invisible marks are dropped, so every folded position still
 * corresponds to exactly one original code unit.
 *
 * @internal
 */

/**
 * Folds one UTF-16 code unit: returns the replacement code, the same code, or -1 to drop it.
 *
 * @param c - A UTF-16 code unit.
 * @returns The folded code unit, or -1.
 */
export function foldCode(c: number): number {
  if (c >= 0x0621 && c <= 0x064a) {
    // Arabic letters: the common path.
    if (c <= 0x0629) {
      if (c === 0x0622 || c === 0x0623 || c === 0x0625) return 0x0627; // آ أ إ → ا
      if (c === 0x0629) return 0x0647; // ة → ه
      return c;
    }
    if (c === 0x0649) return 0x064a; // ى → ي
    if (c === 0x0640) return -1; // tatweel
    return c;
  }
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0x0600 && c <= 0x06ff) {
    if (c >= 0x064b && c <= 0x065f) return -1; // tashkeel
    if (c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x061c) return -1; // dagger alef, Quranic marks, ALM
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30; // Arabic-Indic digits
    if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30; // Persian digits
    switch (c) {
      case 0x0671:
      case 0x0672:
      case 0x0673:
        return 0x0627; // alef wasla and others → ا
      case 0x06cc:
      case 0x06d0:
        return 0x064a; // Persian ی → ي
      case 0x06c0:
      case 0x06c1:
      case 0x06be:
      case 0x06d5:
        return 0x0647; // heh variants → ه
      case 0x06a9:
      case 0x06aa:
        return 0x0643; // keheh → ك
      case 0x060c:
      case 0x066c:
        return 0x2c; // Arabic comma → ,
      case 0x061b:
        return 0x3b;
      case 0x061f:
        return 0x3f;
      case 0x066b:
      case 0x06d4:
        return 0x2e;
      default:
        return c;
    }
  }
  if (c >= 0x2000 && c <= 0x206f) {
    if (c <= 0x200a || c === 0x202f || c === 0x205f) return 0x20; // spaces
    if (c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x2060) return -1; // ZW*, LRM/RLM, embeddings, isolates
    if (c <= 0x2015) return 0x2d; // dashes
    if (c === 0x2044) return 0x2f;
    return c;
  }
  if (c === 0x00a0 || c === 0x3000) return 0x20;
  if (c === 0x00ad || c === 0xfeff) return -1;
  if (c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return 0x2d;
  if (c === 0x2215 || c === 0xff0f) return 0x2f;
  return c;
}

/** A fold-table entry (see {@link foldEntry}) is `folded | class << CLASS_SHIFT`. */
export const CLASS_SHIFT = 11;
/** Mask of the folded code unit of a fold-table entry. */
export const FOLDED_MASK = 0x7ff;
/** Below this code unit, the folded value of a fold-table entry (`entry & FOLDED_MASK`) is exact. */
export const EXACT_FOLDED_LIMIT = 0x800;
/** Character classes of fold-table entries (`entry >> CLASS_SHIFT`); 0 is any other kept code unit. */
export const C_LETTER = 1;
export const C_DIGIT = 2;
export const C_SPACE = 3;
/**
 * The fold-table entry of a dropped code unit: class {@link C_LETTER} with a folded value no
 * letter has (letters are below U+0700), so that the tokenizer's letter loop runs on over a mark
 * inside a word (one test per code unit) and skips it there.
 */
export const DROPPED = (C_LETTER << CLASS_SHIFT) | FOLDED_MASK;

/** Class of a folded code unit (a letter of the scanner's words, a digit, a space or other). */
function classOf(g: number): number {
  if (g >= 0x30 && g <= 0x39) return C_DIGIT;
  if (g === 0x20 || (g >= 0x09 && g <= 0x0d)) return C_SPACE;
  const letter =
    (g >= 0x0621 && g <= 0x063a) ||
    (g >= 0x0641 && g <= 0x064a) ||
    (g >= 0x61 && g <= 0x7a) ||
    (g >= 0x066e && g <= 0x06d3) ||
    (g >= 0x06fa && g <= 0x06ff);
  return letter ? C_LETTER : 0;
}

/** Code units at and above U+0800 whose {@link foldCode} is not themselves (spaces, marks, dashes, slashes), besides the block U+2000–U+206F. */
const FOLDED_ABOVE = [0x3000, 0xfeff, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2215, 0xff0f] as const;

let fullTable: Uint16Array | undefined;

/**
 * {@link foldEntry} of every UTF-16 code unit (0 … 0xFFFF), as a typed array built on first use
 * (128 KB): the tokenizer's per-character lookup, one read and no range test in place of the
 * branches of {@link foldCode}. From U+0800 on, a code unit folds to itself (entry: its low 11
 * bits, class 0) except in U+2000–U+206F and {@link FOLDED_ABOVE}; the pattern repeats every
 * 0x800 code units, so that part is filled by doubling copies rather than 62 K calls. A test
 * checks every entry against {@link foldEntry}.
 *
 * @returns The shared table (never write to it).
 */
export function foldTableFull(): Uint16Array {
  if (fullTable !== undefined) return fullTable;
  const t = new Uint16Array(0x10000);
  for (let c = 0x800; c < 0x1000; c++) t[c] = c & FOLDED_MASK;
  for (let filled = 0x800; filled < 0xf800;) {
    const n = Math.min(filled, 0xf800 - filled);
    t.copyWithin(0x800 + filled, 0x800, 0x800 + n);
    filled += n;
  }
  for (let c = 0; c < 0x800; c++) t[c] = foldEntry(c);
  for (let c = 0x2000; c < 0x2070; c++) t[c] = foldEntry(c);
  for (const c of FOLDED_ABOVE) t[c] = foldEntry(c);
  fullTable = t;
  return t;
}

/**
 * The fold-table entry of a code unit: {@link foldCode} and the class of its result, as
 * `folded | class << CLASS_SHIFT`, or {@link DROPPED}. Classes stop below U+0700, so every code
 * unit from U+0800 on is of class 0 and keeps only its low 11 bits: read its folded value with
 * {@link foldCode} there.
 *
 * @param c - A UTF-16 code unit.
 * @returns `folded | class << 11`, or {@link DROPPED}.
 */
export function foldEntry(c: number): number {
  const g = foldCode(c);
  return g < 0 ? DROPPED : (g & FOLDED_MASK) | (classOf(g) << CLASS_SHIFT);
}

/**
 * Folds a whole string (used to build the lexicon).
 *
 * @param s - Text.
 * @returns The folded text.
 */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const g = foldCode(s.charCodeAt(i));
    if (g >= 0) out += String.fromCharCode(g);
  }
  return out;
}
