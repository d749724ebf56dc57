import { describe, expect, it } from 'vitest';
import { safeParseArabicDate, findArabicDates } from '../../../src/arabic/dates/index.js';
import { CORPUS } from './corpus.js';
import type { CorpusEntry } from './corpus.js';

/** Whether tansiq reads the entry as expected; returns a description of what it read. */
function check(e: CorpusEntry): { ok: boolean; got: string } {
  const r = safeParseArabicDate(e.text, e.reference === undefined ? {} : { reference: e.reference });
  const got = r.success
    ? `${r.data.iso} ${r.data.precision} ${r.data.calendar}${r.data.weekdayMismatch ? ' mismatch' : ''}`
    : `!${r.error.code}`;
  if (e.expected === null) return { ok: !r.success && r.error.code === 'no_date', got };
  if ('error' in e.expected) return { ok: !r.success && r.error.code === e.expected.error, got };
  const x = e.expected;
  return {
    ok:
      r.success &&
      r.data.iso === x.iso &&
      r.data.precision === x.precision &&
      r.data.calendar === x.calendar &&
      r.data.weekdayMismatch === x.mismatch &&
      r.data.text === e.text.slice(r.data.index, r.data.endIndex),
    got,
  };
}

/** Umm al-Qura Hijri fields of a Gregorian day, straight from Intl (independent of tansiq). */
function intlHijri(iso: string): [number, number, number] {
  const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = fmt.formatToParts(new Date(`${iso}T00:00:00Z`));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  return [get('year'), get('month'), get('day')];
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
}

describe('date corpus', () => {
  it('has at least 300 phrases in every category', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    const cats = new Set(CORPUS.map((e) => e.category));
    for (const c of [
      'egypt',
      'maghreb',
      'algeria-tunisia',
      'levant',
      'dual',
      'digits',
      'numeric',
      'weekday',
      'hijri',
      'relative',
      'range',
      'ordinal',
      'month-year',
      'year',
      'clitics',
      'negative',
    ]) {
      expect(cats.has(c), c).toBe(true);
    }
  });

  it('reads every phrase as expected (accuracy per category)', () => {
    const per = new Map<string, { total: number; correct: number }>();
    const failures: string[] = [];
    for (const e of CORPUS) {
      const { ok, got } = check(e);
      const c = per.get(e.category) ?? { total: 0, correct: 0 };
      c.total++;
      if (ok) c.correct++;
      else failures.push(`${e.category}: ${e.text} → ${got}, expected ${JSON.stringify(e.expected)}`);
      per.set(e.category, c);
    }
    const table = [...per].map(([category, c]) => ({
      category,
      phrases: c.total,
      correct: c.correct,
      accuracy: `${((100 * c.correct) / c.total).toFixed(1)}%`,
    }));
    const all = CORPUS.length - failures.length;
    table.push({
      category: 'ALL',
      phrases: CORPUS.length,
      correct: all,
      accuracy: `${((100 * all) / CORPUS.length).toFixed(1)}%`,
    });
    console.table(table);
    expect(failures).toEqual([]);
  });

  it('Hijri expectations agree with Intl islamic-umalqura', () => {
    let checked = 0;
    for (const e of CORPUS) {
      if (e.expected === null || 'error' in e.expected || e.expected.calendar !== 'hijri') continue;
      const r = safeParseArabicDate(e.text, { reference: e.reference ?? '2021-12-18' });
      if (!r.success || r.data.hijri === undefined) throw new Error(`no hijri fields for ${e.text}`);
      const h = r.data.hijri;
      const [sy, sm, sd] = intlHijri(r.data.start);
      const [ey, em, ed] = intlHijri(r.data.end);
      if (r.data.precision !== 'day' && !r.data.iso.includes('/')) {
        // A Hijri year or month written with its Gregorian equivalent (1443هـ/2022م) takes its
        // dates from the Gregorian part; the two must overlap.
        expect([sy, ey], e.text).toContain(h.year);
      } else if (r.data.range !== undefined) {
        // The range starts on the first Hijri day written.
        expect([sy, sm], e.text).toEqual([h.year, h.month]);
      } else if (h.day !== undefined) {
        expect([sy, sm, sd], e.text).toEqual([h.year, h.month, h.day]);
        expect(r.data.start).toBe(r.data.end);
      } else {
        // A month or a year: starts on day 1 and ends on the last day before the next month/year.
        expect([sy, sd], e.text).toEqual([h.year, 1]);
        if (h.month !== undefined) expect([sm, em], e.text).toEqual([h.month, h.month]);
        else expect([sm, ey], e.text).toEqual([1, h.year]);
        const [, , nd] = intlHijri(nextDay(r.data.end));
        expect(nd, e.text).toBe(1);
        expect(ed, e.text).toBeGreaterThanOrEqual(29);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it('findArabicDates finds each positive phrase and nothing in the negatives', () => {
    for (const e of CORPUS) {
      const found = findArabicDates(e.text, e.reference === undefined ? {} : { reference: e.reference });
      if (e.expected === null || 'error' in e.expected) expect(found, e.text).toEqual([]);
      else expect(found[0]?.iso, e.text).toBe(e.expected.iso);
    }
  });
});
