/**
 * Every name and text function on 1 MB inputs built to hurt: long runs of one kind of character,
 * particles and articles repeated, one huge word. Each must finish well within the budget
 * (a quadratic algorithm would take minutes on these sizes).
 */
import { describe, expect, it } from 'vitest';
import { compareNames, inspectName, nameKey, namesMatch, parseArabicName, romanizeArabicName } from '../../../src/arabic/names/index.js';
import { normalizeArabic, transliterate, untransliterate } from '../../../src/arabic/text/index.js';

const MB = 1_000_000;
const inputs: Record<string, string> = {
  'Arabic name words': 'عبد اللطيف بن الحموشي '.repeat(MB / 22),
  'Latin particles': 'x ben el abd '.repeat(MB / 13),
  'one huge Arabic word': 'حموشي'.repeat(MB / 5),
  'one huge Latin word': 'abdellatifhammouchi'.repeat(MB / 19),
  'zero-width run': '\u200B'.repeat(MB),
  'ZWNJ run before letters': '\u200C'.repeat(MB / 2) + 'ب'.repeat(MB / 2),
  'combining hamza run': 'ا\u0654'.repeat(MB / 2),
  'presentation forms': 'ﻋﺒﺪ ﷲ '.repeat(MB / 6),
  'spaces and breaks': ' \n \r\n\t'.repeat(MB / 6),
};

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

describe('linear time on 1 MB inputs', () => {
  for (const [label, text] of Object.entries(inputs)) {
    it(label, () => {
      const budget = 8_000;
      const calls: Array<[string, () => unknown]> = [
        ['normalizeArabic', () => normalizeArabic(text, { alef: true, alefMaqsura: true, taMarbuta: true, hamza: true, digits: true })],
        ['nameKey', () => nameKey(text)],
        ['inspectName', () => inspectName(text)],
        ['parseArabicName', () => parseArabicName(text)],
        ['romanizeArabicName', () => romanizeArabicName(text)],
        ['transliterate', () => untransliterate(transliterate(text))],
        ['compareNames', () => compareNames(text, 'Abdellatif Hammouchi')],
        ['namesMatch', () => namesMatch(text, text + ' ')],
      ];
      for (const [name, call] of calls) {
        const [result, ms] = timed(call);
        expect(result, name).toBeDefined();
        expect(ms, `${name} on ${label}`).toBeLessThan(budget);
      }
    }, 90_000);
  }
});
