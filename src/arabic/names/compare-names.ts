import { prepareName, scorePrepared } from './_lib/match.js';
import type { PreparedName } from './_lib/match.js';

/**
 * Prepared names of recent calls. Matching compares a mention with many known names, so the
 * same names come back again and again; reading a name (tokens, phonetic skeletons) is about a
 * third of a comparison. Bounded: at most CACHE_SIZE names of at most CACHE_LENGTH characters,
 * dropped all at once when full. A prepared name is never changed by scoring, so a cached one
 * gives exactly the score a fresh one gives.
 */
let cache: Map<string, PreparedName> | undefined;
const CACHE_SIZE = 4096;
const CACHE_LENGTH = 200;

function prepared(name: string): PreparedName {
  if (name.length > CACHE_LENGTH) return prepareName(name);
  cache ??= new Map();
  let p = cache.get(name);
  if (p === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    p = prepareName(name);
    cache.set(name, p);
  }
  return p;
}

/**
 * Similarity of two person names in [0, 1], across Arabic script and Latin romanizations.
 *
 * Each name is tokenized like {@link nameKey} (titles dropped; عبد/أبو compounds, الدين/الله
 * parts, articles and nasab particles recognized; initials and regnal numbers set aside), and
 * every word becomes a phonetic skeleton: Arabic consonants with long vowels as weak signals,
 * Latin spellings through rules for ou/w, ch/sh, dj/j, kh, gh, q/k, th, doubled letters and
 * short vowels, the article (ال, El-, Al-, Es-, assimilated Abderrahmane) as an optional symbol.
 * Words are compared with a weighted edit distance whose costs know which sounds Arabic and Latin
 * writers confuse (ق ~ q/k/g, ج ~ j/g/dj, v ~ ف/ڤ, s ~ ز …) and which differences make another
 * name (word-final ة / -a, nisba ي / -i); a small lexicon keeps apart frequent given names that
 * sound alike (عمر/عمرو، حمد/أحمد، محمد/محمود، حسن/حسين، سعد/سعيد).
 *
 * Words are then aligned one-to-one (two adjacent words may match one: Le Drian ~ لودريان, بن علي
 * ~ Benali). The score combines how much of each name is covered, weighting a family name
 * (last word) 1.4, other words 1, very common given names half; a distinctive surname alone
 * still scores about 0.8 against the full name. Given/family order may be swapped, but when
 * either name has a nasab particle (بن، ابن، بنت، ولد، bin, ben, ibn, ould) crossing alignments
 * are penalized (`X bin Y` ≠ `Y bin X`), different given names over a shared surname are
 * penalized, and different regnal numbers (Mohammed V / محمد السادس) almost rule a match out.
 *
 * Symmetric (`compareNames(a, b) === compareNames(b, a)`), `compareNames(a, a) === 1`, total,
 * linear in the length of the names (at most 16 words of a name and 48 sounds of a word take part).
 *
 * @param a - A person's name in any script.
 * @param b - Another person's name in any script.
 * @returns The similarity, 0 (nothing in common) to 1 (same name).
 * @example
 * ```ts
 * compareNames('عبد اللطيف حموشي', 'Abdellatif Hammouchi'); // 1
 * compareNames('حموشي', 'Abdellatif Hammouchi'); // ≈ 0.81 (a surname alone)
 * compareNames('محمد بن سلمان', 'سلمان بن محمد'); // 0.3 (reversed nasab)
 * ```
 * @category Names
 */
export function compareNames(a: string, b: string): number {
  const x = String(a);
  const y = String(b);
  if (x === y) return 1;
  // Canonical order makes the score exactly symmetric.
  const xFirst = x < y;
  const A = prepared(xFirst ? x : y);
  const B = prepared(xFirst ? y : x);
  if (A.units.length === 0 && B.units.length === 0) return 0;
  return scorePrepared(A, B);
}
