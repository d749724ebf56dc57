/**
 * Preferring a known Latin spelling (private): the `known` option of romanizeArabicName.
 *
 * A known spelling is taken when its words are the words of the romanized name read
 * phonetically: both sides become consonant skeletons (lower case, no diacritics; ou/u/o, ee/i
 * and e/i, ch/sh, dj/j/g, q/k/c/g, ph/f, th/t, dh/d/z fold together; vowels, h, w, y and doubled
 * letters dropped), articles and nasab particles set aside, and every word of the shorter side
 * must equal a word of the other side (a one-word input: the known name's last word, of three
 * consonants or more). Cheap (no edit distance): a few hundred known names cost
 * microseconds.
 */

const SKIP: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(
    'al el ad ar as ash at az an ed er es et ez en bin ben ibn bint bent ould abd abdel abdul abu abou'.split(' '),
  ))();

function skeleton(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u02bb\u02bc\u02bf\u02be'’`]/gu, '')
    .toLowerCase()
    .replace(/dj|dh/gu, (m) => (m === 'dj' ? 'j' : 'd'))
    .replace(/ch|sh/gu, 's')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/kh/gu, 'x')
    .replace(/gh/gu, 'g');
  w = w.replace(/[qcg]/gu, 'k');
  let out = '';
  let prev = '';
  for (const c of w) {
    // a doubled letter counts once, but two consonants across a vowel stay two (Mechichi)
    if (c !== prev && !'aeiouyhw-'.includes(c)) out += c;
    prev = c;
  }
  return out;
}

function words(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.split(/[\s-]+/u)) {
    const lower = raw.toLowerCase();
    if (lower === '' || SKIP.has(lower)) continue;
    let w = lower;
    // a fused article or particle (Essebsi, Benali, Abdellatif): keep the rest
    for (const p of ['abdel', 'abdul', 'ben', 'ban', 'bin', 'el', 'al'])
      if (w.startsWith(p) && w.length > p.length + 3) w = w.slice(p.length);
    const s = skeleton(w);
    if (s !== '') out.push(s);
  }
  return out;
}

/** The first of `known` that is the same name as `romanized` (see above), else `romanized`. */
export function preferKnown(_arabic: string, romanized: string, known: Iterable<string>): string {
  const mine = words(romanized);
  if (mine.length === 0) return romanized;
  for (const candidate of known) {
    if (typeof candidate !== 'string') continue;
    const theirs = words(candidate);
    if (theirs.length === 0) continue;
    const [short, long] = theirs.length <= mine.length ? [theirs, mine] : [mine, theirs];
    if (short.length === 1 && long.length > 1) {
      // one word alone: a distinctive surname of the input matches a known name's last word
      if (short === mine && (short[0] as string).length >= 3 && short[0] === theirs[theirs.length - 1])
        return candidate;
      continue;
    }
    if (short.every((w) => long.includes(w))) return candidate;
  }
  return romanized;
}
