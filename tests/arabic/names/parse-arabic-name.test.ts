import { describe, expect, it } from 'vitest';
import {
  compareNames,
  nameKey,
  namesMatch,
  parseArabicName,
  romanizeArabicName,
} from '../../../src/arabic/names/index.js';

describe('parseArabicName', () => {
  it('reads honorifics, compound given names and the family name', () => {
    const p = parseArabicName('اللواء عبد اللطيف الحموشي');
    expect(p).toMatchObject({
      script: 'arabic',
      honorifics: ['اللواء'],
      given: 'عبد اللطيف',
      family: 'الحموشي',
      nisba: 'الحموشي',
      nasab: [],
      middle: [],
    });
    expect(p.kunya).toBeUndefined();
    expect(parseArabicName('الفريق أول سعد الدين الشاذلي')).toMatchObject({
      honorifics: ['الفريق أول'],
      given: 'سعد الدين',
      family: 'الشاذلي',
    });
  });

  it('reads a post with its complement as one honorific, not as part of the name', () => {
    expect(parseArabicName('وزير الداخلية عبد الوافي لفتيت')).toMatchObject({
      honorifics: ['وزير الداخلية'],
      given: 'عبد الوافي',
      family: 'لفتيت',
      middle: [],
    });
    expect(parseArabicName('المدير العام للأمن الوطني عبد اللطيف حموشي')).toMatchObject({
      honorifics: ['المدير العام للأمن الوطني'],
      given: 'عبد اللطيف',
      family: 'حموشي',
    });
    // A definite title takes no ال- word after it: that is the given name.
    expect(parseArabicName('السيد الحبيب الصيد')).toMatchObject({ honorifics: ['السيد'], given: 'الحبيب' });
    // Titles with a hamza on its seat are titles.
    expect(parseArabicName('النائب محمد بن علي')).toMatchObject({ honorifics: ['النائب'], given: 'محمد' });
    expect(romanizeArabicName('وزير الداخلية عبد الوافي لفتيت')).toBe('Abdelouafi Laftit');
    expect(romanizeArabicName('المدير العام للأمن الوطني عبد اللطيف حموشي')).toBe('Abdellatif Hammouchi');
    expect(compareNames('وزير الداخلية عبد الوافي لفتيت', 'Abdelouafi Laftit')).toBe(1);
    expect(namesMatch('النائب محمد بن علي', 'محمد بن علي')).toBe(true);
    expect(nameKey('المدير العام للأمن الوطني عبد اللطيف حموشي')).toBe(nameKey('عبد اللطيف حموشي'));
  });

  it('keeps the nasab chain in order and reads آل families', () => {
    expect(parseArabicName('محمد بن سلمان بن عبد العزيز آل سعود')).toMatchObject({
      given: 'محمد',
      nasab: ['سلمان', 'عبد العزيز'],
      family: 'آل سعود',
    });
    expect(parseArabicName('Mohammed bin Salman Al Saud')).toMatchObject({
      given: 'Mohammed',
      nasab: ['Salman'],
      family: 'Al Saud',
    });
    expect(parseArabicName('Mohamed Ould Cheikh El Ghazouani')).toMatchObject({
      given: 'Mohamed',
      nasab: ['Cheikh'],
      family: 'El Ghazouani',
    });
  });

  it('reads a kunya, a regnal number and Latin compounds', () => {
    expect(parseArabicName('أبو محمد الجولاني')).toMatchObject({
      kunya: 'أبو محمد',
      given: undefined,
      family: 'الجولاني',
    });
    expect(parseArabicName('عبد الله الثاني بن الحسين')).toMatchObject({
      given: 'عبد الله',
      laqab: 'الثاني',
      ordinal: 2,
      nasab: ['الحسين'],
    });
    expect(parseArabicName('Abdel Fattah el-Sisi')).toMatchObject({ given: 'Abdel Fattah', family: 'el-Sisi' });
    expect(parseArabicName('Zine El Abidine Ben Ali')).toMatchObject({ given: 'Zine El Abidine', nasab: ['Ali'] });
    expect(parseArabicName('Dr. Nour Eddine Bensouda')).toMatchObject({
      honorifics: ['Dr.'],
      given: 'Nour Eddine',
      family: 'Bensouda',
    });
  });

  it('reads Western names', () => {
    expect(parseArabicName('Jean-Yves Le Drian')).toMatchObject({ given: 'Jean-Yves', family: 'Le Drian' });
    expect(parseArabicName('William J. Burns')).toMatchObject({ given: 'William', middle: ['J.'], family: 'Burns' });
    expect(parseArabicName('Ursula von der Leyen')).toMatchObject({ given: 'Ursula', family: 'von der Leyen' });
  });

  it('treats a single word as a family name unless it is a common given name', () => {
    expect(parseArabicName('حموشي')).toMatchObject({ given: undefined, family: 'حموشي' });
    expect(parseArabicName('محمد')).toMatchObject({ given: 'محمد', family: undefined });
  });

  it('normalizes the text and never throws', () => {
    // tashkeel and RLM
    expect(parseArabicName('عَبْدُ اللَّطِيفِ\u200F حموشي').text).toBe('عبد اللطيف حموشي');
    expect(parseArabicName('')).toMatchObject({ script: 'other', given: undefined, family: undefined });
    expect(() => parseArabicName('\uD800 - -- بن')).not.toThrow();
  });
});
