/**
 * Arabic text written in presentation forms, as PDF extractors write it, for the tests of the
 * functions that read such text.
 */
import { expect } from 'vitest';

/** For each letter (and each lam-alef pair), the presentation forms that stand for it. */
export const FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  for (let c = 0xfe70; c <= 0xfefc; c++) {
    const ch = String.fromCharCode(c);
    const plain = ch.normalize('NFKC');
    if (plain === ch || !/^\p{Script=Arabic}+$/u.test(plain)) continue;
    forms.set(plain, [...(forms.get(plain) ?? []), ch]);
  }
  return forms;
})();

/**
 * Writes a text in presentation forms, as a PDF extractor would: every lam-alef pair as its
 * ligature and every other letter as one of its shaped forms (`pick` chooses which: the shape a
 * renderer would choose does not matter to the extractor).
 */
export function toPresentationForms(text: string, pick: (n: number) => number = () => 0): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = FORMS.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair[pick(pair.length) % pair.length] as string;
      i++;
      continue;
    }
    const one = FORMS.get(text[i] as string);
    out += one === undefined ? (text[i] as string) : (one[pick(one.length) % one.length] as string);
  }
  return out;
}

/** What a presentation-form text stands for, code unit by code unit. */
export function asLetters(text: string): string {
  return [...text].map((ch) => (/[\uFB50-\uFDFF\uFE70-\uFEFE]/u.test(ch) ? ch.normalize('NFKC') : ch)).join('');
}

/**
 * Whether a span of a text in presentation forms reads as the same span of the plain text. A span
 * cannot start inside a code unit: after a clitic ل written in one ligature with the alef that
 * follows (ﻹسبانيا for لإسبانيا), it takes the ligature whole, so its letters may start with that ل.
 */
function readsAsPlain(shaped: string, plain: string): boolean {
  const letters = asLetters(shaped);
  return letters === plain || (letters === `ل${plain}` && /^[اأإآ]/u.test(plain));
}

/** A span found in a text: its text and offsets. */
export interface FoundSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Runs `find` on each passage as written and in presentation forms and checks that both give the
 * same results, one for one: the same `value` of each, and spans that slice to their text in the
 * shaped passage and read as the plain spans ({@link readsAsPlain}).
 *
 * @returns How many results the shaped passages gave in all.
 */
export function expectShapedAsPlain<T>(
  passages: readonly { readonly id: string; readonly text: string; readonly reference: string }[],
  find: (text: string, reference: string) => readonly T[],
  value: (found: T) => unknown,
  span: (found: T) => FoundSpan,
): number {
  let n = 0;
  for (const p of passages) {
    const shapedText = toPresentationForms(p.text);
    const shaped = find(shapedText, p.reference);
    const plain = find(p.text, p.reference);
    expect(shaped.map(value), p.id).toEqual(plain.map(value));
    shaped.forEach((found, k) => {
      const s = span(found);
      expect(s.text, p.id).toBe(shapedText.slice(s.start, s.end));
      const want = plain[k] === undefined ? '' : span(plain[k] as T).text;
      expect(readsAsPlain(s.text, want), `${p.id}: ${asLetters(s.text)} for ${want}`).toBe(true);
    });
    n += shaped.length;
  }
  return n;
}
