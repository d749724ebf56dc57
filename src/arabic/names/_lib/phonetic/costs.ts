/**
 * Costs of the weighted alignment of skeletons (private): substitution tables per pairing
 * (Latin–Arabic, Latin–Latin, Arabic–Arabic) and gap costs per symbol. Similar sounds (ق/k/g,
 * ج/g/j, ث/t/s, ز/s …) are cheap, short Latin vowels are almost free against Arabic, and
 * word-final vowels (nisba ي, feminine ة / -a) are expensive so that a name and its feminine or
 * nisba form stay apart. Tables are built once, as frozen typed arrays indexed [x * N + y].
 */
import { ALPHABET, ARABIC, code, IS_LATIN_VOWEL, LATIN, N, VOWEL_ARABIC, VOWEL_LATIN } from './symbols.js';

function buildSub(pairs: string, defaultCost: (x: string, y: string) => number, symmetric: boolean): Float64Array {
  // Costs are rounded to single precision (the values the scores were tuned with), then held
  // as doubles so the alignment reads them without a conversion.
  const t = new Float32Array(N * N);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) t[i * N + j] = i === j ? 0 : defaultCost(ALPHABET[i] ?? '', ALPHABET[j] ?? '');
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
export const SUB_LA: Float64Array = /* @__PURE__ */ (() =>
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
export const SUB_LL: Float64Array = /* @__PURE__ */ (() =>
  buildSub(
    `
    pb.1 t8.3 8s.3 d4.2 4z.3 4D.2 z8.4 gj.3 gG.2 gq.3 gk.35 Gq.3 Gk.4 kq.15 kx.4 xh.5 qx.5 sz.3 s$.5 $C.2 jC.3 fv.2 vw.3 wU.15 wu.2 yi.3
    ae.2 ai.4 ao.4 au.5 ei.2 eo.4 eu.4 io.5 iu.5 ou.15 oU.15 uU.05 Ll.3 aU.5 eU.4 iU.5
    `,
    (x, y) => (VOWEL_LATIN.includes(x) && VOWEL_LATIN.includes(y) ? 0.5 : 1),
    true,
  ))();

/** Arabic against Arabic. */
export const SUB_AA: Float64Array = /* @__PURE__ */ (() =>
  buildSub(
    `
    tT.4 t8.4 8s.4 dD.5 d4.5 4Z.4 4z.4 zZ.5 zs.4 sS.4 s$.5 Hh.6 Hx.5 xk.6 kq.4 qG.35 Gj.35 jq.4 Gk.5
    IY.1 IA.3 FA.4 Fh.1 FY1 FI.8 AY.5 WY.7 AW.7 AV.1 32.4 3A.5 2A.2 2Y.3 2W.3 Ll.5
    `,
    (x, y) => (VOWEL_ARABIC.includes(x) && VOWEL_ARABIC.includes(y) ? 0.6 : 1),
    true,
  ))();

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
          for (let v = 0; v < 2; v++)
            t[(((script * 3 + pairing) * N + sym) * 2 + f) * 2 + v] = gapCost(sym, script, f === 1, pairing, v === 1);
  return t;
})();

/** Gap costs of every symbol of `codes` for `pairing`, written to `out`; returns their total. */
export function fillGaps(codes: readonly number[], script: number, pairing: number, out: number[]): number {
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
