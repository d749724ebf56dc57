import { describe, expect, it } from 'vitest';
import { transliterate, untransliterate } from '../../../src/arabic/text/index.js';

describe('transliterate / untransliterate (Buckwalter)', () => {
  it('maps Arabic letters and marks one to one', () => {
    expect(transliterate('عبد اللطيف حموشي')).toBe('Ebd AllTyf Hmw$y');
    expect(transliterate('أسامة مصطفى إبراهيم آل ثاني')).toBe('>sAmp mSTfY <brAhym |l vAny');
    // fatha, damma, kasra, shadda, sukun, tanwin, tatweel, dagger alef
    expect(transliterate('\u064E\u064F\u0650\u0651\u0652\u064B\u0640\u0670')).toBe('aui~oF_`');
    expect(transliterate('پ چ ڤ گ', { scheme: 'buckwalter' })).toBe('P J V G');
  });

  it('copies other characters', () => {
    expect(transliterate('١٢ - ؟ 😀')).toBe('١٢ - ؟ 😀');
    expect(transliterate('')).toBe('');
  });

  it('is reversed by untransliterate', () => {
    expect(untransliterate('Ebd AllTyf Hmw$y')).toBe('عبد اللطيف حموشي');
    const s = 'مُحَمَّدٌ بْنُ سَلْمَانَ، ١٩٨٥';
    expect(untransliterate(transliterate(s))).toBe(s);
  });
});
