// Hand-written, iterative scanners over JSON text: locate a JSON Pointer's value (or key) and
// find the first syntax error. Both run only when something must be reported, never on the
// hot path, and neither recurses, so a record nested 100,000 levels deep cannot overflow the
// stack (momoa, a recursive parser, overflows at about 5,000 levels).

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isWs(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

function skipWs(t: string, i: number): number {
  while (i < t.length && isWs(t.charCodeAt(i))) i++;
  return i;
}

/** `i` is at an opening quote; returns the index after the closing quote. */
function skipString(t: string, i: number): number {
  i++;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return i;
}

function readKey(t: string, i: number): [string, number] {
  const end = skipString(t, i);
  const raw = t.slice(i, end);
  if (!raw.includes('\\')) return [raw.slice(1, -1), end];
  try {
    return [JSON.parse(raw) as string, end];
  } catch {
    return [raw.slice(1, -1), end];
  }
}

/** `i` is at the start of a value; returns the index after it. Iterative for containers. */
function skipValue(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === QUOTE) return skipString(t, i);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    while (i < t.length) {
      const d = t.charCodeAt(i);
      if (d === QUOTE) {
        i = skipString(t, i);
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  while (i < t.length) {
    const d = t.charCodeAt(i);
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isWs(d)) break;
    i++;
  }
  return i;
}

/** Where a pointer leads in a JSON text. */
export interface PointerLocation {
  /** Offset of the deepest value reached (the target itself when `found`). */
  valueOffset: number;
  /** Offset of the member name of the target when its parent is an object. */
  keyOffset: number | undefined;
  /** Whether every segment was found. */
  found: boolean;
}

/**
 * Walks `segments` from the value starting at or after `start` in a valid JSON text. When a
 * segment is missing, stops at the deepest existing value (e.g. the object lacking a required
 * key).
 */
export function locatePointer(t: string, segments: readonly (string | number)[], start = 0): PointerLocation {
  let i = skipWs(t, start);
  let keyOffset: number | undefined;
  for (const seg of segments) {
    const c = t.charCodeAt(i);
    const containerStart = i;
    let found = false;
    if (c === OPEN_BRACE) {
      const want = String(seg);
      i = skipWs(t, i + 1);
      while (i < t.length && t.charCodeAt(i) === QUOTE) {
        const keyStart = i;
        const [key, afterKey] = readKey(t, i);
        i = skipWs(t, afterKey);
        if (t.charCodeAt(i) === COLON) i = skipWs(t, i + 1);
        if (key === want) {
          keyOffset = keyStart;
          found = true;
          break;
        }
        i = skipWs(t, skipValue(t, i));
        if (t.charCodeAt(i) === COMMA) i = skipWs(t, i + 1);
        else break;
      }
    } else if (c === OPEN_BRACKET) {
      const want = typeof seg === 'number' ? seg : Number(seg);
      if (Number.isInteger(want) && want >= 0) {
        i = skipWs(t, i + 1);
        let n = 0;
        while (i < t.length && t.charCodeAt(i) !== CLOSE_BRACKET) {
          if (n === want) {
            keyOffset = undefined;
            found = true;
            break;
          }
          i = skipWs(t, skipValue(t, i));
          if (t.charCodeAt(i) === COMMA) i = skipWs(t, i + 1);
          else break;
          n++;
        }
      }
    }
    if (!found) return { valueOffset: containerStart, keyOffset: undefined, found: false };
  }
  return { valueOffset: i, keyOffset, found: true };
}

/** A syntax error found by {@link findSyntaxError}. */
export interface SyntaxErrorAt {
  /** Offset of the first offending character (or the text's length at an unexpected end). */
  offset: number;
  /** Stable English message. */
  message: string;
}

function shown(t: string, i: number): string {
  if (i >= t.length) return 'end of input';
  const cp = t.codePointAt(i) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(cp)}'`;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Scans a JSON number at `i`; returns its end, or -1 when malformed. */
function scanNumber(t: string, i: number): number {
  if (t.charCodeAt(i) === 45) i++;
  const first = t.charCodeAt(i);
  if (first === 48) i++;
  else if (isDigit(first)) while (isDigit(t.charCodeAt(i))) i++;
  else return -1;
  if (t.charCodeAt(i) === 46) {
    i++;
    if (!isDigit(t.charCodeAt(i))) return -1;
    while (isDigit(t.charCodeAt(i))) i++;
  }
  const e = t.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const s = t.charCodeAt(i);
    if (s === 43 || s === 45) i++;
    if (!isDigit(t.charCodeAt(i))) return -1;
    while (isDigit(t.charCodeAt(i))) i++;
  }
  return i;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Scans a JSON string at `i` (an opening quote); returns its end or an error. */
function scanString(t: string, i: number): number | SyntaxErrorAt {
  const open = i;
  i++;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c < 0x20) return { offset: i, message: 'Control character in string (escape it)' };
    if (c === BACKSLASH) {
      const e = t.charCodeAt(i + 1);
      if (e === 117) {
        for (let k = 2; k < 6; k++) {
          if (!isHex(t.charCodeAt(i + k))) return { offset: i, message: 'Bad \\u escape in string' };
        }
        i += 6;
        continue;
      }
      // " \ / b f n r t
      if (e === QUOTE || e === BACKSLASH || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        i += 2;
        continue;
      }
      return { offset: i, message: 'Bad escape in string' };
    }
    i++;
  }
  return { offset: open, message: 'Unterminated string' };
}

const enum State {
  Value,
  ValueOrEnd,
  KeyOrEnd,
  Key,
  Colon,
  AfterValue,
}

/**
 * Finds the first syntax error of a JSON text with a small iterative state machine. Returns
 * `undefined` for valid JSON. Messages are tansiq's own (stable across Node versions).
 */
export function findSyntaxError(t: string): SyntaxErrorAt | undefined {
  const stack: number[] = []; // OPEN_BRACE or OPEN_BRACKET
  let state: State = State.Value;
  let i = 0;
  for (;;) {
    i = skipWs(t, i);
    if (i >= t.length) {
      if (stack.length === 0 && state === State.AfterValue) return undefined;
      return { offset: t.length, message: 'Unexpected end of JSON input' };
    }
    const c = t.charCodeAt(i);
    switch (state) {
      case State.Value:
      case State.ValueOrEnd: {
        if (state === State.ValueOrEnd && c === CLOSE_BRACKET) {
          stack.pop();
          i++;
          state = State.AfterValue;
          break;
        }
        if (c === OPEN_BRACE) {
          stack.push(OPEN_BRACE);
          i++;
          state = State.KeyOrEnd;
        } else if (c === OPEN_BRACKET) {
          stack.push(OPEN_BRACKET);
          i++;
          state = State.ValueOrEnd;
        } else if (c === QUOTE) {
          const r = scanString(t, i);
          if (typeof r !== 'number') return r;
          i = r;
          state = State.AfterValue;
        } else if (c === 45 || isDigit(c)) {
          const r = scanNumber(t, i);
          if (r < 0) return { offset: i, message: 'Invalid number' };
          i = r;
          state = State.AfterValue;
        } else if (t.startsWith('true', i)) {
          i += 4;
          state = State.AfterValue;
        } else if (t.startsWith('false', i)) {
          i += 5;
          state = State.AfterValue;
        } else if (t.startsWith('null', i)) {
          i += 4;
          state = State.AfterValue;
        } else {
          return { offset: i, message: `Unexpected character ${shown(t, i)}` };
        }
        break;
      }
      case State.KeyOrEnd:
      case State.Key: {
        if (state === State.KeyOrEnd && c === CLOSE_BRACE) {
          stack.pop();
          i++;
          state = State.AfterValue;
          break;
        }
        if (c !== QUOTE) return { offset: i, message: `Expected double-quoted property name, found ${shown(t, i)}` };
        const r = scanString(t, i);
        if (typeof r !== 'number') return r;
        i = r;
        state = State.Colon;
        break;
      }
      case State.Colon: {
        if (c !== COLON) return { offset: i, message: `Expected ":" after property name, found ${shown(t, i)}` };
        i++;
        state = State.Value;
        break;
      }
      case State.AfterValue: {
        const top = stack[stack.length - 1];
        if (top === undefined)
          return { offset: i, message: `Unexpected character ${shown(t, i)} after the JSON value` };
        if (c === COMMA) {
          i++;
          state = top === OPEN_BRACE ? State.Key : State.Value;
        } else if ((top === OPEN_BRACE && c === CLOSE_BRACE) || (top === OPEN_BRACKET && c === CLOSE_BRACKET)) {
          stack.pop();
          i++;
        } else {
          const expected = top === OPEN_BRACE ? '"," or "}" after property value' : '"," or "]" after array element';
          return { offset: i, message: `Expected ${expected}, found ${shown(t, i)}` };
        }
        break;
      }
    }
  }
}

/** Start offsets of every line of a text, for offset → line/column conversion. */
export function lineStarts(t: string): number[] {
  const starts = [0];
  let i = t.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = t.indexOf('\n', i + 1);
  }
  return starts;
}

/** 1-based line and column of `offset`, given the text's {@link lineStarts}. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** Offsets of the elements of the top-level array of a valid JSON text (one pass). */
export function arrayElementOffsets(t: string): number[] {
  const out: number[] = [];
  let i = skipWs(t, 0);
  if (t.charCodeAt(i) !== OPEN_BRACKET) return out;
  i = skipWs(t, i + 1);
  while (i < t.length && t.charCodeAt(i) !== CLOSE_BRACKET) {
    out.push(i);
    i = skipWs(t, skipValue(t, i));
    if (t.charCodeAt(i) === COMMA) i = skipWs(t, i + 1);
    else break;
  }
  return out;
}
