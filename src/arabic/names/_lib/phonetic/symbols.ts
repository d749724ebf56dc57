/**
 * The symbol alphabet of phonetic skeletons, the skeleton type and the predicates the Arabic and
 * Latin readers share (private).
 *
 * Every word, Arabic or Latin, becomes a short sequence of symbol codes: Arabic letters map to
 * consonant symbols (ح ه خ ع … kept apart) and to weak long-vowel symbols (ا و ي ى ة); Latin
 * spellings map through digraph rules to the same consonant symbols plus short vowels.
 */

/** At most this many symbols of a word are kept (the alignment is quadratic in word length). */
export const MAX_SYMBOLS = 48;

/** Symbol alphabet; the index of a character is its code. */
export const ALPHABET = '_bptT8dD4ZjgGkqxHhszS$CfvwyrlmnL32aeiouUAVIWYF';
export const N = /* @__PURE__ */ (() => ALPHABET.length)();

export const CODE: Int8Array = /* @__PURE__ */ (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Code of a symbol character (-1 for none). */
export function code(ch: string): number {
  return CODE[ch.charCodeAt(0)] ?? -1;
}

/** Latin vowel symbols (the symbol `y` is the consonant y of Yasmina, not a vowel). */
export const VOWEL_LATIN = 'aeiouU';
/** Arabic weak-letter symbols (ا و ي ى ة and the initial alef). */
export const VOWEL_ARABIC = 'AVIWYF';

/** Script of a skeleton. */
export const LATIN = 0;
/** Script of a skeleton. */
export const ARABIC = 1;

/** A word turned into symbol codes. */
export interface Skeleton {
  /** Symbol codes. */
  readonly codes: readonly number[];
  /** LATIN or ARABIC. */
  readonly script: number;
  /** Gap costs of each symbol for the same-script pairing, computed on first use. */
  same: number[] | undefined;
  /** Total of `same`. */
  sameTotal: number;
  /** Gap costs of each symbol for the Latin–Arabic pairing, computed on first use. */
  cross: number[] | undefined;
  /** Total of `cross`. */
  crossTotal: number;
  /** Symbols present: bit `c` for codes below 32. */
  readonly lo: number;
  /** Symbols present: bit `c - 32` for codes from 32. */
  readonly hi: number;
}

/** 1 for the Latin vowel symbols (VOWEL_LATIN), by code. */
export const IS_LATIN_VOWEL: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(N);
  for (const ch of VOWEL_LATIN) t[code(ch)] = 1;
  return t;
})();

/**
 * Whether a character code is a Latin vowel LETTER: a e i o u and y. The letter y counts as a
 * vowel here (Yousfi, Mayara: it spells i or joins a diphthong); where it is read as a consonant
 * (before a vowel: Yasmina) the Latin reader gives it the consonant symbol `y`, which is not a
 * vowel symbol (see IS_LATIN_VOWEL). The one vowel-letter test of the name code.
 */
export function isVowelLetter(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

/**
 * Push a symbol code, collapsing a doubled consonant (Hammouchi = Hamouchi) but keeping a
 * doubled vowel symbol (the two vowels of Saad stay two). The one doubled-consonant rule of the
 * skeletons.
 */
export function pushSymbol(out: number[], c: number): void {
  const len = out.length;
  if (len > 0 && out[len - 1] === c && IS_LATIN_VOWEL[c] !== 1) return;
  out.push(c);
}

/** Build a skeleton (gap costs are computed on first use). */
export function makeSkeleton(codes: readonly number[], script: number): Skeleton {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < 32) lo |= 1 << c;
    else hi |= 1 << (c - 32);
  }
  return { codes, script, same: undefined, sameTotal: 0, cross: undefined, crossTotal: 0, lo, hi };
}

/** A skeleton of at most MAX_SYMBOLS symbols. */
export function finishSkeleton(out: number[], script: number): Skeleton {
  if (out.length > MAX_SYMBOLS) out.length = MAX_SYMBOLS;
  return makeSkeleton(out, script);
}

/** Concatenate two skeletons of the same script (a particle fused with its name, Le + Drian). */
export function concatSkeletons(a: Skeleton, b: Skeleton): Skeleton {
  return {
    codes: a.codes.concat(b.codes),
    script: a.script,
    same: undefined,
    sameTotal: 0,
    cross: undefined,
    crossTotal: 0,
    lo: a.lo | b.lo,
    hi: a.hi | b.hi,
  };
}
