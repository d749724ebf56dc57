import {
  isArabicLetter,
  isArabicMark,
  isBidiControl,
  isInvisible,
  isLineBreak,
  isPresentationForm,
  isSpace,
  keepJoiner,
} from '../_lib/chars.js';
import { originOfWords } from './_lib/origin.js';
import { splitWords } from './_lib/tokenize.js';
import { readTitles } from './_lib/titles.js';

/**
 * Which origin {@link inspectName} takes a name for: `'arabic'` (an Arabic name, romanized by
 * {@link romanizeArabicName} in the chosen style), `'foreign'` (a non-Arabic name, written in
 * Arabic script or in Latin, that keeps its own spelling: أنجيلا ميركل → Angela Merkel), or
 * `'unknown'` (a Latin name with no evidence either way, or no name at all).
 *
 * @example
 * ```ts
 * const origin: NameOrigin = 'foreign';
 * ```
 * @category Names
 */
export type NameOrigin = 'arabic' | 'foreign' | 'unknown';

/**
 * What {@link inspectName} returns: the warnings (an array, sorted by offset), and as the
 * non-enumerable property `origin` which origin the name is taken for (see {@link NameOrigin}).
 *
 * @example
 * ```ts
 * const result: NameInspection = inspectName('أنجيلا ميركل');
 * result.origin; // 'foreign'
 * ```
 * @category Names
 */
export type NameInspection = NameWarning[] & {
  /** Which origin the name is taken for. */
  readonly origin: NameOrigin;
};

/**
 * Stable codes of the warnings returned by {@link inspectName}.
 *
 * - `bidi-control`: LRM, RLM, ALM, bidi embeddings, overrides or isolates.
 * - `invisible-character`: zero-width space, word joiner, BOM, soft hyphen, a ZWJ/ZWNJ that
 *   neither shapes a Persian compound nor joins an emoji sequence, C0/C1 controls, tag characters.
 * - `mixed-script`: one word mixes letters of two scripts (Arabic, Latin, Cyrillic, Greek).
 * - `presentation-form`: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) or Arabic
 *   mathematical letters, which break search and matching.
 * - `confusable`: a Cyrillic or Greek letter that looks like a Latin one (or the reverse) inside
 *   a word of the other script, or in a name whose other words are Latin.
 * - `irregular-whitespace`: leading or trailing space, repeated spaces, non-ASCII spaces, line breaks.
 *
 * @example
 * ```ts
 * const code: NameWarningCode = 'bidi-control';
 * ```
 * @category Names
 */
export type NameWarningCode =
  'bidi-control' | 'invisible-character' | 'mixed-script' | 'presentation-form' | 'confusable' | 'irregular-whitespace';

/**
 * One problem found by {@link inspectName}, located by UTF-16 offsets into the inspected string.
 *
 * @example
 * ```ts
 * const w: NameWarning = { code: 'bidi-control', message: 'bidi control U+200F', offset: 3, length: 1, text: '\u200F' };
 * ```
 * @category Names
 */
export interface NameWarning {
  /** Stable warning code. */
  readonly code: NameWarningCode;
  /** Human-readable English description, naming the code points involved. */
  readonly message: string;
  /** Offset of the first offending UTF-16 code unit in the inspected string. */
  readonly offset: number;
  /** Number of UTF-16 code units covered by the warning. */
  readonly length: number;
  /** The offending substring (`text.slice(offset, offset + length)`). */
  readonly text: string;
}

type Script = 0 | 1 | 2 | 3 | 4; // none, latin, arabic, cyrillic, greek
const SCRIPT_NAMES = ['', 'Latin', 'Arabic', 'Cyrillic', 'Greek'] as const;

function scriptOf(c: number): Script {
  if (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  )
    return 1;
  if (isArabicLetter(c) || isPresentationForm(c)) return 2;
  if (c >= 0x0400 && c <= 0x04ff) return 3;
  if (c >= 0x0370 && c <= 0x03ff) return 4;
  return 0;
}

/** Cyrillic and Greek letters that look like Latin letters, with the Latin letter they imitate. */
const LOOKALIKES: ReadonlyMap<number, string> = /* @__PURE__ */ (() =>
  new Map(
    /* @__PURE__ */ 'аaвBеeоoрpсcуyхxіiјjѕsԁdԛqԝwһhӏlАAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSοoαaνvρpυuιiκkΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX'
      .match(/../gu)
      ?.map((p): [number, string] => [p.codePointAt(0) ?? 0, p.slice(1)]) ?? [],
  ))();

const LATIN_TO_FOREIGN = 'aceopxyijsdqwhlBEKMHOPCTXYIJSZNv';

function hex(c: number): string {
  return 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
}

function isWordChar(c: number): boolean {
  return scriptOf(c) !== 0 || isArabicMark(c) || c === 0x0640 || (c >= 0x0300 && c <= 0x036f);
}

/** The origin of a name: its words, leading titles aside (the first 32 words are enough). */
function originOf(text: string): NameOrigin {
  const words = (text.length > 2000 ? text.slice(0, 2000) : text).split(/\s+/u).filter((w) => w !== '');
  const i = readTitles(words.slice(0, 33).map((w) => splitWords(w)[0]?.text ?? '')).length;
  return originOfWords(words.slice(i, i + 32));
}

/**
 * Inspect a name for characters that make it unsafe to display, index or match.
 *
 * Reports, in order of offset: bidi controls, invisible characters (a ZWNJ inside a Persian
 * compound and a ZWJ inside an emoji sequence are not reported), words that mix scripts,
 * presentation forms, Latin/Cyrillic/Greek look-alikes and irregular whitespace. Consecutive
 * characters with the same code are reported as one warning. Offsets and lengths are in UTF-16
 * code units of the input. Linear in the input; never throws; `[]` for a clean name.
 *
 * The result also says, as its non-enumerable property `origin`, whether the name is taken for
 * an Arabic name or a foreign one (see {@link NameOrigin}): the words (titles aside) are looked
 * up in the lexicons of Arabic and of European names that {@link romanizeArabicName} uses, and
 * letters and endings that only one kind of name has (پ ڤ گ, -سكي, -وف; ح ع ص, ال, عبد) weigh
 * in. This is the reading `romanizeArabicName` follows.
 *
 * @param text - The name (or any short text) to inspect.
 * @returns The warnings, sorted by offset (empty when nothing is wrong), with `origin`.
 * @example
 * ```ts
 * inspectName('عبد اللطيف\u200F حموشي').map((w) => [w.code, w.offset]); // [['bidi-control', 10]]
 * inspectName('Hаmmouchi').map((w) => w.code); // ['confusable'] (Cyrillic а at offset 1)
 * inspectName('جورج بوش').origin; // 'foreign'
 * inspectName('حسان دياب').origin; // 'arabic'
 * ```
 * @category Names
 */
export function inspectName(text: string): NameInspection {
  const s = String(text);
  const n = s.length;
  // Runs of one code are merged; texts and messages are built once at the end (linear).
  interface Run {
    code: NameWarningCode;
    message: string;
    offset: number;
    length: number;
    count: number;
  }
  const runs: Run[] = [];
  const push = (code: NameWarningCode, offset: number, length: number, message: string): void => {
    const last = runs[runs.length - 1];
    if (
      last !== undefined &&
      last.code === code &&
      last.offset + last.length === offset &&
      code !== 'mixed-script' &&
      code !== 'confusable'
    ) {
      last.length += length;
      last.count++;
      return;
    }
    runs.push({ code, message, offset, length, count: 1 });
  };

  // Word-level state.
  let wordStart = -1;
  const counts = [0, 0, 0, 0, 0];
  const wordChars: Array<[number, number, Script]> = [];
  let latinWords = 0;
  const foreignOnlyWords: Array<Array<[number, number, Script]>> = [];

  const closeWord = (end: number): void => {
    if (wordStart < 0) return;
    let dominant: Script = 0;
    let kinds = 0;
    for (let k = 1; k <= 4; k++) {
      const v = counts[k] ?? 0;
      if (v > 0) {
        kinds++;
        if (dominant === 0 || v > (counts[dominant] ?? 0)) dominant = k as Script;
      }
    }
    if (kinds > 1) {
      const strays = wordChars.filter((w) => w[2] !== dominant);
      const allLookalike =
        (dominant === 1 && strays.every((w) => LOOKALIKES.has(w[0]))) ||
        ((dominant === 3 || dominant === 4) &&
          strays.every((w) => w[2] === 1 && LATIN_TO_FOREIGN.includes(String.fromCodePoint(w[0]))));
      if (allLookalike) {
        for (const [c, off] of strays) {
          push(
            'confusable',
            off,
            c > 0xffff ? 2 : 1,
            `${SCRIPT_NAMES[scriptOf(c)]} ${hex(c)} looks like ${dominant === 1 ? 'Latin "' + (LOOKALIKES.get(c) ?? '') + '"' : 'a ' + SCRIPT_NAMES[dominant] + ' letter'} in a ${SCRIPT_NAMES[dominant]} word`,
          );
        }
      } else {
        const names: string[] = [];
        for (let k = 1; k <= 4; k++) if ((counts[k] ?? 0) > 0) names.push(SCRIPT_NAMES[k] ?? '');
        push('mixed-script', wordStart, end - wordStart, `word mixes ${names.join(' and ')} letters`);
      }
    } else if (dominant === 1) {
      latinWords++;
    } else if ((dominant === 3 || dominant === 4) && wordChars.every((w) => LOOKALIKES.has(w[0]))) {
      foreignOnlyWords.push(wordChars.slice());
    }
    wordStart = -1;
    counts.fill(0);
    wordChars.length = 0;
  };

  let spaceRun = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    if (c === 0x20) {
      spaceRun++;
      if (i === 0 || i === n - 1 || spaceRun === 2)
        push(
          'irregular-whitespace',
          i,
          1,
          i === 0 ? 'leading space' : i === n - 1 ? 'trailing space' : 'repeated space',
        );
      closeWord(i);
      continue;
    }
    spaceRun = 0;
    if (isWordChar(c)) {
      if (wordStart < 0) wordStart = i;
      const sc = scriptOf(c);
      if (sc !== 0) {
        counts[sc] = (counts[sc] ?? 0) + 1;
        wordChars.push([c, i, sc]);
      }
      if (isPresentationForm(c)) push('presentation-form', i, width, `presentation form ${hex(c)}`);
    } else if (isBidiControl(c)) {
      push('bidi-control', i, 1, `bidi control ${hex(c)}`);
    } else if (c === 0x200c || c === 0x200d) {
      const prev = i > 0 ? (s.codePointAt(i - 1) ?? 0) : 0;
      const p = prev >= 0xdc00 && prev <= 0xdfff && i > 1 ? (s.codePointAt(i - 2) ?? 0) : prev;
      const next = s.codePointAt(i + 1) ?? 0;
      if (!keepJoiner(c, p, next))
        push('invisible-character', i, 1, `zero-width ${c === 0x200c ? 'non-joiner' : 'joiner'} ${hex(c)}`);
    } else if (
      isInvisible(c) ||
      (c < 0x20 && !isLineBreak(c) && c !== 0x09) ||
      (c >= 0x7f && c <= 0x9f && c !== 0x85) ||
      (c >= 0xe0000 && c <= 0xe007f)
    ) {
      push('invisible-character', i, width, `invisible character ${hex(c)}`);
    } else if (isSpace(c) || isLineBreak(c)) {
      push('irregular-whitespace', i, 1, `whitespace ${hex(c)}`);
      closeWord(i);
    } else {
      closeWord(i);
    }
    if (width === 2) i++;
  }
  closeWord(n);
  if (latinWords > 0) {
    for (const word of foreignOnlyWords) {
      for (const [c, off] of word)
        push(
          'confusable',
          off,
          c > 0xffff ? 2 : 1,
          `${SCRIPT_NAMES[scriptOf(c)]} ${hex(c)} looks like Latin "${LOOKALIKES.get(c) ?? ''}" in a Latin name`,
        );
    }
  }
  const out: NameWarning[] = runs.map((r) => ({
    code: r.code,
    message: r.count === 1 ? r.message : `${r.message} and ${r.count - 1} more`,
    offset: r.offset,
    length: r.length,
    text: s.slice(r.offset, r.offset + r.length),
  }));
  const result = out.sort((a, b) => a.offset - b.offset) as NameInspection;
  Object.defineProperty(result, 'origin', { value: originOf(s), enumerable: false });
  return result;
}
