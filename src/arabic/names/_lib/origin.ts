/**
 * Whether a name is an Arabic name or a foreign name written in Arabic script (private).
 *
 * Each word gives evidence: the Arabic lexicon, the article ال (an alef without hamza), عبد /
 * أبو, a nasab particle, a final ة and the letters foreign names never use (ح ع ص ض ظ ذ) count
 * for an Arabic name; a name of the foreign lexicon whose vowels the word writes (an Arabic
 * name leaves its short vowels out: نجلاء is not Angela), the letters Arabic does not have
 * (پ ڤ گ چ ژ), تش for ch, تس inside a word, -أوغلو and endings that Arabic names do not have
 * (a final و after a consonant, -سكي, -وف, -يتش, -برغ, -سون, -وس, -وغ) and a word that writes three
 * or more vowel letters after its first (تينوبو, رامافوزا: an Arabic name writes few long vowels)
 * count for a foreign one. A word both lexicons know
 * (ميشال) is weighed by its letters only. The side with more evidence wins; a tie is Arabic.
 */
import { isArabicName, lexiconKey } from './name-lexicon.js';
import { isArabicLatin } from './romanize-word.js';
import { foreignCost, foreignJoined, isForeignLatin } from './foreign-lexicon.js';

/** Origin of a name (the public `NameOrigin` of inspectName). */
export type NameOrigin = 'arabic' | 'foreign' | 'unknown';

const ARABIC_ONLY = /[حعصضظذ]/u;
const FOREIGN_LETTERS = /[پڤگچژ]|تش|.تس/u;
// a foreign ending, or three vowel letters after the first letter
const FOREIGN_ENDING = /(?:[^اوي]و|سكي|وف|يتش|برغ|سون|ستر|وس|وغ)$|^.(?:[^اوي]*[اوي]){3}/u;
const ARABIC_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set('بن ابن بنت ولد عبد ابو ال'.split(' ')))();

/** Evidence of one folded Arabic-script word: > 0 Arabic, < 0 foreign, 0 none. */
export function wordEvidence(key: string, hamza = false): number {
  if (ARABIC_WORDS.has(key)) return 1;
  // the Turkish -oğlu (جاويش أوغلو Çavuşoğlu)
  if (key.endsWith('اوغلو')) return -2;
  // the article's alef has no hamza (ألباريس Albares); a nisba with the article may describe a
  // foreign name (ماكرون الفرنسي), a name with it is Arabic (جبريل الرجوب)
  if (key.length > 3 && key.startsWith('ال') && !hamza) return key.endsWith('ي') ? 1 : 2;
  if (key.startsWith('عبد') || key.endsWith('الله') || key.endsWith('الدين')) return 1;
  const arabic = isArabicName(key);
  // a spelling the foreign lexicon lists, or one that writes every vowel of a foreign name
  // (the unwritten short vowels of an Arabic name make a loose match: نجلاء is not Angela)
  const cost = foreignCost(key);
  const foreign = cost !== undefined && cost < 2;
  if (foreign && !arabic) return -2;
  if (arabic && !foreign) return 2;
  // (a foreign name that misses one or two of the vowels the Arabic writes weighs less: برنار Bernard)
  if (FOREIGN_LETTERS.test(key) || (!arabic && cost !== undefined && cost < 3)) return -1;
  if (ARABIC_ONLY.test(key)) return 2;
  if (key.endsWith('ه') && !foreign) return 1;
  if (FOREIGN_ENDING.test(key)) return -1;
  return 0;
}

const ARABIC_SCRIPT = /[\u0621-\u064a\u067e\u0686\u0698\u06a4\u06af]/u;

/** Evidence of one Arabic-script word as written (its hamza and ة seen before folding). */
function arabicWordEvidence(w: string): number {
  const k = lexiconKey(w);
  // a final ة is Arabic unless the foreign lexicon lists the spelling (نادية Nadia)
  return w.endsWith('ة') && foreignJoined(k) === undefined ? 1 : wordEvidence(k, w[0] === 'أ' || w[0] === 'إ');
}

/**
 * Whether the Arabic-script words of a name (the others are skipped) read as a foreign name:
 * the Arabic half of {@link originOfWords}, which romanization needs without the Latin indexes.
 */
export function isForeignArabic(words: readonly string[]): boolean {
  let score = 0;
  for (const w of words) if (ARABIC_SCRIPT.test(w)) score += arabicWordEvidence(w);
  return score < 0;
}

const LATIN_ARABIC = /^(?:al|el|ben|bin|ibn|ould|abd|abdel|abdul|abu|abou)$|^(?:abd|abdel|abdul|abou|ben|el)[a-z]{3}/u;

/**
 * The origin of a name from its words (already split, any form). Arabic-script words are
 * weighed as above; in a Latin name, a word of the foreign lexicon counts for a foreign name
 * and a press spelling of the Arabic lexicon, an article, a particle or a fused Abdel- / Ben- /
 * El- for an Arabic one. Neither: `'unknown'`.
 */
export function originOfWords(words: readonly string[]): NameOrigin {
  let score = 0;
  let arabicScript = false;
  let evidence = false;
  for (const w of words) {
    if (ARABIC_SCRIPT.test(w)) {
      arabicScript = true;
      score += arabicWordEvidence(w);
      continue;
    }
    const l = w
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/gu, '');
    if (l === '') continue;
    const foreign = isForeignLatin(l);
    const arabic = isArabicLatin(l) || LATIN_ARABIC.test(l);
    if (foreign !== arabic) {
      evidence = true;
      score += foreign ? -1 : 1;
    }
  }
  if (arabicScript) return score < 0 ? 'foreign' : 'arabic';
  if (!evidence || score === 0) return 'unknown';
  return score < 0 ? 'foreign' : 'arabic';
}
