import { FOLD_ALEF, foldText } from '../text/_lib/fold-text.js';
import { articleFor, romanizeWord } from './_lib/romanize-word.js';
import type { Style } from './_lib/romanize-word.js';
import { parseArabicName } from './parse-arabic-name.js';

/**
 * Options of {@link romanizeArabicName}.
 *
 * @example
 * ```ts
 * const options: RomanizeArabicNameOptions = { style: 'mashreq' };
 * ```
 * @category Names
 */
export interface RomanizeArabicNameOptions {
  /**
   * The romanization style (default `'maghreb'`):
   * - `'maghreb'`: French-based spelling of Moroccan, Algerian and Tunisian press — ou, ch, dj,
   *   kh, gh, k for ق, ss between vowels, final -ine/-ane/-oune, عبد fused with its article
   *   (Abdellatif, Abderrahmane, Abdelkader), El for the article, Ben fused with a final nasab
   *   (Bensalah), Ould.
   * - `'mashreq'`: English-based spelling of Egyptian, Levantine and Gulf press — u, sh, j, q,
   *   Abdul + name (Abdul Latif), al- for the article, bin.
   * - `'ala-lc'`: the ALA-LC scholarly romanization — ḥ ṭ ṣ ḍ ẓ, ʻ for ع, ʼ for hamza, ā ī ū for
   *   long vowels, á for ى, -ah for ة, al- for the article, ʻAbd al-.
   */
  readonly style?: 'maghreb' | 'mashreq' | 'ala-lc';
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;
const SUN = 'تثدذرزسشصضطظلن';

function key(word: string): string {
  return foldText(word, FOLD_ALEF);
}

function hasArticle(word: string): boolean {
  const k = key(word);
  return k.length > 3 && k.startsWith('ال') && k !== 'الله';
}

function lower(s: string): string {
  return s.charAt(0) === 'ʻ' ? 'ʻ' + s.slice(1).toLowerCase() : s.toLowerCase();
}

/** Romanize a word that may carry the article; `first` capitalizes a mashreq article. */
function word(w: string, style: Style, first: boolean): string {
  if (hasArticle(w)) {
    const art = articleFor(style);
    return (first && style !== 'maghreb' ? 'Al-' : art) + romanizeWord(w.slice(2), style);
  }
  return romanizeWord(w, style);
}

/** Romanize one part of the parsed name (a given name, a nasab entry, a family …). */
function part(text: string, style: Style, first: boolean): string {
  const words: string[] = [];
  for (const w of text.split(' ')) {
    if (w === '') continue;
    const k = key(w);
    // عبد / أبو fused with an article-bearing word (عبداللطيف): read as two words
    if ((k.startsWith('عبدال') || k.startsWith('ابوال')) && k.length > 6 && k !== 'عبدالله') words.push(w.slice(0, 3), w.slice(3));
    else words.push(w);
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const k = key(w);
    const next = words[i + 1];
    if (k === 'عبد' && next !== undefined) {
      const joined = romanizeWord(k + key(next), style);
      if (key(next) === 'الله') {
        out.push(joined);
      } else if (hasArticle(next)) {
        const rest = next.slice(2);
        const body = romanizeWord(rest, style);
        if (style === 'maghreb') {
          const firstLetter = key(rest)[0] ?? '';
          const assim = SUN.includes(firstLetter) ? 'Abde' + lower(body).replace(/^[a-z]/u, (c) => c + c) : 'Abdel' + lower(body);
          out.push(firstLetter === 'ل' ? 'Abdel' + lower(body) : assim);
        } else if (style === 'mashreq') {
          out.push('Abdul ' + body);
        } else {
          out.push('ʻAbd al-' + body);
        }
      } else {
        out.push(style === 'ala-lc' ? 'ʻAbd ' + romanizeWord(next, style) : style === 'maghreb' ? 'Abd' + lower(romanizeWord(next, style)) : 'Abd ' + romanizeWord(next, style));
      }
      i++;
      continue;
    }
    if (k === 'ابو' && next !== undefined) {
      const abu = style === 'maghreb' ? 'Abou' : style === 'mashreq' ? 'Abu' : 'Abū';
      if (hasArticle(next)) {
        const body = romanizeWord(next.slice(2), style);
        out.push(style === 'maghreb' ? 'Aboul ' + body : abu + ' al-' + body);
      } else {
        out.push(abu + ' ' + romanizeWord(next, style));
      }
      i++;
      continue;
    }
    if (k === 'ال' && next !== undefined) {
      out.push((style === 'ala-lc' ? 'Āl ' : 'Al ') + word(next, style, false));
      i++;
      continue;
    }
    if ((k === 'الدين' || k === 'الاسلام' || k === 'العابدين') && out.length > 0) {
      const body = romanizeWord(w.slice(2), style);
      if (style === 'maghreb') {
        if (k === 'الدين') out[out.length - 1] += 'eddine';
        else out.push('El ' + body);
      } else {
        out.push('al-' + body);
      }
      continue;
    }
    if (k === 'الله' && out.length > 0) {
      if (style === 'ala-lc') out.push('Allāh');
      else out[out.length - 1] += 'allah';
      continue;
    }
    out.push(word(w, style, first && out.length === 0));
  }
  return out.join(' ');
}

function particle(p: string, style: Style): string {
  const k = key(p);
  if (k === 'ولد') return style === 'ala-lc' ? 'walad' : 'Ould';
  if (k === 'بنت') return style === 'maghreb' ? 'Bent' : 'bint';
  if (k === 'ابن') return style === 'maghreb' ? 'Ibn' : 'ibn';
  return style === 'maghreb' ? 'Ben' : 'bin';
}

/**
 * A readable Latin romanization of an Arabic-script person name, in a regional or scholarly style.
 *
 * The name is read with {@link parseArabicName}; honorifics are left out; each part is
 * romanized in the chosen style (see {@link RomanizeArabicNameOptions}): given name (compounds
 * with عبد, أبو, الدين, الله, الإسلام spelled as one unit in the style: Abdellatif / Abdul Latif /
 * ʻAbd al-Laṭīf), kunya, nasab with its particles, middle names, family name with its article,
 * and a regnal number as a Roman numeral. Arabic writes no short vowels, so they are guessed:
 * frequent given names (محمد، أحمد، عمر، حسين …) come from a table, other words get an `a`
 * where a consonant cluster needs a vowel and an `e` / `i` in the CāCiC pattern (ناصر → Naser).
 * The result is a plausible press spelling, not a reading aid: the same name may be spelled
 * otherwise by its bearer. Text in another script is returned normalized, not romanized.
 * Never throws.
 *
 * @param name - An Arabic-script name (tashkeel and invisible characters are ignored).
 * @param options - `style`: `'maghreb'` (default), `'mashreq'` or `'ala-lc'`.
 * @returns The romanized name.
 * @example
 * ```ts
 * romanizeArabicName('عبد اللطيف حموشي'); // 'Abdellatif Hamouchi'
 * romanizeArabicName('عبد اللطيف حموشي', { style: 'mashreq' }); // 'Abdul Latif Hamushi'
 * romanizeArabicName('عبد اللطيف حموشي', { style: 'ala-lc' }); // 'ʻAbd al-Laṭīf Ḥamūshī'
 * ```
 * @category Names
 */
export function romanizeArabicName(name: string, options?: RomanizeArabicNameOptions): string {
  const style: Style = options?.style === 'mashreq' || options?.style === 'ala-lc' ? options.style : 'maghreb';
  const parsed = parseArabicName(name);
  if (parsed.script !== 'arabic' && parsed.script !== 'mixed') return parsed.text;
  const out: string[] = [];
  const add = (s: string | undefined): void => {
    if (s !== undefined && s !== '') out.push(/[\u0600-\u06ff]/u.test(s) ? part(s, style, out.length === 0) : s);
  };
  add(parsed.kunya);
  add(parsed.given);
  if (parsed.ordinal !== undefined) out.push(ROMAN[parsed.ordinal] ?? String(parsed.ordinal));
  else add(parsed.laqab);
  // nasab: particle + name; the original text tells which particle was written
  const words = parsed.text.split(' ');
  let search = 0;
  parsed.nasab.forEach((nasabName, idx) => {
    let p = 'بن';
    for (let j = search; j < words.length; j++) {
      const k = key(words[j] ?? '');
      if (k === 'بن' || k === 'ابن' || k === 'بنت' || k === 'ولد') {
        p = words[j] ?? p;
        search = j + 1;
        break;
      }
    }
    const isFinal = idx === parsed.nasab.length - 1 && parsed.family === undefined && parsed.middle.length === 0;
    const body = /[\u0600-\u06ff]/u.test(nasabName) ? part(nasabName, style, false) : nasabName;
    const pr = particle(p, style);
    out.push(style === 'maghreb' && pr === 'Ben' && isFinal && !body.includes(' ') ? 'Ben' + lower(body) : pr + ' ' + body);
  });
  for (const m of parsed.middle) add(m);
  add(parsed.family);
  return out.join(' ');
}
