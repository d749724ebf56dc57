/**
 * A readable phonetic spelling of a foreign (non-Arabic) name written in Arabic script, for the
 * words the foreign lexicon does not know (private). Arabic renders foreign vowels with ا و ي
 * and foreign consonants with the nearest letter (غ or گ for g, ڤ or ف for v, تش for ch, ط for
 * an Italian t), so the spelling reads each letter the way a European writer would.
 */

const LETTERS: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    ب: 'b',
    پ: 'p',
    ت: 't',
    ث: 'th',
    ج: 'j',
    چ: 'ch',
    ح: 'h',
    خ: 'kh',
    د: 'd',
    ذ: 'th',
    ر: 'r',
    ز: 'z',
    ژ: 'j',
    س: 's',
    ش: 'sh',
    ص: 's',
    ض: 'd',
    ط: 't',
    ظ: 'z',
    غ: 'g',
    ف: 'f',
    ڤ: 'v',
    ق: 'k',
    ك: 'k',
    گ: 'g',
    ڨ: 'g',
    ڭ: 'g',
    ل: 'l',
    م: 'm',
    ن: 'n',
    ه: 'h',
  }))();

const VOWEL_LETTER = /[اآأإوىيةؤئء]/u;

/** The phonetic spelling of one foreign word in Arabic script, capitalized. */
export function foreignWord(word: string): string {
  let out = '';
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word[i] as string;
    const next = word[i + 1];
    const nextIsVowel = next !== undefined && VOWEL_LETTER.test(next);
    if (c === 'ت' && next === 'ش') {
      out += 'ch';
      i++;
    } else if (c === 'ا' || c === 'أ' || c === 'آ') {
      // an initial alef before و / ي only carries that vowel (أوربان Orban, ايفانز Ivans)
      if (i === 0 && (next === 'و' || next === 'ي')) continue;
      out += 'a';
    } else if (c === 'إ') {
      if (next !== 'ي') out += 'i';
    } else if (c === 'و' || c === 'ؤ') {
      out += i === 0 && nextIsVowel ? 'w' : i > 0 && out.endsWith('a') && nextIsVowel ? 'w' : 'o';
    } else if (c === 'ي' || c === 'ئ') {
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
      const l = LETTERS[c];
      if (l === undefined) continue;
      // a closing cluster of a consonant and l / r / n / m reads with an e (ميركل Merkel)
      if (
        i === n - 1 &&
        i >= 2 &&
        !VOWEL_LETTER.test(word[i - 1] ?? '') &&
        (c === 'ل' || c === 'ر' || c === 'ن' || c === 'م') &&
        !/[aeiou]$/u.test(out)
      )
        out += 'e';
      out += l;
    }
  }
  return out === '' ? out : (out[0] as string).toUpperCase() + out.slice(1);
}
