/**
 * Bidi isolation of Arabic inside code, for the docs site. Code is laid out left to right; an
 * Arabic string inside it must read right to left *in place*, without the bidi algorithm pulling
 * the surrounding quotes, parentheses, digits and code into the Arabic run (which is what turns
 * `parseArabicDate('29 سبتمبر (أيلول) 2020')` into a scramble). Each Arabic run is wrapped in
 * `<bdi dir="rtl" class="tq-bidi">` (`unicode-bidi: isolate`); a highlighted string token holding
 * Arabic gets its whole content isolated with `dir="auto"`, quotes left outside.
 *
 * Works on the HTML TypeDoc writes (text between tags, entities such as `&#39;` kept as they are),
 * inside `<code>` elements only (code blocks and inline code). Linear in the size of the page.
 */

/** Arabic letters and marks (Arabic, Arabic Supplement, Arabic Extended-A, presentation forms). */
function isArabic(code: number): boolean {
  return (
    (code >= 0x0600 &&
      code <= 0x06ff &&
      !isArabicDigit(code) &&
      code !== 0x060c &&
      code !== 0x061b &&
      code !== 0x061f) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

function isArabicDigit(code: number): boolean {
  return (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isArabicDigit(code);
}

/** Characters that continue a run: Arabic punctuation, spaces, brackets, separators, joiners. */
const INNER = new Set([
  ' ',
  '\u00a0',
  '(',
  ')',
  '.',
  ':',
  '/',
  '-',
  '\u060c',
  '\u061b',
  '\u061f',
  '\u200c',
  '\u200d',
  '\u200f',
]);
/** Characters dropped from the end of a run (they belong to the code around it). */
const TRAILING = new Set([' ', '\u00a0', '(', '.', ':', '/', '-']);

const startsRun = (code: number): boolean => isArabic(code) || isDigit(code);
const continuesRun = (char: string, code: number): boolean => startsRun(code) || INNER.has(char);

/** Drops trailing code punctuation and unmatched closing parentheses from a run (linear). */
function trimRun(run: string): string {
  let balance = 0;
  for (const char of run) {
    if (char === '(') balance += 1;
    else if (char === ')') balance -= 1;
  }
  let end = run.length;
  while (end > 0) {
    const char = run[end - 1] as string;
    if (TRAILING.has(char)) {
      if (char === '(') balance -= 1;
    } else if (char === ')' && balance < 0) balance += 1;
    else break;
    end -= 1;
  }
  return run.slice(0, end);
}

/** Arabic letters or Arabic-Indic digits (`١٨/١٢/٢٠٢١` is isolated too). */
function hasArabic(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isArabic(code) || isArabicDigit(code)) return true;
  }
  return false;
}

const QUOTES = ['&#39;', '&quot;', "'", '"', '`'] as const;

/** Wraps every Arabic run of one text segment (no tags inside). */
export function isolateArabicText(text: string): string {
  if (!hasArabic(text)) return text;
  for (const quote of QUOTES) {
    if (text.length > 2 * quote.length && text.startsWith(quote) && text.endsWith(quote)) {
      const inner = text.slice(quote.length, -quote.length);
      if (!inner.includes(quote)) return `${quote}<bdi dir="auto" class="tq-bidi">${inner}</bdi>${quote}`;
    }
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (!startsRun(text.charCodeAt(i))) {
      out += text[i];
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && continuesRun(text[j] as string, text.charCodeAt(j))) j += 1;
    const run = trimRun(text.slice(i, j));
    out += hasArabic(run) ? `<bdi dir="rtl" class="tq-bidi">${run}</bdi>` : run;
    i += run.length;
  }
  return out;
}

/** Isolates the Arabic of the HTML inside one `<code>` element (text between tags only). */
function isolateInCode(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const lt = code.indexOf('<', i);
    const end = lt < 0 ? code.length : lt;
    out += isolateArabicText(code.slice(i, end));
    if (lt < 0) break;
    const gt = code.indexOf('>', lt);
    if (gt < 0) return out + code.slice(lt);
    out += code.slice(lt, gt + 1);
    i = gt + 1;
  }
  return out;
}

/** Isolates every Arabic run inside the `<code>` elements of an HTML page. */
export function isolateArabicInCode(html: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const open = html.indexOf('<code', pos);
    if (open < 0) break;
    const next = html[open + 5];
    const openEnd = html.indexOf('>', open);
    const close = html.indexOf('</code>', openEnd);
    if (openEnd < 0 || close < 0) break;
    if (next !== '>' && next !== ' ') {
      out += html.slice(pos, openEnd + 1);
      pos = openEnd + 1;
      continue;
    }
    out += html.slice(pos, openEnd + 1) + isolateInCode(html.slice(openEnd + 1, close));
    pos = close;
  }
  return out + html.slice(pos);
}
