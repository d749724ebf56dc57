/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE): the shaped glyph codes that text
 * extracted from PDFs and some legacy encodings use instead of letters (ﻋﺒﺪ for عبد, the ligature
 * ﻻ for لا). Each stands for the letters its compatibility decomposition (NFKC) gives.
 */
import type { ArabicDate, ArabicDateOptions } from '../../arabic/index.js';
import { findArabicDates } from '../../arabic/index.js';

/** Whether a UTF-16 code unit is an Arabic presentation form (the byte order mark U+FEFF is not). */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/** NFKC of each presentation form met so far. */
const decompositions = new Map<number, string>();

/**
 * What a presentation form stands for: one letter (ﺣ → ح), two (ﻻ → لا), a word (ﷲ → الله),
 * a phrase with spaces (ﷺ), or a mark with a space before it (ﹰ, an isolated tanwin).
 *
 * @param c - A code unit for which {@link isPresentationForm} holds.
 */
export function decompose(c: number): string {
  let d = decompositions.get(c);
  if (d === undefined) {
    d = String.fromCharCode(c).normalize('NFKC');
    decompositions.set(c, d);
  }
  return d;
}

/**
 * A text with each presentation form replaced by what it stands for (ﻋﺒﺪ → عبد), for the values
 * a record stores: a name in presentation forms is a name a dataset cannot search.
 *
 * @param text - Any text; returned as it is when it holds no presentation form.
 */
export function asLetters(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPresentationForm(c)) continue;
    out += text.slice(from, i) + decompose(c);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * {@link findArabicDates} on text that may hold presentation forms. The date scanner reads
 * letters only, so such text is scanned with every presentation form replaced by what it stands
 * for, and each date's offsets and text are taken back to the text as given: a date that starts
 * or ends inside a ligature takes all of it.
 *
 * @param text - Any text.
 * @param options - The scanner's options.
 * @returns The dates, with offsets into `text`.
 */
export function findDatesAsGiven(text: string, options: ArabicDateOptions | undefined): ArabicDate[] {
  let k = 0;
  while (k < text.length && !isPresentationForm(text.charCodeAt(k))) k++;
  if (k === text.length) return findArabicDates(text, options);
  // `from[j]`: the offset in `text` of the code unit that gave code unit j of `plain`.
  const parts: string[] = [text.slice(0, k)];
  const from: number[] = [];
  for (let i = 0; i < k; i++) from.push(i);
  for (let i = k; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const part = isPresentationForm(c) ? decompose(c) : (text[i] as string);
    parts.push(part);
    for (let j = 0; j < part.length; j++) from.push(i);
  }
  const plain = parts.join('');
  return findArabicDates(plain, options).map((d) => {
    const index = from[d.index] ?? text.length;
    const endIndex = d.endIndex >= plain.length ? text.length : (from[d.endIndex - 1] ?? text.length - 1) + 1;
    return { ...d, index, endIndex, text: text.slice(index, endIndex) };
  });
}
