import { describe, expect, it } from 'vitest';
import { foldEntry, foldTableFull } from '../../../src/arabic/dates/_lib/fold.js';
import { findArabicDates } from '../../../src/arabic/dates/index.js';

// The tokenizer reads every code unit through one table built on first use (filled by copies, not
// by calling foldEntry 64 K times): it must agree with foldEntry everywhere.
describe('the full fold table', () => {
  it('agrees with foldEntry on every UTF-16 code unit', () => {
    const t = foldTableFull();
    expect(t.length).toBe(0x10000);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (t[c] !== foldEntry(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });

  it('is built once', () => {
    expect(foldTableFull()).toBe(foldTableFull());
  });

  it('reads spaces, slashes and marks above the Arabic block as their folds', () => {
    const plain = findArabicDates('اجتماع يوم 5/3/2022 في الرباط', { reference: '2021-12-18' });
    const wide = findArabicDates('اجتماع\u3000يوم 5\uff0f3\u22152022 في الرب\ufeffاط', { reference: '2021-12-18' });
    expect(plain.map((d) => d.iso)).toEqual(['2022-03-05']);
    expect(wide.map((d) => [d.iso, d.text])).toEqual([['2022-03-05', '5\uff0f3\u22152022']]);
  });
});
