/**
 * Phonetic skeleton of an Arabic name word (private): letters to consonant and weak-vowel
 * symbols, the article and the عبد / أبو + article compounds and the suffixes الدين الله الإسلام
 * العابدين read as in the Latin spellings.
 */
import { ARABIC, code, finishSkeleton } from './symbols.js';
import type { Skeleton } from './symbols.js';

const ARABIC_MAP: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    ب: 'b',
    ت: 't',
    ث: '8',
    ج: 'j',
    ح: 'H',
    خ: 'x',
    د: 'd',
    ذ: '4',
    ر: 'r',
    ز: 'z',
    س: 's',
    ش: '$',
    ص: 'S',
    ض: 'D',
    ط: 'T',
    ظ: 'Z',
    ع: '3',
    غ: 'G',
    ف: 'f',
    ق: 'q',
    ك: 'k',
    ل: 'l',
    م: 'm',
    ن: 'n',
    ه: 'h',
    و: 'W',
    ي: 'Y',
    ا: 'A',
    ى: 'I',
    ة: 'F',
    ء: '2',
    أ: 'A',
    إ: 'A',
    آ: 'A',
    ؤ: 'W',
    ئ: 'Y',
  }))();

const ARABIC_SUFFIXES = ['الدين', 'الله', 'الاسلام', 'العابدين'];

const ARABIC_CODES: Int8Array = /* @__PURE__ */ (() => {
  const t = new Int8Array(0x100).fill(-1);
  for (const [ch, sym] of Object.entries(ARABIC_MAP)) t[ch.charCodeAt(0) - 0x600] = code(sym);
  return t;
})();
const SYM_A = /* @__PURE__ */ (() => code('A'))();
const SYM_V = /* @__PURE__ */ (() => code('V'))();
const SYM_L = /* @__PURE__ */ (() => code('L'))();

function emitArabicLetters(out: number[], w: string, from: number, to: number, wordStart: boolean): void {
  for (let i = from; i < to; i++) {
    const c = w.charCodeAt(i) - 0x600;
    if (c < 0 || c >= 0x100) continue;
    let sym = ARABIC_CODES[c] ?? -1;
    if (sym < 0) continue;
    if (sym === SYM_A && i === from && wordStart) sym = SYM_V;
    out.push(sym);
  }
}

/** Skeleton of an Arabic word (folded by the tokenizer). */
export function arabicSkeleton(word: string, article: boolean): Skeleton {
  const out: number[] = [];
  if (article) out.push(SYM_L);
  let end = word.length;
  let suffix = '';
  for (const s of ARABIC_SUFFIXES) {
    if (word.length > s.length + 1 && word.endsWith(s)) {
      suffix = s;
      end = word.length - s.length;
      break;
    }
  }
  let i = 0;
  if (end - i >= 3 && word.startsWith('ال', i)) {
    out.push(SYM_L);
    i += 2;
  }
  if ((word.startsWith('عبد', i) || word.startsWith('ابو', i)) && end - i > 4 && word.startsWith('ال', i + 3)) {
    emitArabicLetters(out, word, i, i + 3, true);
    out.push(SYM_L);
    emitArabicLetters(out, word, i + 5, end, true);
  } else {
    emitArabicLetters(out, word, i, end, true);
  }
  if (suffix !== '') {
    out.push(SYM_L);
    emitArabicLetters(out, suffix, 2, suffix.length, false);
  }
  return finishSkeleton(out, ARABIC);
}
