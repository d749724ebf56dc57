import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArabicDates, formatArabicDate, safeParseArabicDate } from '../../../src/arabic/dates/index.js';
import type { ArabicMonthFamily } from '../../../src/arabic/dates/index.js';
import { DATE_WORDS, INVISIBLE } from './date-words.js';

const ref = { reference: '2021-12-18' };

/** Words and marks that make real and near-miss date expressions when strung together. */
const VOCAB = [
  ...DATE_WORDS,
  'بـ',
  '(',
  ')',
  '/',
  '-',
  '.',
  '،',
  ',',
  '1',
  '3',
  '12',
  '18',
  '29',
  '30',
  '31',
  '٠٥',
  '١٨',
  '۲۰۲۱',
  '1443',
  '1445',
  '2021',
  '2022',
  '١٩٩٠',
  '0123456789',
  ' ',
  ' ',
  ' ',
  '\n',
  ...INVISIBLE,
];

const vocabText = fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((a) => a.join(''));
const vocabTextSpaced = fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((a) => a.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  vocabText,
  vocabTextSpaced,
);

describe('properties', () => {
  it('never throws on any string, with or without a reference', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (s, withRef) => {
        const o = withRef ? ref : undefined;
        const r = safeParseArabicDate(s, o);
        findArabicDates(s, o);
        if (r.success) expect(typeof r.data.iso).toBe('string');
        else expect(['no_date', 'invalid_date', 'reference_required', 'conflicting_months']).toContain(r.error.code);
      }),
      { numRuns: 3000 },
    );
  });

  it('text is exactly input.slice(index, endIndex), and matches do not overlap', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const found = findArabicDates(s, ref);
        let last = 0;
        for (const d of found) {
          expect(d.text).toBe(s.slice(d.index, d.endIndex));
          expect(d.index).toBeGreaterThanOrEqual(last);
          expect(d.endIndex).toBeGreaterThan(d.index);
          expect(d.start <= d.end).toBe(true);
          last = d.endIndex;
        }
        const r = safeParseArabicDate(s, ref);
        if (r.success) expect(r.data.text).toBe(s.slice(r.data.index, r.data.endIndex));
        else if (r.error.code !== 'no_date') expect(r.error.text).toBe(s.slice(r.error.index, r.error.endIndex));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a formatted date inside arbitrary surrounding text', () => {
    const day = fc
      .integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2040, 11, 31) / 864e5 })
      .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
    const family = fc.constantFrom<ArabicMonthFamily>('egypt', 'maghreb', 'algeria-tunisia', 'levant', 'dual');
    const filler = fc
      .array(fc.constantFrom('قال', 'الوزير', 'إن', 'الاجتماع', 'عقد', 'وفي', '،', 'بتاريخ', '\u200F'), {
        maxLength: 6,
      })
      .map((a) => a.join(' '));
    fc.assert(
      fc.property(day, family, fc.boolean(), filler, filler, (iso, months, arabic, before, after) => {
        const text = `${before} ${formatArabicDate(iso, { months, digits: arabic ? 'arabic' : 'latin' })} ${after}`;
        const found = findArabicDates(text);
        expect(found.map((d) => d.iso)).toEqual([iso]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('format → parse round trip, every day of 1990–2040', () => {
  const start = Date.UTC(1990, 0, 1) / 864e5;
  const end = Date.UTC(2040, 11, 31) / 864e5;
  const iso = (d: number): string => new Date(d * 864e5).toISOString().slice(0, 10);
  const families: ArabicMonthFamily[] = ['egypt', 'maghreb', 'algeria-tunisia', 'levant', 'dual'];

  it('Gregorian: every family, both digit styles', () => {
    let n = 0;
    for (let d = start; d <= end; d++) {
      const day = iso(d);
      for (const months of families) {
        for (const digits of ['latin', 'arabic'] as const) {
          const text = formatArabicDate(day, { months, digits });
          const r = safeParseArabicDate(text);
          if (!r.success || r.data.iso !== day || r.data.calendar !== 'gregorian')
            throw new Error(`${day} ${months} ${digits}: "${text}" → ${r.success ? r.data.iso : r.error.code}`);
          n++;
        }
      }
    }
    expect(n).toBe((end - start + 1) * 10);
  });

  it('Gregorian months: every family, both digit styles', () => {
    for (let y = 1990; y <= 2040; y++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        for (const months of families) {
          for (const digits of ['latin', 'arabic'] as const) {
            const text = formatArabicDate(month, { months, digits });
            const r = safeParseArabicDate(text);
            if (!r.success || r.data.iso !== month) throw new Error(`${month} ${months}: "${text}"`);
          }
        }
      }
    }
  });

  it('Hijri (Umm al-Qura): every day, both digit styles', () => {
    let n = 0;
    for (let d = start; d <= end; d++) {
      const day = iso(d);
      const digits = d % 2 === 0 ? 'latin' : 'arabic';
      const text = formatArabicDate(day, { calendar: 'hijri', digits, weekday: d % 7 === 0 });
      const r = safeParseArabicDate(text);
      if (!r.success || r.data.iso !== day || r.data.calendar !== 'hijri' || r.data.weekdayMismatch) {
        throw new Error(`${day} ${digits}: "${text}" → ${r.success ? r.data.iso : r.error.code}`);
      }
      n++;
    }
    expect(n).toBe(end - start + 1);
  }, 120_000);
});
