/**
 * Scoring of extraction output against the gold corpus (shared by the bench and the tests).
 *
 * - A predicted mention matches a gold one when the kinds agree and the spans overlap by at least
 *   half of the longer of the two (one-to-one, in text order).
 * - Linking accuracy: of the matched gold mentions that carry a ref, the share whose predicted
 *   ref is the same record (country, organization or person). False-link rate: of the predicted
 *   refs on matched mentions, the share that names another record than the gold (or a record where
 *   the gold has none).
 * - A predicted meeting matches a gold one when the date agrees at the gold's precision (no gold
 *   date: the prediction must give none at a finer precision either — any date is accepted), the
 *   set of countries is the same, and the forum is the same where the gold names one.
 */
import type { ExtractedMention } from '../../../src/extract/index.js';
import type { GoldMeeting, GoldMention, Span } from '../corpus/types.js';

export interface PredMeeting {
  date?: string;
  countries: string[];
  forumId?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Tally {
  mentions: Record<string, Counts>;
  linkable: number;
  linkedRight: number;
  predictedRefs: number;
  falseLinks: number;
  meetings: Counts;
}

export function emptyTally(): Tally {
  const c = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return {
    mentions: { person: c(), agency: c(), forum: c(), country: c() },
    linkable: 0,
    linkedRight: 0,
    predictedRefs: 0,
    falseLinks: 0,
    meetings: c(),
  };
}

function sameRef(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  const x = a as { kind: string; id?: string; country?: string };
  const y = b as { kind: string; id?: string; country?: string };
  return x.kind === y.kind && x.id === y.id && x.country === y.country;
}

function overlapOk(a: Span, b: Span): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

export function scoreMentions(
  t: Tally,
  gold: readonly (GoldMention & Span)[],
  pred: readonly ExtractedMention[],
  errors?: string[],
): void {
  const used = new Set<number>();
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < pred.length; i++) {
      const p = pred[i] as ExtractedMention;
      if (used.has(i) || p.kind !== g.kind || !overlapOk(g, p.span)) continue;
      hit = i;
      break;
    }
    const c = t.mentions[g.kind] as Counts;
    if (hit < 0) {
      c.fn++;
      errors?.push(`  miss ${g.kind} "${g.text}"`);
      continue;
    }
    used.add(hit);
    c.tp++;
    const p = pred[hit] as ExtractedMention;
    if (g.ref !== undefined) {
      t.linkable++;
      if (sameRef(g.ref, p.ref)) t.linkedRight++;
      else errors?.push(`  link ${g.kind} "${g.text}" gold ${JSON.stringify(g.ref)} got ${JSON.stringify(p.ref)}`);
    }
    if (p.ref !== undefined) {
      t.predictedRefs++;
      if (!sameRef(g.ref, p.ref)) {
        t.falseLinks++;
        if (g.ref !== undefined) errors?.push(`  FALSE LINK "${p.text}" → ${JSON.stringify(p.ref)}`);
        else errors?.push(`  FALSE LINK (gold has none) "${p.text}" → ${JSON.stringify(p.ref)}`);
      }
    }
  }
  for (let i = 0; i < pred.length; i++) {
    if (used.has(i)) continue;
    const p = pred[i] as ExtractedMention;
    (t.mentions[p.kind] as Counts).fp++;
    errors?.push(`  extra ${p.kind} "${p.text}" ${JSON.stringify(p.ref ?? '')}`);
  }
}

function dateOk(gold: string | undefined, pred: string | undefined): boolean {
  if (gold === undefined) return true;
  if (pred === undefined || pred.length < gold.length) return false;
  return pred.slice(0, gold.length) === gold;
}

export function scoreMeetings(
  t: Tally,
  gold: readonly GoldMeeting[],
  pred: readonly PredMeeting[],
  errors?: string[],
): void {
  const used = new Set<number>();
  for (const g of gold) {
    const gc = [...new Set(g.countries)].sort().join(',');
    let hit = -1;
    for (let i = 0; i < pred.length; i++) {
      const p = pred[i] as PredMeeting;
      if (used.has(i)) continue;
      if (!dateOk(g.date, p.date)) continue;
      if ([...new Set(p.countries)].sort().join(',') !== gc) continue;
      if (g.forumId !== undefined && p.forumId !== g.forumId) continue;
      hit = i;
      break;
    }
    if (hit < 0) {
      t.meetings.fn++;
      errors?.push(`  miss meeting ${g.date ?? '-'} ${gc} ${g.forumId ?? ''} «${g.evidence.slice(0, 50)}»`);
    } else {
      used.add(hit);
      t.meetings.tp++;
    }
  }
  for (let i = 0; i < pred.length; i++) {
    if (used.has(i)) continue;
    t.meetings.fp++;
    const p = pred[i] as PredMeeting;
    errors?.push(`  extra meeting ${p.date ?? '-'} ${p.countries.join(',')} ${p.forumId ?? ''}`);
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function total(t: Tally): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(t.mentions)) {
    out.tp += c.tp;
    out.fp += c.fp;
    out.fn += c.fn;
  }
  return out;
}
