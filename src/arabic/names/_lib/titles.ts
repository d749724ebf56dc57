import { ARABIC_TITLE_CONTINUATIONS, ARABIC_TITLES, LATIN_TITLES } from './words.js';

/**
 * Reads the titles at the start of a name, never its last word: titles and ranks (اللواء، وزير،
 * dr), the words that continue one (الفريق أول، اللواء الركن), and the definite complement of a
 * title in the construct state, which names the post and not the person (وزير الداخلية، صاحب
 * السمو الملكي; المدير العام للأمن الوطني, where a لل- word and the ال- words after it are the
 * complement). A definite title takes no ال- word after it (السيد الحبيب: a given name), nor does
 * د (Dr).
 *
 * @param words - The name's words as the name tokenizer folds them (`''` for one that is not a
 *   single word: it ends the titles).
 * @returns For each title word at the start, in order, whether it continues the title before it
 *   (`false`: it starts one). Its length is the number of title words.
 */
export function readTitles(words: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let construct = false;
  for (let i = 0; i < words.length - 1; i++) {
    const t = words[i] as string;
    const arabic = t >= '\u0600'; // an Arabic letter first (folded words are in one script)
    const after = out.length > 0 && arabic;
    // The complement of the title before it, or a word that continues it (أول، الركن، العام).
    const complement: boolean = after && (t.startsWith('لل') || (construct && t.startsWith('ال')));
    const joins: boolean = complement || (after && ARABIC_TITLE_CONTINUATIONS.has(t));
    if (!joins && !(arabic ? ARABIC_TITLES : LATIN_TITLES).has(t)) break;
    out.push(joins);
    construct = complement || (arabic && !joins && !t.startsWith('ال') && t !== 'د');
  }
  return out;
}
