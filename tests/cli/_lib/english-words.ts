// English words left in Arabic output: what the `--locale ar` tests check is empty. What stays in
// Latin script in any language is left out: locations, severities, codes and pointers of issue
// lines, quoted values, ids, paths and flags, lists of option values, acronyms and type names.

/** Words that stay as they are in Arabic text: the program, values of options, type names. */
const KEPT: ReadonlySet<string> = new Set([
  'tansiq',
  'null',
  'undefined',
  'Infinity',
  'string',
  'number',
  'array',
  'person',
  'agency',
  'forum',
]);

const NONE: ReadonlySet<string> = new Set();

/** A token without the brackets and commas around it (`(text،` → `text`). */
function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && '(«['.includes(token.charAt(start))) start++;
  while (end > start && ')»],،؛'.includes(token.charAt(end - 1))) end--;
  return token.slice(start, end);
}

/**
 * Literal words of the CLI's own messages: command names and the values of options
 * (`--format jsonl`, `--fail-on error`, `http(s)`), written as the user types them.
 */
const LITERALS: ReadonlySet<string> = new Set([
  'validate',
  'extract',
  'export',
  'schema',
  'date',
  'name',
  'help',
  'text',
  'json',
  'jsonl',
  'github',
  'auto',
  'en',
  'ar',
  'error',
  'warning',
  'ftm',
  'popolo',
  'jsonld',
  'plover',
  'http',
  'https',
]);

/** The English words of one line once what stays in Latin script is taken out. */
function wordsOf(text: string, literals: ReadonlySet<string> = NONE): string[] {
  const rest = text
    .replace(/"[^"]*"|'[^']*'/g, ' ') // quoted values
    .split(/\s+/)
    .map(trimPunctuation)
    .filter((token) => !/[/.:<_=$]/.test(token) && !token.startsWith('-')) // paths, ids, flags
    .join(' ');
  const words: string[] = [];
  for (const w of rest.match(/\b[a-z][\w-]*/gi) ?? []) {
    // Acronyms, country codes and format patterns (YYYY-MM, a-z) stay in Latin script.
    if (!KEPT.has(w) && !literals.has(w) && !/^[A-Z\d-]+$/.test(w) && w !== 'a-z') words.push(w);
  }
  return words;
}

/**
 * The English words of a text report's messages (`path:line:col: severity [code] /pointer
 * message` lines), each with its line.
 */
export function reportEnglishWords(report: string): string[] {
  const words: string[] = [];
  for (const line of report.split('\n')) {
    if (line === '') continue;
    const message = line.replace(/^[^ ]+ (?:error|warning) \[\w+\](?: \/[^ ]*)? /, '').replace(/ \[[\w-]+\]$/, ''); // the name inspector's warning code
    for (const w of wordsOf(message)) words.push(`${w} (${line})`);
  }
  return words;
}

/** The English words of what a run wrote on stderr (issue lines, summary, notes, usage errors), each with its line. */
export function stderrEnglishWords(stderr: string): string[] {
  const words: string[] = [];
  for (const line of stderr.split('\n')) {
    if (line === '') continue;
    if (/^\S+ (?:error|warning) \[\w+\]/.test(line)) {
      words.push(...reportEnglishWords(line));
      continue;
    }
    for (const w of wordsOf(line, LITERALS)) words.push(`${w} (${line})`);
  }
  return words;
}
