/**
 * A readable phonetic spelling of a foreign (non-Arabic) name written in Arabic script, for the
 * words the foreign lexicon does not know (private). Arabic renders foreign vowels with ا و ي
 * and foreign consonants with the nearest letter (غ or گ for g, ڤ or ف for v, تش for ch, ط for
 * an Italian t), so the spelling reads each letter the way a European writer would.
 */

/** Arabic letters and their Latin reading, in the same order. */
const LETTERS = 'بپتثجچحخدذرزژسشصضطظغفڤقكگڨڭلمنه';
const READINGS = 'b p t th j ch h kh d th r z j s sh s d t z g f v k k g g g l m n h';
let readings: string[] | undefined;

const SLAVIC = /(?:[وي]فا?|يتش|ينكو|سكي)$/u;

const VOWEL_LETTER = /[اآأإوىيةؤئء]/u;

/** The phonetic spelling of one foreign word in Arabic script, capitalized. */
export function foreignWord(word: string): string {
  let out = '';
  const n = word.length;
  const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWEL_LETTER.test(ch);
  for (let i = 0; i < n; i++) {
    const c = word[i] as string;
    const next = word[i + 1];
    const nextIsVowel = isVowel(next);
    const prevIsConsonant = i > 0 && !isVowel(word[i - 1]);
    if (c === 'ت' && next === 'ش') {
      // a final -ić / -ç (فوتشيتش Vučić, كيليتش Kilic)
      out += i === n - 2 && word[i - 1] === 'ي' ? 'c' : 'ch';
      i++;
    } else if (c === 'ا' || c === 'أ' || c === 'آ') {
      // an initial alef before و / ي only carries that vowel (أوربان Orban, ايفانز Ivans)
      if (i === 0 && (next === 'و' || next === 'ي')) continue;
      // او after a consonant: au (كلاوس Klaus)
      if (i > 0 && next === 'و' && !isVowel(word[i + 2])) {
        out += 'au';
        i++;
      } else out += 'a';
    } else if (c === 'إ') {
      if (next !== 'ي') out += 'e';
    } else if (c === 'و' || c === 'ؤ') {
      // a final -وف is the Slavic -ov (لافروف Lavrov)
      if (next === 'ف' && i === n - 2 && i > 0) {
        out += 'ov';
        i++;
      } else out += i === 0 && nextIsVowel ? 'w' : i > 0 && out.endsWith('a') && nextIsVowel ? 'w' : 'o';
    } else if (c === 'ي' || c === 'ئ') {
      const rest = word.slice(i);
      if (i === n - 3 && word.endsWith('ييه')) {
        // the French -ier (ديدييه Didier)
        out += 'ier';
        i += 2;
      } else if (prevIsConsonant && i > 1 && /^(?:ي[زر]|ينكو)$/u.test(rest) && word[i - 1] !== 'م') {
        // the Spanish -ez (رودريغيز Rodriguez), the English and German -er (كوشنير Kouchner),
        // the Ukrainian -enko (كليمينكو Klymenko)
        out += 'e';
      } else if (i === 0 && !nextIsVowel)
        out += 'Ye'; // يرماك Yermak
      else if (i > 0 && next === 'ف' && i === n - 2) {
        out += 'ev';
        i++;
      } else
        out +=
          (i === 0 && nextIsVowel) ||
          (i > 0 && nextIsVowel && next !== 'ي' && next !== 'ة' && next !== 'ه' && /[aeiou]$/u.test(out))
            ? 'y'
            : 'i';
    } else if (c === 'ى' || c === 'ة') {
      out += 'a';
    } else if (c === 'ه' && i === n - 1 && i > 0) {
      out += 'e';
    } else if (c === 'ع' || c === 'ء') {
      if (i === 0 && !nextIsVowel) out += 'a';
    } else {
      readings ??= READINGS.split(' ');
      // ف is a v in a Slavic name (لافرينتييف Lavrentiev, ميلوشيفيتش Milosevich)
      const l = c === 'ف' && SLAVIC.test(word) ? 'v' : readings[LETTERS.indexOf(c)];
      if (l === undefined) continue;
      // a closing cluster of a consonant and l / r / n / m reads with an e (ميركل Merkel), and
      // so does an r between consonants (أندرسون Anderson, سولبرغ Solberg)
      if (
        (i === n - 1 &&
          i >= 2 &&
          prevIsConsonant &&
          (c === 'ل' || c === 'ر' || c === 'ن' || c === 'م') &&
          !/[aeiou]$/u.test(out)) ||
        (c === 'ر' && i > 0 && prevIsConsonant && next !== undefined && !nextIsVowel)
      )
        out += 'e';
      out += l;
    }
  }
  return out === '' ? out : (out[0] as string).toUpperCase() + out.slice(1);
}
