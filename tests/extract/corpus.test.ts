import { describe, expect, it } from 'vitest';
import { getCountry, getRecord } from '../../src/data/index.js';
import { PASSAGES, PENDING_IDS, GoldResolutionError, locate, resolveGold } from './corpus/index.js';
import type { GoldRef, Passage, Span } from './corpus/index.js';

// In-sample corpus written by the project: these checks keep its gold self-consistent.

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const LETTER = /[\p{L}\p{N}]/u;
const MIN_PASSAGES = 60;
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const PERSON_TITLES = [
  'وزير',
  'وزيرة',
  'السيد',
  'السيدة',
  'اللواء',
  'الفريق',
  'العميد',
  'العقيد',
  'الشيخ',
  'الأمير',
  'معالي',
  'الدكتور',
  'المدير',
  'مدير',
  'رئيس',
  'سعادة',
  'سمو',
];

function isPartialIso(value: string): boolean {
  const m = PARTIAL_ISO.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return year > 1900 && year < 2100;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function idKnown(id: string): boolean {
  return getRecord(id) !== undefined || PENDING_IDS.has(id);
}

function refProblem(kind: string, ref: GoldRef): string | undefined {
  if (ref.kind === 'country') {
    if (kind !== 'country') return `country ref on a ${kind} mention`;
    return getCountry(ref.country)?.code === ref.country ? undefined : `unknown country ${ref.country}`;
  }
  if (ref.kind === 'person') {
    if (kind !== 'person' || !ref.id.startsWith('person.')) return `person ref ${ref.id} on a ${kind} mention`;
  } else if (
    kind === 'agency' ? !ref.id.startsWith('agency.') : kind === 'forum' ? !ref.id.startsWith('forum.') : true
  ) {
    return `organization ref ${ref.id} on a ${kind} mention`;
  }
  if (!idKnown(ref.id)) return `unknown id ${ref.id}`;
  const record = getRecord(ref.id);
  const wanted = kind === 'forum' ? 'forum' : kind === 'agency' ? 'agency' : 'person';
  return record === undefined || record.type === wanted ? undefined : `${ref.id} is a ${record.type}, not a ${wanted}`;
}

/** The span starts after a word boundary, allowing up to two separable proclitics, and ends at one. */
function boundaryProblem(text: string, span: Span): string | undefined {
  let i = span.start;
  let clitics = 0;
  while (i > 0 && ARABIC_LETTER.test(text[i - 1] ?? '') && PROCLITICS.has(text[i - 1] ?? '') && clitics < 2) {
    i -= 1;
    clitics += 1;
  }
  const before = i > 0 ? (text[i - 1] ?? '') : '';
  if (before !== '' && LETTER.test(before)) return 'starts inside a word';
  const after = text[span.end] ?? '';
  if (after !== '' && LETTER.test(after)) return 'ends inside a word';
  return undefined;
}

function overlaps(spans: (Span & { label: string })[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.start < prev.end) out.push(`${prev.label} overlaps ${cur.label}`);
  }
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => LETTER.test(w)).length;
}

describe('extraction gold corpus (in-sample)', () => {
  it(`has at least ${MIN_PASSAGES} passages with unique ids`, () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(MIN_PASSAGES);
    const ids = PASSAGES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('locate counts occurrences like indexOf from the previous match + 1 and throws on a miss', () => {
    expect(locate('aaa', 'aa', 2)).toEqual({ start: 1, end: 3 });
    expect(() => locate('abc', 'x')).toThrow(GoldResolutionError);
    expect(() => locate('abab', 'ab', 3)).toThrow(/occurs 2 time/);
  });

  it('PENDING_IDS lists only ids that the gold uses and the shipped data still lacks', () => {
    const used = new Set<string>();
    for (const p of PASSAGES) {
      for (const m of p.mentions) if (m.ref && m.ref.kind !== 'country') used.add(m.ref.id);
      for (const mt of p.meetings) {
        for (const id of [...(mt.orgIds ?? []), ...(mt.personIds ?? []), ...(mt.forumId ? [mt.forumId] : [])])
          used.add(id);
      }
    }
    const stale = [...PENDING_IDS].filter((id) => !used.has(id) || getRecord(id) !== undefined);
    expect(stale).toEqual([]);
  });

  describe.each(PASSAGES.map((p) => [p.id, p] as [string, Passage]))('%s', (_id, p) => {
    it('has well-formed metadata and 40–250 words', () => {
      expect(p.id).toMatch(/^p\d{2,3}-[a-z0-9-]+$/);
      expect(p.style.trim()).not.toBe('');
      expect(getCountry(p.country)?.code).toBe(p.country);
      expect(p.reference).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isPartialIso(p.reference)).toBe(true);
      const words = wordCount(p.text);
      expect(words).toBeGreaterThanOrEqual(MIN_PASSAGES);
      expect(words).toBeLessThanOrEqual(250);
    });

    it('resolves every gold item, at word boundaries, without overlaps', () => {
      const gold = resolveGold(p);
      const problems: string[] = [];
      for (const m of gold.mentions) {
        const b = boundaryProblem(p.text, m);
        if (b) problems.push(`mention "${m.text}"#${m.nth ?? 1}: ${b}`);
        if (m.text.startsWith('لل')) problems.push(`mention "${m.text}" keeps the fused لل`);
        if (m.text !== m.text.trim()) problems.push(`mention "${m.text}" has outer spaces`);
      }
      for (const d of gold.dates) {
        const b = boundaryProblem(p.text, d);
        if (b) problems.push(`date "${d.text}": ${b}`);
      }
      problems.push(
        ...overlaps([
          ...gold.mentions.map((m) => ({ ...m, label: `mention "${m.text}"#${m.nth ?? 1}` })),
          ...gold.dates.map((d) => ({ ...d, label: `date "${d.text}"#${d.nth ?? 1}` })),
        ]),
      );
      const keys = [
        ...p.mentions.map((m) => `m:${m.text}#${m.nth ?? 1}`),
        ...p.dates.map((d) => `d:${d.text}#${d.nth ?? 1}`),
      ];
      expect(new Set(keys).size, 'duplicate gold item').toBe(keys.length);
      expect(problems).toEqual([]);
    });

    it('links mentions to known records of the right kind', () => {
      const problems: string[] = [];
      for (const m of p.mentions) {
        if (m.kind === 'country' && !m.ref) problems.push(`country mention "${m.text}" without ref`);
        if (m.ref) {
          const problem = refProblem(m.kind, m.ref);
          if (problem) problems.push(`"${m.text}": ${problem}`);
        }
        if (m.kind === 'person') {
          const first = m.text.split(/\s+/u)[0] ?? '';
          if (PERSON_TITLES.includes(first)) problems.push(`person mention "${m.text}" includes a title`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('gives dates and meetings valid partial ISO values and known ids', () => {
      const problems: string[] = [];
      for (const d of p.dates) if (!isPartialIso(d.value)) problems.push(`date "${d.text}" = ${d.value}`);
      const mentionIds = new Set(p.mentions.flatMap((m) => (m.ref && m.ref.kind !== 'country' ? [m.ref.id] : [])));
      for (const mt of p.meetings) {
        if (mt.date !== undefined && !isPartialIso(mt.date)) problems.push(`meeting date ${mt.date}`);
        if (mt.date !== undefined && mt.date > p.reference)
          problems.push(`meeting date ${mt.date} after the reference`);
        if (mt.countries.length === 0) problems.push(`meeting "${mt.evidence}" without countries`);
        for (const c of mt.countries) if (getCountry(c)?.code !== c) problems.push(`meeting country ${c}`);
        if (new Set(mt.countries).size !== mt.countries.length)
          problems.push(`meeting "${mt.evidence}" repeats a country`);
        if (mt.forumId !== undefined && (!mt.forumId.startsWith('forum.') || !idKnown(mt.forumId)))
          problems.push(`meeting forum ${mt.forumId}`);
        for (const id of mt.orgIds ?? []) {
          if (!/^(?:agency|forum)\./.test(id) || !idKnown(id)) problems.push(`meeting org ${id}`);
          else if (!mentionIds.has(id)) problems.push(`meeting org ${id} is not mentioned in the passage`);
        }
        for (const id of mt.personIds ?? []) {
          if (!id.startsWith('person.') || !idKnown(id)) problems.push(`meeting person ${id}`);
          else if (!mentionIds.has(id)) problems.push(`meeting person ${id} is not mentioned in the passage`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
