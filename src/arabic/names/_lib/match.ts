/**
 * Name-level matching (private): prepares a name into weighted units with phonetic skeletons,
 * aligns the units of two names and builds the score.
 */
import { isCommonName, LEXICON, lexiconIds, sharesId } from './lexicon.js';
import { skeletonSimilarity } from './phonetic/align.js';
import { arabicSkeleton } from './phonetic/arabic-skeleton.js';
import { latinSkeleton } from './phonetic/latin-skeleton.js';
import { concatSkeletons } from './phonetic/symbols.js';
import type { Skeleton } from './phonetic/symbols.js';
import { tokenizeName } from './tokenize.js';
import { lengthFilter, mayHold } from './words.js';
import type { NameToken } from './tokenize.js';
import { ARABIC_ORDINALS, ROMAN_ORDINALS } from './regnal-ordinals.js';

/** One comparable part of a name. */
interface Unit {
  readonly skel: Skeleton;
  /** Skeleton of the particle before the word, in the same script (بن علي ~ Benali). */
  readonly particle: Skeleton | undefined;
  /** `particle` and `skel` fused, built on first use. */
  fused: Skeleton | undefined;
  readonly ids: readonly string[] | undefined;
  /** Weight in the coverage (set for the family name once the name is read). */
  weight: number;
  readonly common: boolean;
  /** A light particle of a Western name (weight 0.3). */
  readonly light: boolean;
  /** This word and the next one joined (Le Drian ~ لودريان), built on first use and kept with the prepared name. */
  joined: Unit | undefined;
}

/** A name prepared for matching. */
export interface PreparedName {
  readonly units: readonly Unit[];
  readonly particles: boolean;
  readonly ordinal: number;
  /** Number of symbols of the longest skeleton of a unit (with its particle fused). */
  readonly longest: number;
}

/** At most this many words of a name take part in matching. */
const MAX_UNITS = 16;

const LIGHT_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set('de von der le la van di da del dos du des y دي فون دير لو دو فان'.split(' ')))();

/** What matching needs to know about a word, found with one lookup. */
interface WordInfo {
  /** Lexicon ids (the same array as `lexiconIds`), or `undefined`. */
  ids: readonly string[] | undefined;
  /** One of the very common given names. */
  common: boolean;
  /** A light particle of a Western name (de, von, van …). */
  light: boolean;
  /** Regnal number as a Roman numeral (Latin words), else 0. */
  roman: number;
  /** Regnal number as an Arabic ordinal (Arabic words), else 0. */
  ordinal: number;
}

const WORD_INFO: ReadonlyMap<string, WordInfo> = /* @__PURE__ */ (() => {
  const m = new Map<string, WordInfo>();
  const entry = (w: string): WordInfo => {
    let e = m.get(w);
    if (e === undefined) {
      const ids = lexiconIds(w);
      e = { ids, common: isCommonName(ids), light: false, roman: 0, ordinal: 0 };
      m.set(w, e);
    }
    return e;
  };
  for (const w of LEXICON.ids.keys()) entry(w);
  for (const w of LIGHT_WORDS) entry(w).light = true;
  for (const [w, r] of ROMAN_ORDINALS) entry(w).roman = r;
  for (const [w, o] of ARABIC_ORDINALS) entry(w).ordinal = o;
  return m;
})();

const INFO_FILTER: Uint32Array = /* @__PURE__ */ (() => lengthFilter(WORD_INFO.keys()))();

function skeletonOf(t: NameToken, article: boolean): Skeleton {
  return t.script === 'arabic' ? arabicSkeleton(t.text, article) : latinSkeleton(t.text, article);
}

/** Prepare a name: tokens → weighted units with roles, particles and an ordinal number. */
export function prepareName(name: string): PreparedName {
  const tokens = tokenizeName(name);
  const units: Unit[] = [];
  // Words that take part (a person's name has a handful: only the first MAX_UNITS become
  // units, so matching stays linear; later tokens still set `particles` and `ordinal`).
  let count = 0;
  let longest = 0;
  let particles = false;
  let ordinal = 0;
  let pendingArticle = false;
  let pendingParticle: NameToken | undefined;
  const last = tokens.length - 1;
  for (let i = 0; i <= last; i++) {
    const t = tokens[i] as NameToken;
    if (t.kind === 'title') continue;
    if (t.kind === 'particle') {
      particles = true;
      pendingParticle = t;
      continue;
    }
    const arabic = t.script === 'arabic';
    if (arabic && t.text === 'ال' && i < last) {
      pendingArticle = true;
      continue;
    }
    const info = mayHold(INFO_FILTER, t.text) ? WORD_INFO.get(t.text) : undefined;
    if (count > 0 && info !== undefined) {
      if (arabic) {
        if (info.ordinal !== 0) {
          ordinal = info.ordinal;
          continue;
        }
      } else if (t.script === 'latin') {
        if (info.roman !== 0 && (t.text.length > 1 || i === last)) {
          ordinal = info.roman;
          continue;
        }
      }
    }
    if (t.script === 'latin' && t.text.length === 1 && last > 0) continue; // an initial
    count++;
    if (count <= MAX_UNITS) {
      const skel = skeletonOf(t, pendingArticle || t.article);
      const common = info !== undefined && info.common;
      // The family name's weight (last unit) is set once the units are known.
      let weight = 1;
      if (common) weight *= 0.5;
      if (info !== undefined && info.light) weight = 0.3;
      const p = pendingParticle;
      const particle = p !== undefined && p.script === t.script ? skeletonOf(p, false) : undefined;
      const size = skel.codes.length + (particle === undefined ? 0 : particle.codes.length);
      if (size > longest) longest = size;
      units.push({
        skel,
        particle,
        fused: undefined,
        ids: info?.ids,
        weight,
        common,
        light: info !== undefined && info.light,
        joined: undefined,
      });
    }
    pendingArticle = false;
    pendingParticle = undefined;
  }
  const n = units.length;
  if (n > 1) {
    const u = units[n - 1] as Unit;
    let weight = 1.4;
    if (u.common) weight *= 0.5;
    if (u.light) weight = 0.3;
    u.weight = weight;
  }
  return { units, particles, ordinal, longest };
}

/** The skeleton of a unit with its particle fused (only called when it has one). */
function fusedOf(u: Unit): Skeleton {
  let f = u.fused;
  if (f === undefined) {
    f = concatSkeletons(u.particle as Skeleton, u.skel);
    u.fused = f;
  }
  return f;
}

/**
 * Similarity of two units, exact when it is at least MIN_SIM. A lower value never counts
 * (it is neither a candidate nor a good partner), so it may be reported as 0.
 */
function unitSimilarity(a: Unit, b: Unit, rows: number[]): number {
  // Two lexicon names are the same name or different ones (a different one is below MIN_SIM).
  if (a.ids !== undefined && b.ids !== undefined) return sharesId(a.ids, b.ids) ? 1 : 0;
  let s = skeletonSimilarity(a.skel, b.skel, rows, MIN_SIM);
  // A particle fused on one side only (بن صالح ~ Bensalah); with particles on both sides the
  // plain words already align.
  if (s < 1) {
    if (a.particle !== undefined) {
      if (b.particle === undefined) s = Math.max(s, skeletonSimilarity(fusedOf(a), b.skel, rows, MIN_SIM));
    } else if (b.particle !== undefined) s = Math.max(s, skeletonSimilarity(a.skel, fusedOf(b), rows, MIN_SIM));
  }
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
  for (let i = 0; i < U.length; i++) t += (U[i] as Unit).weight;
  return t;
}

/**
 * Candidates for two adjacent words of X against one word of Y (Le Drian ~ لودريان), for the
 * words whose best similarity (in `best`, from `bestAt`) is below 0.85.
 */
function addMerges(
  cands: Candidate[],
  X: readonly Unit[],
  Y: readonly Unit[],
  best: readonly number[],
  bestAt: number,
  xIsA: boolean,
  rows: number[],
): void {
  for (let i = 0; i + 1 < X.length; i++) {
    // only words that found no good partner on their own are tried together
    if ((best[bestAt + i] as number) >= 0.85 || (best[bestAt + i + 1] as number) >= 0.85) continue;
    const x1 = X[i] as Unit;
    const x2 = X[i + 1] as Unit;
    if (x1.skel.script !== x2.skel.script) continue;
    let joined = x1.joined;
    if (joined === undefined) {
      joined = {
        skel: concatSkeletons(x1.skel, x2.skel),
        particle: undefined,
        fused: undefined,
        ids: undefined,
        weight: 1,
        common: false,
        light: false,
        joined: undefined,
      };
      x1.joined = joined;
    }
    for (let j = 0; j < Y.length; j++) {
      const s = unitSimilarity(joined, Y[j] as Unit, rows);
      if (s >= MIN_SIM)
        cands.push(xIsA ? { sim: s, a: i, a2: i + 1, b: j, b2: -1 } : { sim: s, a: j, a2: -1, b: i, b2: i + 1 });
    }
  }
}

function byCandidate(p: Candidate, q: Candidate): number {
  return q.sim - p.sim || p.a - q.a || p.b - q.b || p.a2 + p.b2 - (q.a2 + q.b2);
}

/** Weighted share of `U` matched, from the match strengths stored in `work` from `at`. */
function coverage(U: readonly Unit[], work: number[], at: number): number {
  let total = 0;
  let got = 0;
  for (let i = 0; i < U.length; i++) {
    const w = (U[i] as Unit).weight;
    total += w;
    got += w * (work[at + i] as number);
  }
  return total > 0 ? got / total : 0;
}

/** Score two prepared names in [0, 1]. */
export function scorePrepared(A: PreparedName, B: PreparedName): number {
  const ua = A.units;
  const ub = B.units;
  const na = ua.length;
  const nb = ub.length;
  if (na === 0 || nb === 0) return 0;
  // One DP row (long enough for two joined words), then per word of A and of B: best
  // similarity, match strength, partner (-1: none) and used flag.
  const rowLength = 2 * (A.longest > B.longest ? A.longest : B.longest) + 2;
  const BEST_A = rowLength;
  const BEST_B = BEST_A + na;
  const MATCH_A = BEST_B + nb;
  const MATCH_B = MATCH_A + na;
  const PARTNER_A = MATCH_B + nb;
  const PARTNER_B = PARTNER_A + na;
  const USED_A = PARTNER_B + nb;
  const USED_B = USED_A + na;
  const work: number[] = [];
  for (let k = 0; k < PARTNER_A; k++) work.push(0);
  for (let k = PARTNER_A; k < USED_A; k++) work.push(-1);
  for (let k = USED_A; k < USED_B + nb; k++) work.push(0);
  const cands: Candidate[] = [];
  for (let i = 0; i < na; i++) {
    const u = ua[i] as Unit;
    for (let j = 0; j < nb; j++) {
      const s = unitSimilarity(u, ub[j] as Unit, work);
      if (s > (work[BEST_A + i] as number)) work[BEST_A + i] = s;
      if (s > (work[BEST_B + j] as number)) work[BEST_B + j] = s;
      if (s >= MIN_SIM) cands.push({ sim: s, a: i, a2: -1, b: j, b2: -1 });
    }
  }
  // Two adjacent words on one side against one word on the other (Le Drian ~ لودريان).
  addMerges(cands, ua, ub, work, BEST_A, true, work);
  addMerges(cands, ub, ua, work, BEST_B, false, work);
  if (cands.length > 1) cands.sort(byCandidate);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    if (
      work[USED_A + c.a] === 1 ||
      work[USED_B + c.b] === 1 ||
      (c.a2 >= 0 && work[USED_A + c.a2] === 1) ||
      (c.b2 >= 0 && work[USED_B + c.b2] === 1)
    )
      continue;
    const m = strength(c.sim);
    work[USED_A + c.a] = 1;
    work[MATCH_A + c.a] = m;
    work[PARTNER_A + c.a] = c.b;
    if (c.a2 >= 0) {
      work[USED_A + c.a2] = 1;
      work[MATCH_A + c.a2] = m;
      work[PARTNER_A + c.a2] = c.b;
    }
    work[USED_B + c.b] = 1;
    work[MATCH_B + c.b] = m;
    work[PARTNER_B + c.b] = c.a;
    if (c.b2 >= 0) {
      work[USED_B + c.b2] = 1;
      work[MATCH_B + c.b2] = m;
      work[PARTNER_B + c.b2] = c.a;
    }
  }
  let covA = coverage(ua, work, MATCH_A);
  let covB = coverage(ub, work, MATCH_B);
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
    for (let i = 0; i < na; i++) {
      const j = work[PARTNER_A + i] as number;
      if (j < 0) continue;
      if (j < lastB) crossed = true;
      lastB = j;
    }
    const firstShift = (na > 1 && (work[PARTNER_A] as number) > 0) || (nb > 1 && (work[PARTNER_B] as number) > 0);
    if (crossed) score *= 0.3;
    else if (firstShift) score *= 0.4;
  }
  // Given names that disagree (both names have one) weigh against a shared surname.
  if (na > 1 && nb > 1) {
    const g = Math.max(work[MATCH_A] as number, work[MATCH_B] as number);
    if (g < 0.5) score *= 0.6 + 0.4 * g;
  }
  // A single word that is only a given name, or a very common one, is weak evidence.
  if ((na === 1 || nb === 1) && na !== nb) {
    const singleIsA = na === 1;
    const single = (singleIsA ? ua[0] : ub[0]) as Unit;
    const otherLength = singleIsA ? nb : na;
    const partner = work[singleIsA ? PARTNER_A : PARTNER_B] as number;
    if (!sameOrdinal && (single.common || (partner === 0 && otherLength > 1))) score *= 0.8;
  }
  if (A.ordinal !== 0 && B.ordinal !== 0 && A.ordinal !== B.ordinal) score *= 0.3;
  return score < 0 ? 0 : score > 1 ? 1 : score;
}
