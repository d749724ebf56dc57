/**
 * Name-level matching (private): prepares a name into weighted units with phonetic skeletons,
 * aligns the units of two names and builds the score.
 */
import { isCommonName, lexiconIds, sharesId } from './lexicon.js';
import { arabicSkeleton, concatSkeletons, latinSkeleton, newScratch, skeletonSimilarity } from './phonetic.js';
import type { Skeleton } from './phonetic.js';
import { tokenizeName } from './tokenize.js';
import type { NameToken } from './tokenize.js';

/** Role of a unit in its name. */
type Role = 'given' | 'middle' | 'family' | 'only';

/** One comparable part of a name. */
interface Unit {
  readonly skel: Skeleton;
  /** Skeleton with the preceding particle fused (بن علي ~ Benali). */
  readonly fused: Skeleton | undefined;
  readonly ids: readonly string[] | undefined;
  readonly weight: number;
  readonly role: Role;
  readonly common: boolean;
}

/** A name prepared for matching. */
export interface PreparedName {
  readonly units: readonly Unit[];
  readonly particles: boolean;
  readonly ordinal: number;
}

const ROMAN: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(
    /* @__PURE__ */ Object.entries({ i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 }),
  ))();
const ARABIC_ORDINALS: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(
    /* @__PURE__ */ Object.entries({
    الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الخامس: 5, السادس: 6, السابع: 7, الثامن: 8, التاسع: 9, العاشر: 10,
  }),
  ))();
/** At most this many words of a name take part in matching. */
const MAX_UNITS = 16;

const LIGHT_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set('de von der le la van di da del dos du des y دي فون دير لو دو فان'.split(' ')))();

function skeletonOf(t: NameToken, article: boolean): Skeleton {
  return t.script === 'arabic' ? arabicSkeleton(t.text, article) : latinSkeleton(t.text, article);
}

/** Prepare a name: tokens → weighted units with roles, particles and an ordinal number. */
export function prepareName(name: string): PreparedName {
  const tokens = tokenizeName(name);
  interface Raw {
    tok: NameToken;
    article: boolean;
    particle: NameToken | undefined;
  }
  const raw: Raw[] = [];
  let particles = false;
  let ordinal = 0;
  let pendingArticle = false;
  let pendingParticle: NameToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (t.kind === 'title') continue;
    if (t.kind === 'particle') {
      particles = true;
      pendingParticle = t;
      continue;
    }
    if (t.script === 'arabic' && t.text === 'ال' && i < tokens.length - 1) {
      pendingArticle = true;
      continue;
    }
    if (raw.length > 0) {
      const roman = t.script === 'latin' ? ROMAN.get(t.text) : undefined;
      const isLast = i === tokens.length - 1;
      if (roman !== undefined && (t.text.length > 1 || isLast)) {
        ordinal = roman;
        continue;
      }
      const ord = t.script === 'arabic' ? ARABIC_ORDINALS.get(t.text) : undefined;
      if (ord !== undefined) {
        ordinal = ord;
        continue;
      }
    }
    if (t.script === 'latin' && t.text.length === 1 && tokens.length > 1) continue; // an initial
    raw.push({ tok: t, article: pendingArticle || t.article, particle: pendingParticle });
    pendingArticle = false;
    pendingParticle = undefined;
  }
  // A person's name has a handful of words: longer inputs are cut so matching stays linear.
  if (raw.length > MAX_UNITS) raw.length = MAX_UNITS;
  const units: Unit[] = [];
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const r = raw[i] as Raw;
    const role: Role = n === 1 ? 'only' : i === 0 ? 'given' : i === n - 1 ? 'family' : 'middle';
    const skel = skeletonOf(r.tok, r.article);
    const ids = lexiconIds(r.tok.text);
    const common = isCommonName(ids);
    let weight = role === 'family' ? 1.4 : 1;
    if (common) weight *= 0.5;
    if (LIGHT_WORDS.has(r.tok.text)) weight = 0.3;
    const fused = r.particle !== undefined && r.particle.script === r.tok.script ? concatSkeletons(skeletonOf(r.particle, false), skel) : undefined;
    units.push({ skel, fused, ids, weight, role, common });
  }
  return { units, particles, ordinal };
}

function unitSimilarity(a: Unit, b: Unit, scratch: number[]): number {
  if (a.ids !== undefined && b.ids !== undefined && sharesId(a.ids, b.ids)) return 1;
  // Similarities below MIN_SIM never count, so the alignment may stop early under it.
  let s = skeletonSimilarity(a.skel, b.skel, scratch, MIN_SIM);
  // A particle fused on one side only (بن صالح ~ Bensalah); with particles on both sides the
  // plain words already align.
  if (a.fused !== undefined && b.fused === undefined) s = Math.max(s, skeletonSimilarity(a.fused, b.skel, scratch, MIN_SIM));
  else if (b.fused !== undefined && a.fused === undefined) s = Math.max(s, skeletonSimilarity(a.skel, b.fused, scratch, MIN_SIM));
  if (a.ids !== undefined && b.ids !== undefined) return Math.min(s, 0.4);
  return s;
}

/** Strength of a token match from its similarity: 0 below 0.6, 1 from 0.9. */
function strength(s: number): number {
  const v = (s - 0.6) / 0.3;
  return v <= 0 ? 0 : v >= 1 ? 1 : v;
}

interface Candidate {
  readonly sim: number;
  /** First word of side A, and the second one when two adjacent words match together (else -1). */
  readonly a: number;
  readonly a2: number;
  /** Same for side B. */
  readonly b: number;
  readonly b2: number;
}

const MIN_SIM = 0.6;

function totalWeight(U: readonly Unit[]): number {
  let t = 0;
  for (const u of U) t += u.weight;
  return t;
}

function addMerges(cands: Candidate[], X: readonly Unit[], Y: readonly Unit[], bestX: readonly number[], xIsA: boolean, scratch: number[]): void {
  for (let i = 0; i + 1 < X.length; i++) {
    // only words that found no good partner on their own are tried together
    if ((bestX[i] ?? 0) >= 0.85 || (bestX[i + 1] ?? 0) >= 0.85) continue;
    const x1 = X[i] as Unit;
    const x2 = X[i + 1] as Unit;
    if (x1.skel.script !== x2.skel.script) continue;
    const joined: Unit = { skel: concatSkeletons(x1.skel, x2.skel), fused: undefined, ids: undefined, weight: 1, role: 'middle', common: false };
    for (let j = 0; j < Y.length; j++) {
      const s = unitSimilarity(joined, Y[j] as Unit, scratch);
      if (s >= MIN_SIM) cands.push(xIsA ? { sim: s, a: i, a2: i + 1, b: j, b2: -1 } : { sim: s, a: j, a2: -1, b: i, b2: i + 1 });
    }
  }
}

function byCandidate(p: Candidate, q: Candidate): number {
  return q.sim - p.sim || p.a - q.a || p.b - q.b || p.a2 + p.b2 - (q.a2 + q.b2);
}

function coverage(U: readonly Unit[], match: readonly number[]): number {
  let total = 0;
  let got = 0;
  for (let i = 0; i < U.length; i++) {
    const w = (U[i] as Unit).weight;
    total += w;
    got += w * (match[i] ?? 0);
  }
  return total > 0 ? got / total : 0;
}

/** Score two prepared names in [0, 1]. */
export function scorePrepared(A: PreparedName, B: PreparedName): number {
  const ua = A.units;
  const ub = B.units;
  if (ua.length === 0 || ub.length === 0) return 0;
  let longest = 0;
  for (const u of ua) longest = Math.max(longest, u.skel.codes.length, u.fused?.codes.length ?? 0);
  for (const u of ub) longest = Math.max(longest, u.skel.codes.length, u.fused?.codes.length ?? 0);
  const scratch = newScratch(2 * longest);
  const cands: Candidate[] = [];
  const bestA: number[] = new Array<number>(ua.length).fill(0);
  const bestB: number[] = new Array<number>(ub.length).fill(0);
  for (let i = 0; i < ua.length; i++) {
    for (let j = 0; j < ub.length; j++) {
      const s = unitSimilarity(ua[i] as Unit, ub[j] as Unit, scratch);
      if (s > (bestA[i] ?? 0)) bestA[i] = s;
      if (s > (bestB[j] ?? 0)) bestB[j] = s;
      if (s >= MIN_SIM) cands.push({ sim: s, a: i, a2: -1, b: j, b2: -1 });
    }
  }
  // Two adjacent words on one side against one word on the other (Le Drian ~ لودريان).
  addMerges(cands, ua, ub, bestA, true, scratch);
  addMerges(cands, ub, ua, bestB, false, scratch);
  cands.sort(byCandidate);
  const matchA: number[] = new Array<number>(ua.length).fill(0);
  const matchB: number[] = new Array<number>(ub.length).fill(0);
  const partnerA: number[] = new Array<number>(ua.length).fill(-1);
  const partnerB: number[] = new Array<number>(ub.length).fill(-1);
  const usedA: number[] = new Array<number>(ua.length).fill(0);
  const usedB: number[] = new Array<number>(ub.length).fill(0);
  for (const c of cands) {
    if (usedA[c.a] === 1 || usedB[c.b] === 1 || (c.a2 >= 0 && usedA[c.a2] === 1) || (c.b2 >= 0 && usedB[c.b2] === 1)) continue;
    const m = strength(c.sim);
    for (const i of c.a2 >= 0 ? [c.a, c.a2] : [c.a]) {
      usedA[i] = 1;
      matchA[i] = m;
      partnerA[i] = c.b;
    }
    for (const j of c.b2 >= 0 ? [c.b, c.b2] : [c.b]) {
      usedB[j] = 1;
      matchB[j] = m;
      partnerB[j] = c.a;
    }
  }
  let covA = coverage(ua, matchA);
  let covB = coverage(ub, matchB);
  // The same regnal number is one more matching word (عبد الله الثاني ~ Abdullah II).
  const sameOrdinal = A.ordinal !== 0 && A.ordinal === B.ordinal;
  if (sameOrdinal) {
    const wa = totalWeight(ua);
    const wb = totalWeight(ub);
    covA = (covA * wa + 1) / (wa + 1);
    covB = (covB * wb + 1) / (wb + 1);
  }
  const hi = Math.max(covA, covB);
  const lo = Math.min(covA, covB);
  let score = hi * (0.55 + 0.45 * lo);

  // Nasab chains keep their order: with a particle on either side, no crossing alignments and
  // a given name may only align with the other given name.
  if (A.particles || B.particles) {
    let lastB = -1;
    let crossed = false;
    for (let i = 0; i < ua.length; i++) {
      const j = partnerA[i] ?? -1;
      if (j < 0) continue;
      if (j < lastB) crossed = true;
      lastB = j;
    }
    const firstShift = (ua.length > 1 && (partnerA[0] ?? -1) > 0) || (ub.length > 1 && (partnerB[0] ?? -1) > 0);
    if (crossed) score *= 0.3;
    else if (firstShift) score *= 0.4;
  }
  // Given names that disagree (both names have one) weigh against a shared surname.
  if (ua.length > 1 && ub.length > 1) {
    const g = Math.max(matchA[0] ?? 0, matchB[0] ?? 0);
    if (g < 0.5) score *= 0.6 + 0.4 * g;
  }
  // A single word that is only a given name, or a very common one, is weak evidence.
  const single = ua.length === 1 ? ua : ub.length === 1 ? ub : undefined;
  if (single !== undefined && ua.length !== ub.length) {
    const other = single === ua ? ub : ua;
    const partner = single === ua ? (partnerA[0] ?? -1) : (partnerB[0] ?? -1);
    if (!sameOrdinal && ((single[0] as Unit).common || (partner === 0 && other.length > 1))) score *= 0.8;
  }
  if (A.ordinal !== 0 && B.ordinal !== 0 && A.ordinal !== B.ordinal) score *= 0.3;
  return score < 0 ? 0 : score > 1 ? 1 : score;
}
