import { tokenizeName } from './_lib/tokenize.js';
import { readTitles } from './_lib/titles.js';
import { ARABIC_SUFFIX_PARTS } from './_lib/words.js';

function endsWithSuffixPart(text: string): boolean {
  for (const s of ARABIC_SUFFIX_PARTS) if (text.length > s.length && text.endsWith(s)) return true;
  return false;
}

function keyOf(text: string, script: string, kind: string): string {
  if (script === 'arabic') {
    let t = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      t += c === 'ى' ? 'ي' : c === 'ة' ? 'ه' : c;
    }
    if (kind === 'particle') return t === 'ابن' ? 'بن' : t;
    return t;
  }
  if (kind === 'particle') {
    if (text === 'ibn' || text === 'ben' || text === 'ibnou') return 'bin';
    if (text === 'bent') return 'bint';
    return text;
  }
  return text;
}

/**
 * The strict matching key of a person's name: every fold on, titles removed, compounds joined.
 *
 * Applies {@link normalizeArabic} with every option (alef, alef maqsura, ta marbuta, hamza
 * seats, digits) plus Persian consonants (پ → ب, چ → ج, ڤ → ف, گ/ڭ → ك, ڨ → ق); lower-cases
 * Latin and strips its diacritics; removes apostrophes and ayn marks (ʿ ʾ) inside words and
 * turns other punctuation into spaces; drops leading titles and honorifics (السيد، الشيخ،
 * الأمير، اللواء، الفريق أول، المشير، الدكتور، Mr, Dr, Gen., Sheikh …); joins عبد and أبو with
 * the next word and الدين / الله / الإسلام with the previous one however they are spaced
 * (عبد اللطيف = عبداللطيف, Abd el Latif = Abdel Latif = abdellatif); removes the article ال at
 * the start of a word outside such compounds (الحموشي → حموشي; not when the rest starts with ال again, and not in الله) and a separate Latin article
 * (El Hammouchi → hammouchi); writes particles in one spelling (ابن → بن, Ben/Ibn → bin).
 *
 * The key is script-preserving: an Arabic name and its romanization have different keys (use
 * {@link compareNames} to match across scripts). Total, idempotent and linear; `''` for a name
 * with no letters.
 *
 * @param name - A person's name in any script.
 * @returns The key: folded words separated by single spaces.
 * @example
 * ```ts
 * nameKey('اللواء عبدُ اللطيف الحمّوشي'); // 'عبداللطيف حموشي'
 * nameKey('Dr. Abd el-Latif El Hammouchi'); // 'abdellatif hammouchi'
 * ```
 * @category Names
 */
export function nameKey(name: string): string {
  // One pass can expose what a second pass folds further in odd mixes of scripts (an Arabic
  // article glued to a Latin one before a title: الAl-Dr → al dr → dr). A key must be a fixed
  // point, so the pass repeats until nothing changes; real names settle in one or two passes, and
  // a pass never lengthens the text, so this stays linear.
  let key = keyPass(String(name));
  for (let i = 0; i < 8; i++) {
    const next = keyPass(key);
    if (next === key) break;
    key = next;
  }
  return key;
}

/** One folding pass of {@link nameKey}. */
function keyPass(name: string): string {
  const tokens = tokenizeName(name);
  const parts: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'title') continue;
    let text = keyOf(t.text, t.script, t.kind);
    if (
      t.script === 'arabic' &&
      t.kind === 'name' &&
      text.length >= 4 &&
      text.startsWith('ال') &&
      !text.startsWith('ال', 2) &&
      text !== 'الله' &&
      !endsWithSuffixPart(text)
    ) {
      text = text.slice(2);
    }
    parts.push(text);
  }
  // A title exposed by a dropped article (El Mr X) is dropped too, so the key is a fixed point.
  const start = readTitles(parts).length;
  return (start === 0 ? parts : parts.slice(start)).join(' ');
}
