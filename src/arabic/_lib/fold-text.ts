/**
 * The single-pass folding engine behind `normalizeArabic` and `nameKey` (private).
 * Linear in the input: every code unit is read once; pending spaces and joiners are decided
 * when the next surviving character arrives, so no look-ahead loop exists.
 */
import {
  composeHamza,
  isArabicMark,
  isBidiControl,
  isInvisible,
  isLineBreak,
  isPresentationForm,
  isSpace,
  keepJoiner,
} from './chars.js';

/** Fold alef forms أ إ آ ٱ ٲ ٳ ٵ to ا. */
export const FOLD_ALEF = 1;
/** Fold alef maqsura ى to ي. */
export const FOLD_MAQSURA = 2;
/** Fold ta marbuta ة to ه. */
export const FOLD_TA_MARBUTA = 4;
/** Fold hamza seats ؤ → و and ئ → ي. */
export const FOLD_HAMZA = 8;
/** Fold Arabic-Indic and Persian digits to ASCII. */
export const FOLD_DIGITS = 16;
/** Fold Persian/Urdu consonants پ چ ژ ڤ گ ڨ ڭ to the nearest Arabic letter (names only). */
export const FOLD_FOREIGN_CONSONANTS = 32;

/** Letters folded whatever the options: Persian/Urdu forms of the same Arabic letter. */
function foldAlways(c: number): number {
  switch (c) {
    case 0x06cc: // ی Farsi yeh
    case 0x06d2: // ے yeh barree
      return 0x064a;
    case 0x06a9: // ک keheh
    case 0x06aa: // ڪ swash kaf
      return 0x0643;
    case 0x06be: // ھ heh doachashmee
    case 0x06c1: // ہ heh goal
    case 0x06d5: // ە ae
      return 0x0647;
    case 0x06c3: // ۃ ta marbuta goal
      return 0x0629;
    default:
      return c;
  }
}

function foldOptional(c: number, flags: number): number {
  if (
    flags & FOLD_ALEF &&
    (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === 0x0672 || c === 0x0673 || c === 0x0675)
  )
    return 0x0627;
  if (flags & FOLD_MAQSURA && c === 0x0649) return 0x064a;
  if (flags & FOLD_TA_MARBUTA && c === 0x0629) return 0x0647;
  if (flags & FOLD_HAMZA) {
    if (c === 0x0624) return 0x0648;
    if (c === 0x0626) return 0x064a;
  }
  if (flags & FOLD_DIGITS) {
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
    if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  }
  if (flags & FOLD_FOREIGN_CONSONANTS) {
    switch (c) {
      case 0x067e: // پ
        return 0x0628;
      case 0x0686: // چ
        return 0x062c;
      case 0x0698: // ژ
        return 0x0632;
      case 0x06a4: // ڤ
      case 0x06a5:
        return 0x0641;
      case 0x06af: // گ
      case 0x06ad: // ڭ
        return 0x0643;
      case 0x06a8: // ڨ
      case 0x06a7:
        return 0x0642;
      default:
        return c;
    }
  }
  return c;
}

/**
 * For code points below U+0700: 1 when the character is copied unchanged whatever the flags,
 * 2 when it is copied unless one of the flags in FLAG_MASK folds it, 0 when it needs the slow
 * path (whitespace, controls, marks, presentation forms, letters folded always).
 */
const PLAIN: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(0x700);
  for (let c = 0x21; c < 0x7f; c++) t[c] = 1;
  for (let c = 0xa1; c < 0x600; c++) t[c] = 1;
  t[0xad] = 0;
  t[0x34f] = 0;
  for (let c = 0x600; c < 0x700; c++)
    t[c] =
      isArabicMark(c) ||
      isBidiControl(c) ||
      c === 0x640 ||
      c === 0x653 ||
      c === 0x654 ||
      c === 0x655 ||
      foldAlways(c) !== c
        ? 0
        : 1;
  for (const c of [
    0x622, 0x623, 0x625, 0x671, 0x672, 0x673, 0x675, 0x649, 0x629, 0x624, 0x626, 0x67e, 0x686, 0x698, 0x6a4, 0x6a5,
    0x6af, 0x6ad, 0x6a8, 0x6a7,
  ])
    t[c] = 2;
  for (let c = 0x660; c <= 0x669; c++) t[c] = 2;
  for (let c = 0x6f0; c <= 0x6f9; c++) t[c] = 2;
  return t;
})();

/** For the code points below U+0700 folded by an option: the flag that folds it (else 0). */
const OPTION_FLAG: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(0x700);
  for (let c = 0; c < 0x700; c++) if (PLAIN[c] === 2) t[c] = FLAG_MASK(c);
  return t;
})();

/** For the same code points: what the option folds it to. */
const OPTION_TARGET: Uint16Array = /* @__PURE__ */ (() => {
  const t = new Uint16Array(0x700);
  for (let c = 0; c < 0x700; c++) t[c] = PLAIN[c] === 2 ? foldOptional(c, 0xff) : c;
  return t;
})();

/** OPTION_TARGET as one-character strings, for U+0600 to U+06FF. */
const OPTION_TEXT: readonly string[] = /* @__PURE__ */ (() => {
  const t: string[] = [];
  for (let c = 0x600; c < 0x700; c++) t.push(String.fromCharCode(OPTION_TARGET[c] as number));
  return Object.freeze(t);
})();

/** True when `c` (at or above U+0700) is copied unchanged. */
function plainHigh(c: number): boolean {
  return !(
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0xfb50 && c <= 0xfeff) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    c === 0x1680 ||
    c === 0x180e ||
    c === 0x3000
  );
}

/** True for characters after which a single space can be copied unchanged (visible, never removed). */
function visible(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x621 && c <= 0x63a) || (c >= 0x641 && c <= 0x64a);
}

/** State of one folding pass (one object per call: no module state). */
interface FoldState {
  readonly flags: number;
  readonly parts: string[];
  pendingSpace: boolean;
  pendingBreaks: number;
  pendingJoiner: number;
  /** Last emitted code point, 0 before anything. */
  prev: number;
  /** Whether anything was emitted. */
  any: boolean;
}

function emit(st: FoldState, cp: number): void {
  if (st.pendingBreaks > 0) {
    st.parts.push(st.pendingBreaks === 1 ? '\n' : '\n'.repeat(st.pendingBreaks));
    st.prev = 0x0a;
  } else if (st.pendingSpace) {
    st.parts.push(' ');
    st.prev = 0x20;
  }
  if (st.pendingJoiner !== 0 && keepJoiner(st.pendingJoiner, st.prev, cp))
    st.parts.push(String.fromCharCode(st.pendingJoiner));
  st.pendingSpace = false;
  st.pendingBreaks = 0;
  st.pendingJoiner = 0;
  st.parts.push(String.fromCodePoint(cp));
  st.prev = cp;
  st.any = true;
}

function handle(st: FoldState, c: number, lineBreakPair: boolean): void {
  if (isSpace(c)) {
    if (st.any && st.prev !== 0x20 && st.prev !== 0x0a) st.pendingSpace = true;
    st.pendingJoiner = 0;
    return;
  }
  if (isLineBreak(c)) {
    if (st.any && !lineBreakPair) st.pendingBreaks++;
    st.pendingSpace = false;
    st.pendingJoiner = 0;
    return;
  }
  if (c === 0x200c || c === 0x200d) {
    if (!st.pendingSpace && st.pendingBreaks === 0 && st.any) st.pendingJoiner = c;
    return;
  }
  if (c === 0x0640 || isBidiControl(c) || isInvisible(c)) return;
  if (c === 0x0653 || c === 0x0654 || c === 0x0655) {
    if (!st.pendingSpace && st.pendingBreaks === 0 && st.pendingJoiner === 0 && st.any) {
      const composed = composeHamza(st.prev, c);
      if (composed !== 0) {
        const folded = foldOptional(composed, st.flags);
        const last = st.parts[st.parts.length - 1] ?? '';
        st.parts[st.parts.length - 1] = last.slice(0, last.length - 1) + String.fromCharCode(folded);
        st.prev = folded;
      }
    }
    return;
  }
  if (isArabicMark(c)) return;
  emit(st, foldOptional(foldAlways(c), st.flags));
}

function newState(flags: number): FoldState {
  return { flags, parts: [], pendingSpace: false, pendingBreaks: 0, pendingJoiner: 0, prev: 0, any: false };
}

/**
 * Fold `text` with the given flag set. Total (lone surrogates pass through), idempotent and
 * linear: unchanged stretches are copied as slices, only the characters that change go through
 * the per-character state machine.
 */
export function foldText(text: string, flags: number): string {
  const n = text.length;
  // Created at the first change (a text that needs none is returned as it is, allocation-free).
  let st: FoldState | undefined;
  let runStart = 0;
  // NFKC expansions of the presentation forms met in this call (per call: no module state).
  let expansions: Map<number, string> | undefined;
  // Nothing pending (no space, line break or joiner waiting): the fast path applies.
  let idle = true;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    // Fast path: copied unchanged, nothing pending.
    if (idle) {
      if (c < 0x700) {
        const p = PLAIN[c];
        if (p === 1) continue;
        if (p === 2) {
          if ((flags & (OPTION_FLAG[c] as number)) === 0) continue;
          // a letter folded by an option: one-for-one, no state involved
          st ??= newState(flags);
          if (i > runStart) st.parts.push(text.slice(runStart, i));
          st.parts.push(OPTION_TEXT[c - 0x600] as string);
          st.prev = OPTION_TARGET[c] as number;
          st.any = true;
          runStart = i + 1;
          continue;
        }
        if (
          c === 0x20 &&
          i > runStart &&
          i + 1 < n &&
          visible(text.charCodeAt(i - 1)) &&
          visible(text.charCodeAt(i + 1))
        )
          continue;
      } else if (plainHigh(c)) {
        continue;
      }
    }
    // Slow path: flush the unchanged run, then handle this character.
    st ??= newState(flags);
    if (i > runStart) {
      st.parts.push(text.slice(runStart, i));
      let prev = text.charCodeAt(i - 1);
      if (prev >= 0xdc00 && prev <= 0xdfff && i - 2 >= runStart) prev = text.codePointAt(i - 2) ?? prev;
      st.prev = prev;
      st.any = true;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    runStart = i + 1;
    if (isPresentationForm(c)) {
      expansions ??= new Map();
      let expanded = expansions.get(c);
      if (expanded === undefined) {
        expanded = String.fromCodePoint(c).normalize('NFKC');
        expansions.set(c, expanded);
      }
      if (expanded.length <= 2 && expanded.codePointAt(0) === c) {
        emit(st, c);
      } else {
        for (let k = 0; k < expanded.length; k++) {
          const e = expanded.codePointAt(k) ?? 0;
          if (e > 0xffff) k++;
          if (isPresentationForm(e)) emit(st, e);
          else handle(st, e, false);
        }
      }
    } else if (c < 0x80 && c > 0x20) {
      emit(st, c);
    } else {
      handle(st, c, c === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d);
    }
    idle = !st.pendingSpace && st.pendingBreaks === 0 && st.pendingJoiner === 0;
  }
  if (runStart === 0 || st === undefined) return text;
  if (runStart < n) st.parts.push(text.slice(runStart));
  return st.parts.join('');
}

/** Flags that fold a code point below U+0700 (0 when none does). */
function FLAG_MASK(c: number): number {
  if (c === 0x622 || c === 0x623 || c === 0x625 || c === 0x671 || c === 0x672 || c === 0x673 || c === 0x675)
    return FOLD_ALEF;
  if (c === 0x649) return FOLD_MAQSURA;
  if (c === 0x629) return FOLD_TA_MARBUTA;
  if (c === 0x624 || c === 0x626) return FOLD_HAMZA;
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return FOLD_DIGITS;
  return FOLD_FOREIGN_CONSONANTS;
}
