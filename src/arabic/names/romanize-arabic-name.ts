import { checkOneOf, checkOptionsObject } from '../_lib/check-options.js';
import { FOLD_ALEF, foldText } from '../_lib/fold-text.js';
import { foreignBySkeleton, foreignExact, foreignJoined } from './_lib/foreign-lexicon.js';
import { foreignWord } from './_lib/foreign-word.js';
import { preferKnown } from './_lib/known.js';
import { isMatchedArabic, lexiconKey } from './_lib/name-lexicon.js';
import { parseName } from './_lib/parse.js';
import { ROMAN_ORDINALS } from './_lib/regnal-ordinals.js';
import { isForeignArabic } from './_lib/origin.js';
import { arabicSpellings, articleFor, lexiconSpelling, romanizeWord } from './_lib/romanize-word.js';
import type { Style } from './_lib/romanize-word.js';

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
  /**
   * Latin spellings of persons the caller already knows (a dataset's person names): when one
   * of them is the same name as the Arabic input (same words, read phonetically, in any order,
   * articles and particles aside), it is returned as it is written, instead of a romanization.
   * Checked in order; the first that matches wins.
   */
  readonly known?: Iterable<string>;
}

const STYLES: readonly Style[] = ['maghreb', 'mashreq', 'ala-lc'];
const OPTION_NAMES: readonly string[] = ['style', 'known'];

const SUN = 'تثدذرزسشصضطظلن';

function key(word: string): string {
  return foldText(word, FOLD_ALEF);
}

function hasArticle(word: string): boolean {
  const k = key(word);
  // an alef with hamza begins a word, not an article (إلهام Ilham)
  return k.length > 3 && k.startsWith('ال') && k !== 'الله' && word[0] !== 'أ' && word[0] !== 'إ';
}

function lower(s: string): string {
  return s.charAt(0) === 'ʻ' ? 'ʻ' + s.slice(1).toLowerCase() : s.toLowerCase();
}

/** Romanize a word that may carry the article; `first` capitalizes the article. */
function word(w: string, style: Style, first: boolean, family: boolean, given: boolean): string {
  const whole = lexiconSpelling(w, style);
  // the Mashreq press drops the article of a given name (الطيب Tayeb, الحسين بن عبد الله Hussein bin Abdullah)
  if (whole !== undefined)
    return given && style === 'mashreq' && whole.startsWith('al-')
      ? whole.slice(3)
      : first && whole.startsWith('al-')
        ? 'A' + whole.slice(1)
        : whole;
  if (hasArticle(w)) {
    const stem = w.slice(2);
    const body = romanizeWord(stem, style, family);
    // the Mashreq press drops the article of a given name (الحسين بن عبد الله Hussein bin Abdullah)
    if (given && style === 'mashreq') return body;
    if (style === 'maghreb' && family) {
      // the Maghrebi press drops the article of a family name (Mansouri, Jerandi, Taboubi),
      // keeping its l before ع (العرباوي Larbaoui, الأعرج Laaraj)
      const firstLetter = key(stem)[0] ?? '';
      // (الإبراهيمي Brahimi, as the given name Brahim)
      return stem.startsWith('إبر')
        ? 'B' + body.slice(2)
        : firstLetter === 'ع' || firstLetter === 'ا'
          ? 'L' + lower(body)
          : body;
    }
    if (style === 'maghreb') {
      // the article assimilates to a sun letter: Essebsi, Ennaji; El before the others
      const firstLetter = key(stem)[0] ?? '';
      if (SUN.includes(firstLetter) && firstLetter !== 'ل') {
        const low = lower(body);
        const digraph =
          low.startsWith('ch') || low.startsWith('th') || low.startsWith('dh') ? low.slice(0, 2) : low.charAt(0);
        return 'E' + digraph + low;
      }
      return 'El ' + body;
    }
    return (first ? 'Al-' : articleFor(style)) + body;
  }
  return romanizeWord(w, style, family);
}

/** Romanize one part of the parsed name (a given name, a nasab entry, a family …). */
function part(text: string, style: Style, first: boolean, family = false, given = false): string {
  const words: string[] = [];
  for (const w of text.split(' ')) {
    if (w === '') continue;
    const k = key(w);
    // عبد / أبو fused with an article-bearing word (عبداللطيف): read as two words
    if ((k.startsWith('عبدال') || k.startsWith('ابوال')) && k.length > 6 && k !== 'عبدالله')
      words.push(w.slice(0, 3), w.slice(3));
    else words.push(w);
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const k = key(w);
    const next = words[i + 1];
    // a compound the lexicon knows (عبد العزيز، نور الدين، نصر الله)
    if (next !== undefined && (k === 'عبد' || k === 'ابو' || key(next) === 'الدين' || key(next) === 'الله')) {
      const known = lexiconSpelling(k + key(next), style);
      if (known !== undefined) {
        out.push(known);
        i++;
        continue;
      }
    }
    if (k === 'عبد' && next !== undefined) {
      const joined = romanizeWord(k + key(next), style);
      if (key(next) === 'الله') {
        out.push(joined);
      } else if (hasArticle(next)) {
        const rest = next.slice(2);
        const body = romanizeWord(rest, style);
        if (style === 'maghreb') {
          const firstLetter = key(rest)[0] ?? '';
          const assim = SUN.includes(firstLetter)
            ? 'Abde' + lower(body).replace(/^[a-z]/u, (c) => c + c)
            : 'Abdel' + lower(body);
          out.push(firstLetter === 'ل' ? 'Abdel' + lower(body) : assim);
        } else if (style === 'mashreq') {
          out.push('Abdul ' + body);
        } else {
          out.push('ʻAbd al-' + body);
        }
      } else {
        out.push(
          style === 'ala-lc'
            ? 'ʻAbd ' + romanizeWord(next, style)
            : style === 'maghreb'
              ? 'Abd' + lower(romanizeWord(next, style))
              : 'Abd ' + romanizeWord(next, style),
        );
      }
      i++;
      continue;
    }
    if (k === 'ابو' && next !== undefined) {
      const abu = style === 'maghreb' ? 'Abou' : style === 'mashreq' ? 'Abu' : 'Abū';
      if (hasArticle(next)) {
        const body = romanizeWord(next.slice(2), style);
        out.push(style === 'maghreb' ? 'Aboul ' + body : style === 'mashreq' ? 'Abu ' + body : abu + ' al-' + body);
      } else {
        out.push(abu + ' ' + romanizeWord(next, style));
      }
      i++;
      continue;
    }
    if (k === 'ال' && next !== undefined) {
      out.push((style === 'ala-lc' ? 'Āl ' : 'Al ') + word(next, style, false, true, false));
      i++;
      continue;
    }
    if ((k === 'الدين' || k === 'الاسلام' || k === 'العابدين') && out.length > 0) {
      const body = romanizeWord(w.slice(2), style);
      if (style === 'maghreb') {
        if (k === 'الدين') out[out.length - 1] = out[out.length - 1]?.replace(/e?$/u, 'eddine') ?? '';
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
    out.push(word(w, style, first && out.length === 0, family && i === words.length - 1, given && out.length === 0));
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

/** A foreign word in Arabic script: the lexicon's original spelling, else a phonetic spelling. */
function foreignSpelling(w: string, style: Style): string {
  const k = lexiconKey(w);
  const exact = foreignExact(k);
  if (exact !== undefined) return exact;
  // an Arabic given name in a foreign name keeps its Arabic spelling (Ali, Recep aside)
  const arabic = arabicSpellings(w);
  if (arabic !== undefined) return style === 'ala-lc' ? arabic[2] : arabic[1];
  // an initial إ is a foreign e (إريك Eric, إرنا Erna)
  return foreignBySkeleton(k) ?? foreignWord(w[0] === 'إ' ? 'إ' + k.slice(1) : k);
}

/**
 * A readable Latin romanization of an Arabic-script person name: as the press of the region
 * spells it, or in the ALA-LC scholarly romanization; a foreign name in its own spelling.
 *
 * The name is read with {@link parseArabicName}; honorifics are left out. An Arabic name is
 * romanized part by part in the chosen style (see {@link RomanizeArabicNameOptions}): given
 * name (compounds with عبد, أبو, الدين, الله, الإسلام spelled as one unit in the style:
 * Abdellatif / Abdul Latif / ʻAbd al-Laṭīf), kunya, nasab with its particles (Ben, fused with a
 * final nasab in the Maghreb: Bensalah; bin; Ould), middle names, family name with its article
 * (El, or assimilated to a sun letter in the Maghreb: Essebsi; al-), and a regnal number as a
 * Roman numeral. Arabic writes no short vowels and no doubled consonants, so a lexicon of
 * given names and frequent family names gives their usual spelling in each style (Hassan
 * Diab, Abdelkader Messahel, Muḥammad), and rules read the other words (patterns fāʻil,
 * mafʻūl, faʻʻāl, nisba endings).
 *
 * A foreign name written in Arabic (أنجيلا ميركل, ماتيو سالفيني) gets its original spelling
 * from a lexicon of common given names and surnames of the major European languages, and a
 * readable phonetic spelling for words it does not know; the style does not change it.
 * {@link inspectName} tells which origin the name is taken for. With `known`, a Latin spelling
 * of the same person that the caller already holds wins. Text in another script is returned
 * normalized, not romanized. Never throws on any string; a bad option is a `TypeError`.
 *
 * @param name - An Arabic-script name (tashkeel and invisible characters are ignored).
 * @param options - `style`: `'maghreb'` (default), `'mashreq'` or `'ala-lc'`; `known`: Latin
 *   spellings to prefer when they are the same name.
 * @returns The romanized name.
 * @throws {TypeError} When `options` is not an object, has an unknown key, `style` is not one
 *   of the three styles, or `known` is not iterable.
 * @example
 * ```ts
 * romanizeArabicName('عبد اللطيف حموشي'); // 'Abdellatif Hammouchi'
 * romanizeArabicName('حسان دياب', { style: 'mashreq' }); // 'Hassan Diab'
 * romanizeArabicName('عبد اللطيف حموشي', { style: 'ala-lc' }); // 'ʻAbd al-Laṭīf Ḥammūshī'
 * romanizeArabicName('أنجيلا ميركل'); // 'Angela Merkel'
 * romanizeArabicName('عبد الوافي لفتيت', { style: 'ala-lc', known: ['Abdelouafi Laftit'] }); // 'Abdelouafi Laftit'
 * ```
 * @category Names
 */
export function romanizeArabicName(name: string, options?: RomanizeArabicNameOptions): string {
  const fn = 'romanizeArabicName';
  const o = checkOptionsObject(fn, options, OPTION_NAMES);
  const style: Style = checkOneOf(fn, 'style', o.style, STYLES) ?? 'maghreb';
  const known = o.known;
  if (
    known !== undefined &&
    (known === null ||
      typeof (known as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function' ||
      typeof known === 'string')
  ) {
    throw new TypeError(
      `${fn}: options.known must be an iterable of strings (an array or a Set), got ${typeof known === 'string' ? 'a string' : known === null ? 'null' : typeof known}`,
    );
  }
  const s = String(name);
  // an Iranian name (a word with a Persian ending): the Persian press spelling
  const out = PERSIAN.test(s) && style !== 'ala-lc' ? persian(romanize(s, 'mashreq')) : romanize(s, style);
  return known === undefined ? out : preferKnown(String(name), out, known as Iterable<string>);
}

/** A word with a Persian ending: -زاده, -نجاد, -يان (not -تيان: Christian), -ائي, -آبادي. */
const PERSIAN = /(?:\S{3}[^\sت]يان|زاده|نجاد|\Sئي|آبادي|\S{3}[^\sاوي]جي|باف)(?:\s|$)|أكبر/u;

/**
 * The Persian press conventions on a name romanized in the mashreq style: v for و, gh for a
 * ق, e for an initial i (Ebrahim, Esmail), Mohammad, Ahmad, Hossein, -ian, and -zadeh, -abadi
 * joined to the word before them.
 */
function persian(s: string): string {
  return s
    .replace(/w/gu, 'v')
    .replace(/W/gu, 'V')
    .replace(/q/gu, 'gh')
    .replace(/\bI(?=[bs])/gu, 'E')
    .replace(/(?<=mm|hm)ed\b/gu, 'ad')
    .replace(/Huss/gu, 'Hoss')
    .replace(/yan\b/gu, 'ian')
    .replace(/(?<=[^aeiou])ji\b/gu, 'chi')
    .replace(/ (?:Zadeh|Abadi)/gu, (m) => m.slice(1).toLowerCase());
}

function romanize(name: string, style: Style): string {
  // parsed as parseArabicName does; a single word is tested as a given name by its Arabic only
  // (a Latin input is returned as it is, whatever its parse)
  const parsed = parseName(name, isMatchedArabic);
  if (parsed.script !== 'arabic' && parsed.script !== 'mixed') return parsed.text;
  const words = parsed.text.split(' ');
  const body = words.slice(
    parsed.honorifics
      .join(' ')
      .split(' ')
      .filter((x) => x !== '').length,
  );
  // (the Arabic-script words decide; a Latin word in the name is kept as it is)
  if (isForeignArabic(body)) {
    // a word with the article in a foreign name is a description (الفرنسي the French), not a name
    const kept = body.filter((w) => !(hasArticle(w) && foreignExact(lexiconKey(w)) === undefined));
    const ws = kept.length > 0 ? kept : body;
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as string;
      if (!/[\u0600-\u06ff]/u.test(w)) {
        out.push(w);
        continue;
      }
      const k = lexiconKey(w);
      const nk = lexiconKey(ws[i + 1] ?? '');
      // one name in two Arabic words (جين بينغ Jinping, جاويش أوغلو Cavusoglu)
      const joined = nk === '' ? undefined : foreignJoined(k + nk);
      if (joined !== undefined || nk === 'اوغلو') {
        out.push(joined ?? foreignSpelling(w, style) + 'oglu');
        i++;
        continue;
      }
      out.push(foreignSpelling(w, style));
    }
    // دي before an Italian name is Di (Di Maio), de before the others (de Mistura)
    for (let i = 0; i + 1 < out.length; i++) if (out[i] === 'de' && /[io]$/u.test(out[i + 1] as string)) out[i] = 'Di';
    return out.join(' ');
  }
  const out: string[] = [];
  const add = (s: string | undefined, family = false): void => {
    if (s !== undefined && s !== '')
      out.push(/[\u0600-\u06ff]/u.test(s) ? part(s, style, out.length === 0, family, !family && out.length === 0) : s);
  };
  add(parsed.kunya);
  add(parsed.given);
  if (parsed.ordinal !== undefined) {
    // the Roman numeral of a regnal number (محمد السادس Mohammed VI)
    const n = parsed.ordinal;
    out.push([...ROMAN_ORDINALS].find((e) => e[1] === n)?.[0].toUpperCase() ?? String(n));
  } else add(parsed.laqab);
  // nasab (particle + name) and middle names, in the order of the text: one forward scan of the
  // words, matching the next middle name or the next particle + nasab name
  const romanNasab = (p: string, nasabName: string, isFinal: boolean): string => {
    const text = /[\u0600-\u06ff]/u.test(nasabName) ? part(nasabName, style, false) : nasabName;
    const pr = particle(p, style);
    return style === 'maghreb' && pr === 'Ben' && isFinal && !text.includes(' ')
      ? 'Ben' + lower(text)
      : pr + ' ' + text;
  };
  const isParticleWord = (w: string): boolean => {
    const k = key(w);
    return k === 'بن' || k === 'ابن' || k === 'بنت' || k === 'ولد';
  };
  const wordsOf = (s: string): number => s.split(' ').length;
  const matchesAt = (p: number, s: string): boolean => {
    const parts = s.split(' ');
    for (let j = 0; j < parts.length; j++) if (words[p + j] !== parts[j]) return false;
    return true;
  };
  let mi = 0;
  let ni = 0;
  const nm = parsed.middle.length;
  const nn = parsed.nasab.length;
  const count = (s: string | undefined): number => (s === undefined || s === '' ? 0 : wordsOf(s));
  let start = 0;
  for (const h of parsed.honorifics) start += count(h);
  start += count(parsed.kunya) + count(parsed.given);
  let familyDone = false;
  for (let p = start; p < words.length && (mi < nm || ni < nn); p++) {
    const w = words[p] as string;
    // a family name read before a nasab (محمد سالم ولد مرزوك) keeps its place in the text
    if (
      !familyDone &&
      parsed.family !== undefined &&
      ni < nn &&
      !isParticleWord(w) &&
      matchesAt(p, parsed.family) &&
      (mi >= nm || !matchesAt(p, parsed.middle[mi] as string))
    ) {
      add(parsed.family, true);
      familyDone = true;
      p += wordsOf(parsed.family) - 1;
      continue;
    }
    if (ni < nn && isParticleWord(w) && matchesAt(p + 1, parsed.nasab[ni] as string)) {
      const isFinal = ni === nn - 1 && parsed.family === undefined && mi === nm;
      out.push(romanNasab(w, parsed.nasab[ni] as string, isFinal));
      p += wordsOf(parsed.nasab[ni] as string);
      ni++;
    } else if (mi < nm && matchesAt(p, parsed.middle[mi] as string)) {
      // a Maghrebi middle name is mostly part of a compound family name (Fettah Alaoui, Fassi
      // Fihri): read as a family name (article dropped, faʻʻāl, the unstressed e)
      if (style === 'mashreq' && /[\u0600-\u06ff]/u.test(parsed.middle[mi] as string)) {
        // a Gulf chain of names with the article capitalizes it (Mishal Al-Ahmad Al-Jaber)
        out.push(part(parsed.middle[mi] as string, style, true));
      } else add(parsed.middle[mi], style === 'maghreb');
      p += wordsOf(parsed.middle[mi] as string) - 1;
      mi++;
    }
  }
  // whatever the scan did not place (a Latin particle, an odd spacing) keeps the parsed order
  for (; ni < nn; ni++)
    out.push(romanNasab('بن', parsed.nasab[ni] as string, ni === nn - 1 && parsed.family === undefined));
  for (; mi < nm; mi++) add(parsed.middle[mi]);
  if (!familyDone) add(parsed.family, true);
  return out.join(' ');
}
