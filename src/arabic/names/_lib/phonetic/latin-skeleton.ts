/**
 * Phonetic skeleton of a Latin name word (private): digraph rules (kh gh sh ch dj th dh ou …)
 * to the symbols of the Arabic reader plus short vowels, the fused article (Abdellatif,
 * Essebsi) and the suffixes -eddine / -allah / -el abidine read apart, doubled consonants
 * collapsed.
 */
import { CODE, code, finishSkeleton, isVowelLetter, LATIN, pushSymbol } from './symbols.js';
import type { Skeleton } from './symbols.js';

// Module-local copies of the shared predicates (V8 re-checks an imported binding on every read).
const isVowelAt = isVowelLetter;
const push = pushSymbol;

const SUN = 'tdrzsnl';
const LATIN_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['eddine', 'din'],
  ['eddin', 'din'],
  ['edine', 'din'],
  ['uddin', 'din'],
  ['uddeen', 'din'],
  ['addin', 'din'],
  ['addine', 'din'],
  ['eldin', 'din'],
  ['eldine', 'din'],
  ['aldin', 'din'],
  ['eddyn', 'din'],
  ['allah', 'lah'],
  ['ullah', 'lah'],
  ['ellah', 'lah'],
  ['illah', 'lah'],
  ['alla', 'la'],
  ['elabidine', 'abidin'],
  ['alabidine', 'abidin'],
  ['elabidin', 'abidin'],
];

function pushLatin(out: number[], sym: string): void {
  const c = code(sym);
  if (c < 0) return;
  push(out, c);
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
    } else if (isVowelAt(w.charCodeAt(3)) && a2 === 'l' && a3 !== undefined) {
      pushLatin(out, 'L');
      i = 5;
    } else if (isVowelAt(w.charCodeAt(3)) && a2 !== undefined && a2 === a3 && SUN.includes(a2)) {
      pushLatin(out, 'L');
      i = 4;
    }
  } else if ((w.startsWith('el') || w.startsWith('al')) && w.length >= 6 && !isVowelAt(w.charCodeAt(2))) {
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
        } else if (d === 0x75 && isVowelAt(e) && e !== 0x75) {
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
        if (d === 0x75 && isVowelAt(e)) i++;
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
        if (isVowelAt(d) && d !== 0x79) sym = S_Y;
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
        if (d === 0x75 && !isVowelAt(e)) {
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
    if (sym >= 0) {
      push(out, sym);
      lastSym = sym;
    }
  }
  if (tail !== '') {
    pushLatin(out, 'L');
    for (let k = 0; k < tail.length; k++) pushLatin(out, tail[k] as string);
  }
  return finishSkeleton(out, LATIN);
}
