import { describe, expect, it } from 'vitest';
import { findArabicDates } from '../../src/arabic/index.js';
import { ExtractError, extractDates } from '../../src/extract/index.js';
import { expectShapedAsPlain } from '../_lib/presentation-forms.js';
import { PASSAGES } from './corpus/index.js';

describe('extractDates', () => {
  it('gives what findArabicDates gives on text in letters (every corpus passage)', () => {
    let n = 0;
    for (const p of PASSAGES) {
      const want = findArabicDates(p.text, { reference: p.reference });
      expect(extractDates(p.text, { reference: p.reference }), p.id).toEqual(want);
      n += want.length;
    }
    expect(n).toBeGreaterThan(100);
  });

  it('reads text in presentation forms, with offsets into the text as given', () => {
    const n = expectShapedAsPlain(
      PASSAGES,
      (text, reference) => extractDates(text, { reference }),
      (d) => [d.iso, d.precision, d.relative],
      (d) => ({ text: d.text, start: d.index, end: d.endIndex }),
    );
    expect(n).toBeGreaterThan(100);
  });

  it('checks its options like the other extraction functions', () => {
    expect(() => extractDates('أمس', { reference: '2022-02-30' })).toThrow(ExtractError);
    expect(() => extractDates('أمس', { reference: '2022-02-30' })).toThrow(/extractDates: reference/);
    expect(() => extractDates('أمس', { when: 1 } as never)).toThrow(/unknown option 'when'/);
    expect(extractDates('أمس', { reference: new Date(Date.UTC(2022, 5, 20)) })[0]?.iso).toBe('2022-06-19');
    expect(extractDates('أمس')).toEqual([]);
    expect(extractDates(42 as never)).toEqual([]);
  });
});
