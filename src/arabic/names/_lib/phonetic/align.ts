/**
 * Phonetic skeletons of name words and their weighted alignment (private).
 *
 * Every word, Arabic or Latin, becomes a short sequence of symbol codes. Arabic letters map to
 * consonant symbols (ح ه خ ع … kept apart) and to weak long-vowel symbols (ا و ي ى ة); Latin
 * spellings map through digraph rules (kh gh sh ch dj th dh ou …) to the same symbols plus short
 * vowels. A weighted edit distance with per-pairing costs (Latin–Arabic, Latin–Latin,
 * Arabic–Arabic) aligns two skeletons; similar sounds (ق/k/g, ج/g/j, ث/t/s, ز/s …) are cheap,
 * short Latin vowels are almost free against Arabic, and word-final vowels (nisba ي, feminine
 * ة / -a) are expensive so that a name and its feminine or nisba form stay apart.
 */

/** At most this many symbols of a word are kept (the alignment is quadratic in word length). */
export const MAX_SYMBOLS = 48;

/** Symbol alphabet; the index of a character is its code. */
const ALPHABET = '_bptT8dD4ZjgGkqxHhszS$CfvwyrlmnL32aeiouUAVIWYF';
const N = /* @__PURE__ */ (() => ALPHABET.length)();

const CODE: Int8Array = /* @__PURE__ */ (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

function code(ch: string): number {
  return CODE[ch.charCodeAt(0)] ?? -1;
}

const VOWEL_LATIN = 'aeiouU';
const VOWEL_ARABIC = 'AVIWYF';

/** Script of a skeleton. */
export const LATIN = 0;
/** Script of a skeleton. */
export const ARABIC = 1;

/** A word turned into symbol codes. */
export interface Skeleton {
  /** Symbol codes. */
  readonly codes: readonly number[];
  /** LATIN or ARABIC. */
  readonly script: number;
  /** Gap costs of each symbol for the same-script pairing, computed on first use. */
  same: number[] | undefined;
  /** Total of `same`. */
  sameTotal: number;
  /** Gap costs of each symbol for the Latin–Arabic pairing, computed on first use. */
  cross: number[] | undefined;
  /** Total of `cross`. */
  crossTotal: number;
  /** Symbols present: bit `c` for codes below 32. */
  readonly lo: number;
  /** Symbols present: bit `c - 32` for codes from 32. */
  readonly hi: number;
}

// ---------------------------------------------------------------------------------------------
// Cost tables, built once (frozen typed arrays, indexed [x * N + y]).

function buildSub(pairs: string, defaultCost: (x: string, y: string) => number, symmetric: boolean): Float64Array {
  // Costs are rounded to single precision (the values the scores were tuned with), then held
  // as doubles so the alignment reads them without a conversion.
  const t = new Float32Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) t[i * N + j] = i === j ? 0 : defaultCost(ALPHABET[i] ?? '', ALPHABET[j] ?? '');
  for (const entry of pairs.trim().split(/\s+/)) {
    const x = entry[0] ?? '';
    const y = entry[1] ?? '';
    const c = Number(entry.slice(2));
    t[code(x) * N + code(y)] = c;
    if (symmetric) t[code(y) * N + code(x)] = c;
  }
  return Float64Array.from(t);
}

/** Latin (row) against Arabic (column). */
const SUB_LA: Float64Array = /* @__PURE__ */ (() =>
  buildSub(
    `
    bb0 pb.05 fb.8 vb.6 tt0 tT0 t8.3 tF.5 880 8t.2 8T.3 84.3 8s.4 dd0 dD0 d4.2 dZ.4 dT.6 44.0 4D.1 4Z.1 4d.3 4z.3
    jj0 jx.5 jY.3 jG.5 gj.1 gG.1 gq.15 gk.3 GG0 Gq.3 Gj.3 Gk.5 kk0 kq.1 kx.5 kG.5 qq0 qk.15 qG.5 qj.5 xx0 xk.5 xH.5 xh.5 xG.6
    hh0 hH0 hx.6 hF.2 h3.6 ss0 sS0 sz.15 s8.3 s$.5 zz0 zZ.1 z4.2 zs.2 zS.4 zD.5 $$0 $k.6 $j.6 $s.5 C$.2 Cj.3 ff0 vf.1 vW.4 ww0 wW0 wf.5 yY0 yj.4
    rr0 ll0 lL.2 mm0 nn0 mn.5 nm.5 LL0 Ll.3 33.0 22.0
    aA.05 aV.05 aI.1 aF.05 a3.15 a2.1 ah.5 aW.9 aY.7
    eA.1 eV.05 eY.15 eF.1 eI.15 e3.2 e2.1 eh.15
    iY.05 iV.05 iA.5 iI.15 i3.25 i2.1 iF.4
    oW.1 oV.05 oA.4 o3.25 o2.15 oI.5 oY.5
    uW.05 uV.05 u3.3 u2.15 uA.35 uY.45
    UW.05 UV.1 U3.3 U2.2
    `,
    (x, y) => {
      const vx = VOWEL_LATIN.includes(x);
      const vy = VOWEL_ARABIC.includes(y) || y === '3' || y === '2';
      if (vx && vy) return 0.6;
      return 1;
    },
    false,
  ))();

/** Latin against Latin. */
const SUB_LL: Float64Array = /* @__PURE__ */ (() =>
  buildSub(
    `
    pb.1 t8.3 8s.3 d4.2 4z.3 4D.2 z8.4 gj.3 gG.2 gq.3 gk.35 Gq.3 Gk.4 kq.15 kx.4 xh.5 qx.5 sz.3 s$.5 $C.2 jC.3 fv.2 vw.3 wU.15 wu.2 yi.3
    ae.2 ai.4 ao.4 au.5 ei.2 eo.4 eu.4 io.5 iu.5 ou.15 oU.15 uU.05 Ll.3 aU.5 eU.4 iU.5
    `,
    (x, y) => (VOWEL_LATIN.includes(x) && VOWEL_LATIN.includes(y) ? 0.5 : 1),
    true,
  ))();

/** Arabic against Arabic. */
const SUB_AA: Float64Array = /* @__PURE__ */ (() =>
  buildSub(
    `
    tT.4 t8.4 8s.4 dD.5 d4.5 4Z.4 4z.4 zZ.5 zs.4 sS.4 s$.5 Hh.6 Hx.5 xk.6 kq.4 qG.35 Gj.35 jq.4 Gk.5
    IY.1 IA.3 FA.4 Fh.1 FY1 FI.8 AY.5 WY.7 AW.7 AV.1 32.4 3A.5 2A.2 2Y.3 2W.3 Ll.5
    `,
    (x, y) => (VOWEL_ARABIC.includes(x) && VOWEL_ARABIC.includes(y) ? 0.6 : 1),
    true,
  ))();

/**
 * Margin of the lower-bound pruning: a bound must exceed the budget by this much, far more than
 * any rounding error of the sums, so that pruning never drops a similarity at or above `floor`.
 */
const PRUNE_MARGIN = 1e-9;

/**
 * Cost of leaving a symbol unmatched. `final` is true for the last symbol of a word;
 * `nextToVowel` is true when a neighbouring symbol is a vowel (a diphthong, not a schwa).
 */
function gapCost(sym: number, script: number, final: boolean, pairing: number, nextToVowel = false): number {
  const ch = ALPHABET[sym] ?? '';
  if (script === ARABIC) {
    switch (ch) {
      case '3':
        return 0.35;
      case '2':
        return 0.2;
      case 'L':
        return 0.1;
      case 'V':
        return 0.3;
      case 'h':
        return final ? 0.4 : 1;
      case 'F':
        return final ? 1.5 : 0.5;
      case 'Y':
        return final ? 1.2 : pairing === PAIR_AA ? 0.6 : 0.4;
      case 'W':
        return final ? 0.8 : pairing === PAIR_AA ? 0.6 : 0.4;
      case 'A':
        return final ? 1 : pairing === PAIR_AA ? 0.6 : 0.35;
      case 'I':
        return final ? 1 : pairing === PAIR_AA ? 0.6 : 0.5;
      default:
        return 1;
    }
  }
  switch (ch) {
    case 'h':
      return final ? 0.15 : 0.5;
    case 'L':
      return 0.1;
    case 'y':
      return pairing === PAIR_LL ? 0.4 : 0.5;
    case 't':
    case 's':
    case 'd':
    case 'z':
      // silent final consonants of French and English names (Laurent, Nicolas, Bernard)
      return final && pairing === PAIR_LA ? 0.5 : 1;
    case 'e':
      return final ? (pairing === PAIR_LL ? 0.3 : 0.1) : pairing === PAIR_LL ? (nextToVowel ? 0.9 : 0.5) : 0.1;
    case 'a':
      if (final) return 1.5;
      return pairing === PAIR_LL ? (nextToVowel ? 0.9 : 0.6) : 0.1;
    case 'i':
    case 'o':
    case 'u':
    case 'U':
      if (final) return pairing === PAIR_LL ? 1.2 : 1;
      return pairing === PAIR_LL ? (nextToVowel ? 0.9 : 0.6) : 0.1;
    default:
      return 1;
  }
}

/** Latin–Arabic pairing. */
export const PAIR_LA = 0;
/** Latin–Latin pairing. */
export const PAIR_LL = 1;
/** Arabic–Arabic pairing. */
export const PAIR_AA = 2;

/** gapCost for every (script, pairing, symbol, final, nextToVowel), indexed by gapIndex. */
const GAPS: Float64Array = /* @__PURE__ */ (() => {
  const t = new Float64Array(2 * 3 * N * 4);
  for (let script = 0; script < 2; script++)
    for (let pairing = 0; pairing < 3; pairing++)
      for (let sym = 0; sym < N; sym++)
        for (let f = 0; f < 2; f++)
          for (let v = 0; v < 2; v++) t[(((script * 3 + pairing) * N + sym) * 2 + f) * 2 + v] = gapCost(sym, script, f === 1, pairing, v === 1);
  return t;
})();

const IS_LATIN_VOWEL: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(N);
  for (const ch of VOWEL_LATIN) t[code(ch)] = 1;
  return t;
})();

/** Gap costs of every symbol of `codes` for `pairing`, written to `out`; returns their total. */
function fillGaps(codes: readonly number[], script: number, pairing: number, out: number[]): number {
  const n = codes.length;
  const base = (script * 3 + pairing) * N;
  const latin = script === LATIN;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const before = i > 0 ? (codes[i - 1] as number) : 0;
    const after = i + 1 < n ? (codes[i + 1] as number) : 0;
    const nextToVowel = latin && (IS_LATIN_VOWEL[before] === 1 || IS_LATIN_VOWEL[after] === 1) ? 1 : 0;
    const g = GAPS[((base + (codes[i] ?? 0)) * 2 + (i === n - 1 ? 1 : 0)) * 2 + nextToVowel] ?? 1;
    out.push(g);
    total += g;
  }
  return total;
}

/** Build a skeleton (gap costs are computed on first use). */
export function makeSkeleton(codes: readonly number[], script: number): Skeleton {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < 32) lo |= 1 << c;
    else hi |= 1 << (c - 32);
  }
  return { codes, script, same: undefined, sameTotal: 0, cross: undefined, crossTotal: 0, lo, hi };
}

/** Gap costs of a skeleton for the same-script pairing. */
function sameGaps(s: Skeleton): number[] {
  let g = s.same;
  if (g === undefined) {
    g = [];
    s.sameTotal = fillGaps(s.codes, s.script, s.script === LATIN ? PAIR_LL : PAIR_AA, g);
    s.same = g;
  }
  return g;
}

/** Gap costs of a skeleton for the Latin–Arabic pairing. */
function crossGaps(s: Skeleton): number[] {
  let g = s.cross;
  if (g === undefined) {
    g = [];
    s.crossTotal = fillGaps(s.codes, s.script, PAIR_LA, g);
    s.cross = g;
  }
  return g;
}

/** Whether two code sequences are equal. */
function sameCodes(x: readonly number[], y: readonly number[]): boolean {
  const n = x.length;
  if (n !== y.length) return false;
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Similarity in [0, 1] of two skeletons: 1 − (weighted edit distance / mean mass). With a
 * `floor` above 0, a similarity certainly below it may be returned as 0 without finishing the
 * alignment. `rows` holds at least one more number than the longer skeleton has symbols.
 */
export function skeletonSimilarity(a: Skeleton, b: Skeleton, rows: number[], floor: number): number {
  const n0 = a.codes.length;
  const m0 = b.codes.length;
  if (n0 === 0 || m0 === 0) return n0 === m0 ? 1 : 0;
  // Equal symbols cost nothing in every table, so equal skeletons are at distance 0.
  if (sameCodes(a.codes, b.codes)) return 1;
  let x = a;
  let y = b;
  if (x.script === ARABIC && y.script === LATIN) {
    x = b;
    y = a;
  }
  let table: Float64Array;
  let gx: number[];
  let gy: number[];
  let mx: number;
  let my: number;
  if (x.script !== y.script) {
    table = SUB_LA;
    gx = crossGaps(x);
    gy = crossGaps(y);
    mx = x.crossTotal;
    my = y.crossTotal;
  } else {
    table = x.script === LATIN ? SUB_LL : SUB_AA;
    gx = sameGaps(x);
    gy = sameGaps(y);
    mx = x.sameTotal;
    my = y.sameTotal;
  }
  const xc = x.codes;
  const yc = y.codes;
  const n = xc.length;
  const m = yc.length;
  const norm = (mx + my) / 2;
  // Every alignment path crosses every row, so once a whole row costs more than the budget the
  // similarity is known to be below `floor`.
  const budget = (1 - floor) * norm;
  const check = floor > 0;
  const limit = budget + PRUNE_MARGIN;
  if (check) {
    // Each symbol of x is deleted or substituted by one of y: a lower bound of the distance.
    let lb = 0;
    const ylo = y.lo;
    const yhi = y.hi;
    for (let i = 0; i < n; i++) {
      const sx = xc[i] as number;
      // A symbol y also has may cost nothing.
      if ((sx < 32 ? ylo >>> sx : yhi >>> (sx - 32)) & 1) continue;
      const row = sx * N;
      let best = gx[i] as number;
      for (let j = 0; j < m; j++) {
        const c = table[row + (yc[j] as number)] as number;
        if (c < best) best = c;
      }
      lb += best;
      if (lb > limit) return 0;
    }
  }
  // One DP row, updated in place: `diag` and `left` carry the cells the update overwrites.
  let acc = 0;
  rows[0] = 0;
  for (let j = 0; j < m; j++) {
    acc += gy[j] as number;
    rows[j + 1] = acc;
  }
  for (let i = 0; i < n; i++) {
    const row = (xc[i] as number) * N;
    const gxi = gx[i] as number;
    let diag = rows[0] as number;
    let left = diag + gxi;
    rows[0] = left;
    let rowMin = left;
    for (let j = 0; j < m; j++) {
      const up = rows[j + 1] as number;
      const sub = diag + (table[row + (yc[j] as number)] as number);
      const del = up + gxi;
      const ins = left + (gy[j] as number);
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      rows[j + 1] = v;
      if (v < rowMin) rowMin = v;
      diag = up;
      left = v;
    }
    if (check && rowMin > budget) return 0;
  }
  const dist = rows[m] as number;
  if (norm <= 0) return dist === 0 ? 1 : 0;
  const s = 1 - dist / norm;
  return s < 0 ? 0 : s > 1 ? 1 : s;
}

// ---------------------------------------------------------------------------------------------
// Arabic words.

const ARABIC_MAP: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    ب: 'b', ت: 't', ث: '8', ج: 'j', ح: 'H', خ: 'x', د: 'd', ذ: '4', ر: 'r', ز: 'z', س: 's', ش: '$', ص: 'S', ض: 'D',
    ط: 'T', ظ: 'Z', ع: '3', غ: 'G', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'W', ي: 'Y', ا: 'A',
    ى: 'I', ة: 'F', ء: '2', أ: 'A', إ: 'A', آ: 'A', ؤ: 'W', ئ: 'Y',
  }))();

const ARABIC_SUFFIXES = ['الدين', 'الله', 'الاسلام', 'العابدين'];

const ARABIC_CODES: Int8Array = /* @__PURE__ */ (() => {
  const t = new Int8Array(0x100).fill(-1);
  for (const [ch, sym] of Object.entries(ARABIC_MAP)) t[ch.charCodeAt(0) - 0x600] = code(sym);
  return t;
})();
const SYM_A = /* @__PURE__ */ (() => code('A'))();
const SYM_V = /* @__PURE__ */ (() => code('V'))();
const SYM_L = /* @__PURE__ */ (() => code('L'))();

function emitArabicLetters(out: number[], w: string, from: number, to: number, wordStart: boolean): void {
  for (let i = from; i < to; i++) {
    const c = w.charCodeAt(i) - 0x600;
    if (c < 0 || c >= 0x100) continue;
    let sym = ARABIC_CODES[c] ?? -1;
    if (sym < 0) continue;
    if (sym === SYM_A && i === from && wordStart) sym = SYM_V;
    out.push(sym);
  }
}

function finish(out: number[], script: number): Skeleton {
  if (out.length > MAX_SYMBOLS) out.length = MAX_SYMBOLS;
  return makeSkeleton(out, script);
}

/** Skeleton of an Arabic word (folded by the tokenizer). */
export function arabicSkeleton(word: string, article: boolean): Skeleton {
  const out: number[] = [];
  if (article) out.push(SYM_L);
  let end = word.length;
  let suffix = '';
  for (const s of ARABIC_SUFFIXES) {
    if (word.length > s.length + 1 && word.endsWith(s)) {
      suffix = s;
      end = word.length - s.length;
      break;
    }
  }
  let i = 0;
  if (end - i >= 3 && word.startsWith('ال', i)) {
    out.push(SYM_L);
    i += 2;
  }
  if ((word.startsWith('عبد', i) || word.startsWith('ابو', i)) && end - i > 4 && word.startsWith('ال', i + 3)) {
    emitArabicLetters(out, word, i, i + 3, true);
    out.push(SYM_L);
    emitArabicLetters(out, word, i + 5, end, true);
  } else {
    emitArabicLetters(out, word, i, end, true);
  }
  if (suffix !== '') {
    out.push(SYM_L);
    emitArabicLetters(out, suffix, 2, suffix.length, false);
  }
  return finish(out, ARABIC);
}

// ---------------------------------------------------------------------------------------------
// Latin words.

const SUN = 'tdrzsnl';
const LATIN_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['eddine', 'din'], ['eddin', 'din'], ['edine', 'din'], ['uddin', 'din'], ['uddeen', 'din'], ['addin', 'din'], ['addine', 'din'],
  ['eldin', 'din'], ['eldine', 'din'], ['aldin', 'din'], ['eddyn', 'din'], ['allah', 'lah'], ['ullah', 'lah'], ['ellah', 'lah'],
  ['illah', 'lah'], ['alla', 'la'], ['elabidine', 'abidin'], ['alabidine', 'abidin'], ['elabidin', 'abidin'],
];

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';
}

function pushLatin(out: number[], sym: string): void {
  const c = code(sym);
  if (c < 0) return;
  pushCode(out, c);
}

/** Push a symbol code; doubled consonants collapse (Hammouchi = Hamouchi). */
function pushCode(out: number[], c: number): void {
  const len = out.length;
  if (len > 0 && out[len - 1] === c && IS_LATIN_VOWEL[c] !== 1) return;
  out.push(c);
}

/** Symbol codes of a Latin letter in the default case (b f j l m n r v …), -1 for none. */
const LETTER_CODE: Int8Array = /* @__PURE__ */ (() => {
  const t = new Int8Array(128).fill(-1);
  for (let c = 0x61; c <= 0x7a; c++) t[c] = CODE[c] ?? -1;
  for (let c = 0x30; c <= 0x39; c++) t[c] = code('_');
  return t;
})();
const S_DOLLAR = /* @__PURE__ */ code('$');
const S_S = /* @__PURE__ */ code('s');
const S_K = /* @__PURE__ */ code('k');
const S_C = /* @__PURE__ */ code('C');
const S_TH = /* @__PURE__ */ code('8');
const S_T = /* @__PURE__ */ code('t');
const S_X = /* @__PURE__ */ code('x');
const S_GH = /* @__PURE__ */ code('G');
const S_G = /* @__PURE__ */ code('g');
const S_J = /* @__PURE__ */ code('j');
const S_DH = /* @__PURE__ */ code('4');
const S_D = /* @__PURE__ */ code('d');
const S_F = /* @__PURE__ */ code('f');
const S_P = /* @__PURE__ */ code('p');
const S_Q = /* @__PURE__ */ code('q');
const S_W = /* @__PURE__ */ code('w');
const S_Z = /* @__PURE__ */ code('z');
const S_Y = /* @__PURE__ */ code('y');
const S_I = /* @__PURE__ */ code('i');
const S_OU = /* @__PURE__ */ code('U');
const S_O = /* @__PURE__ */ code('o');
const S_E = /* @__PURE__ */ code('e');
const S_A = /* @__PURE__ */ code('a');
const S_U = /* @__PURE__ */ code('u');
const S_H = /* @__PURE__ */ code('h');

/** Whether a character code is a Latin vowel letter (y included). */
function isVowelCode(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

/** Skeleton of a Latin word (lower case, ASCII letters). */
export function latinSkeleton(word: string, article: boolean): Skeleton {
  const out: number[] = [];
  if (article) pushLatin(out, 'L');
  let w = word;
  let tail = '';
  const last = w.charCodeAt(w.length - 1);
  if (w.length > 5 && (last === 0x65 || last === 0x6e || last === 0x68 || last === 0x61)) {
    for (let k = 0; k < LATIN_SUFFIXES.length; k++) {
      const entry = LATIN_SUFFIXES[k] as readonly [string, string];
      const suf = entry[0];
      if (suf.charCodeAt(suf.length - 1) !== last) continue;
      const rest = entry[1];
      if (w.length > suf.length + 1 && w.endsWith(suf) && !(suf === 'alla' && !w.startsWith('abd'))) {
        w = w.slice(0, w.length - suf.length);
        tail = rest;
        break;
      }
    }
  }
  let i = 0;
  // Abd + article (Abdellatif, Abdul Latif, Abderrahmane, Abdessamad)
  if (w.startsWith('abd') && w.length > 4) {
    pushLatin(out, 'a');
    pushLatin(out, 'b');
    pushLatin(out, 'd');
    i = 3;
    const a1 = w[3];
    const a2 = w[4];
    const a3 = w[5];
    if (a1 === 'o' && a2 === 'u' && a3 === 'l') {
      pushLatin(out, 'L');
      i = 6;
    } else if (isVowel(a1) && a2 === 'l' && a3 !== undefined) {
      pushLatin(out, 'L');
      i = 5;
    } else if (isVowel(a1) && a2 !== undefined && a2 === a3 && SUN.includes(a2)) {
      pushLatin(out, 'L');
      i = 4;
    }
  } else if ((w.startsWith('el') || w.startsWith('al')) && w.length >= 6 && !isVowel(w[2])) {
    pushLatin(out, 'L');
    i = 2;
  } else if (w[0] === 'e' && w.length >= 5 && w[1] !== undefined && w[1] === w[2] && SUN.includes(w[1])) {
    pushLatin(out, 'L');
    i = 1;
  }
  const n = w.length;
  // Last symbol pushed (-1: none).
  let lastSym = out.length > 0 ? (out[out.length - 1] as number) : -1;
  for (; i < n; i++) {
    // This character and the next two (-1 past the end, which matches nothing).
    const c = w.charCodeAt(i);
    const d = i + 1 < n ? w.charCodeAt(i + 1) : -1;
    const e = i + 2 < n ? w.charCodeAt(i + 2) : -1;
    // The symbol of this letter or digraph (-1: none); pushed after the switch.
    let sym = -1;
    switch (c) {
      case 0x73: // s
        if (d === 0x63 && e === 0x68) {
          sym = S_DOLLAR;
          i += 2;
        } else if (d === 0x68) {
          sym = S_DOLLAR;
          i++;
        } else sym = S_S;
        break;
      case 0x63: // c
        if (d === 0x68) {
          if (i === 0 && e === 0x72) sym = S_K;
          else sym = S_DOLLAR;
          i++;
        } else if (d === 0x6b) {
          sym = S_K;
          i++;
        } else if (d === 0x65 || d === 0x69 || d === 0x79) sym = S_S;
        else sym = S_K;
        break;
      case 0x74: // t
        if ((d === 0x63 && e === 0x68) || (d === 0x73 && e === 0x68)) {
          sym = S_C;
          i += 2;
        } else if (d === 0x68) {
          sym = S_TH;
          i++;
        } else sym = S_T;
        break;
      case 0x6b: // k
        if (d === 0x68) {
          sym = S_X;
          i++;
        } else if (d === 0x6e && i === 0) {
          /* silent k */
        } else sym = S_K;
        break;
      case 0x67: // g
        if (d === 0x68) {
          sym = S_GH;
          i++;
        } else if (d === 0x75 && isVowelCode(e) && e !== 0x75) {
          sym = S_G;
          i++;
        } else sym = S_G;
        break;
      case 0x64: // d
        if (d === 0x6a) {
          sym = S_J;
          i++;
        } else if (d === 0x68) {
          sym = S_DH;
          i++;
        } else sym = S_D;
        break;
      case 0x70: // p
        if (d === 0x68) {
          sym = S_F;
          i++;
        } else sym = S_P;
        break;
      case 0x71: // q
        sym = S_Q;
        if (d === 0x75 && isVowelCode(e)) i++;
        break;
      case 0x78: // x
        if (lastSym !== S_K) {
          out.push(S_K);
          lastSym = S_K;
        }
        sym = S_S;
        break;
      case 0x77: // w
        if (i === 0 && d === 0x72) break;
        sym = S_W;
        break;
      case 0x7a: // z
        if (d === 0x68) {
          sym = S_J;
          i++;
        } else sym = S_Z;
        break;
      case 0x79: // y
        if (isVowelCode(d) && d !== 0x79) sym = S_Y;
        else if (lastSym !== S_I) sym = S_I;
        break;
      case 0x6f: // o
        if (d === 0x75 || d === 0x6f) {
          sym = S_OU;
          i++;
        } else sym = S_O;
        break;
      case 0x65: // e
        if (d === 0x65) {
          sym = S_I;
          i++;
        } else if (d === 0x61 && e === 0x75) {
          sym = S_O;
          i += 2;
        } else sym = S_E;
        break;
      case 0x61: // a
        if (d === 0x75 && !isVowelCode(e)) {
          sym = S_O;
          i++;
        } else sym = S_A;
        break;
      case 0x69: // i
        sym = S_I;
        break;
      case 0x75: // u
        sym = S_U;
        break;
      case 0x68: // h
        sym = S_H;
        break;
      default:
        if (c < 0x80) sym = LETTER_CODE[c] as number;
    }
    // doubled consonants collapse (Hammouchi = Hamouchi)
    if (sym >= 0 && (lastSym !== sym || IS_LATIN_VOWEL[sym] === 1)) {
      out.push(sym);
      lastSym = sym;
    }
  }
  if (tail !== '') {
    pushLatin(out, 'L');
    for (let k = 0; k < tail.length; k++) pushLatin(out, tail[k] as string);
  }
  return finish(out, LATIN);
}

/** Concatenate two skeletons of the same script (a particle fused with its name, Le + Drian). */
export function concatSkeletons(a: Skeleton, b: Skeleton): Skeleton {
  return { codes: a.codes.concat(b.codes), script: a.script, same: undefined, sameTotal: 0, cross: undefined, crossTotal: 0, lo: a.lo | b.lo, hi: a.hi | b.hi };
}
