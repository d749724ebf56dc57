import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/arabic/names/index.js';

describe('nameKey', () => {
  it('joins عبد + divine name however spaced and removes the article of surnames', () => {
    const k = nameKey('عبد اللطيف حموشي');
    expect(k).toBe('عبداللطيف حموشي');
    expect(nameKey('عبداللطيف الحموشي')).toBe(k);
    expect(nameKey('عَبْدُ اللَّطِيفِ الحَمُّوشِي')).toBe(k);
    expect(nameKey('اللواء عبد اللطيف الحموشي')).toBe(k);
  });

  it('removes Arabic titles and honorifics', () => {
    expect(nameKey('الفريق أول سعد الدين الشاذلي')).toBe('سعدالدين شاذلي');
    expect(nameKey('المشير عبد الفتاح السيسي')).toBe('عبدالفتاح سيسي');
    expect(nameKey('الشيخ محمد بن زايد')).toBe('محمد بن زايد');
    expect(nameKey('الأمير محمد بن سلمان')).toBe(nameKey('محمد ابن سلمان'));
    expect(nameKey('الدكتور أحمد')).toBe('احمد');
    expect(nameKey('السيد حسن')).toBe('حسن');
  });

  it('folds every letter variant', () => {
    expect(nameKey('أسامة')).toBe(nameKey('اسامه'));
    expect(nameKey('مصطفى')).toBe(nameKey('مصطفي'));
    expect(nameKey('ﻋﻠﻲ')).toBe('علي');
    expect(nameKey('علی')).toBe('علي');
  });

  it('keys Latin names', () => {
    expect(nameKey('Dr. Abd el-Latif El Hammouchi')).toBe('abdellatif hammouchi');
    expect(nameKey('Abdellatif Hammouchi')).toBe('abdellatif hammouchi');
    expect(nameKey('Gen. Abdel Fattah el-Sisi')).toBe('abdelfattah sisi');
    expect(nameKey('Sheikh Mohammed ibn Zayed')).toBe('mohammed bin zayed');
    expect(nameKey('Nour Eddine Bensouda')).toBe('noureddine bensouda');
    expect(nameKey('Bouchaïb Rmail')).toBe('bouchaib rmail');
  });

  it('keeps الله whole and is idempotent on tricky words', () => {
    expect(nameKey('ﷲ')).toBe('الله');
    for (const s of ['الالفي', 'آل سعود', 'Mr', 'الشيخ', 'Abd Al']) expect(nameKey(nameKey(s))).toBe(nameKey(s));
  });

  it('returns an empty key for a name without letters', () => {
    expect(nameKey('')).toBe('');
    expect(nameKey(' \u200F . ')).toBe('');
  });
});
