// Runs every `@example` block of a layer's TSDoc: the one runner, and the one result syntax, of
// every layer. A statement followed by `// result` (possibly continued on further `//` lines)
// becomes an assertion:
//   expr; // value                     deep-equals the JavaScript value (the layer's exports in scope)
//   expr; // value (remark)            a trailing remark in parentheses or after `, ` is ignored
//   expr; // { a: 1, … }               an object with at least these properties (`, …` before a `}`)
//   expr; // ≈ 0.81                    a number, equal to the digits written
//   expr; // throws ErrorClass, code 'x'   throws (an instance of the class, with that code; both optional)
//   expr;                              a long result may stand on the `// ` lines right below
//   // [1, 2]
// Blocks run as async functions, so `await expr; // value` works. A stated result that is none of
// these, or one written after a declaration or a block (`const x = f(); // 3`), fails the example:
// nothing stated is skipped in silence.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_lib' ? [] : files(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  where: string;
  lines: string[];
}

function examples(root: string, path: string): Example[] {
  const source = readFileSync(path, 'utf8');
  const out: Example[] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''));
    let inside = false;
    let afterExample = false;
    let current: string[] = [];
    for (const line of lines) {
      if (line.startsWith('@example')) afterExample = true;
      else if (afterExample && line.startsWith('```ts')) {
        inside = true;
        current = [];
      } else if (inside && line.startsWith('```')) {
        inside = false;
        afterExample = false;
        out.push({ where: relative(root, path), lines: current });
      } else if (inside) current.push(line);
    }
  }
  return out;
}

/** The line without its `//` comment (quotes respected, so URLs survive). */
function codeOf(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && line[i + 1] === '/') return line.slice(0, i).trimEnd();
  }
  return line;
}
const stripStrings = (code: string): string =>
  code.replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"/g, "''");
const delta = (code: string): number => {
  let d = 0;
  for (const ch of stripStrings(code)) {
    if (ch === '(' || ch === '[' || ch === '{') d++;
    else if (ch === ')' || ch === ']' || ch === '}') d--;
  }
  return d;
};

/** A stated result, read: a value to deep-equal, a number to approach, or an error to throw. */
type Stated =
  | { kind: 'value'; value: unknown }
  | { kind: 'partial'; value: unknown }
  | { kind: 'approx'; value: number; digits: number }
  | { kind: 'throws'; error?: string; code?: string };

const THROWS = /^throws\b(?:\s+([A-Z]\w*))?(?:,?\s+(?:with\s+)?code\s+'([a-z_]+)')?/;
const PARTIAL = /,\s*…\s*\}/;
const PARTIAL_ALL = /,\s*…(?=\s*\})/g;
const APPROX = /^≈\s*(-?\d+(?:\.(\d+))?)(?:\s|$)/;

/** An error class named in a result: one of the layer's exports, or a global one (`TypeError`). */
const errorClass = (api: object, name: string): unknown =>
  (api as Record<string, unknown>)[name] ?? (globalThis as Record<string, unknown>)[name];

function parseResult(api: object, text: string): Stated | undefined {
  const throws = THROWS.exec(text);
  if (throws !== null) {
    const [, error, code] = throws;
    if (error !== undefined && typeof errorClass(api, error) !== 'function') return undefined;
    return { kind: 'throws', ...(error === undefined ? {} : { error }), ...(code === undefined ? {} : { code }) };
  }
  const approx = APPROX.exec(text);
  if (approx !== null) return { kind: 'approx', value: Number(approx[1]), digits: (approx[2] ?? '').length };
  // `{ a: 1, … }`: an object with at least these properties (outside strings only).
  const partial = PARTIAL.test(stripStrings(text));
  const written = partial ? text.replace(PARTIAL_ALL, '') : text;
  const remark = written.endsWith(')') ? written.lastIndexOf(' (') : -1;
  const candidates = [written, remark > 0 ? written.slice(0, remark) : written, written.split(', ')[0] ?? ''];
  for (const candidate of candidates) {
    try {
      return {
        kind: partial ? 'partial' : 'value',
        value: new Function('api', `with (api) { return (${candidate}); }`)(api),
      };
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

/** Turns an example into code whose `expr; // result` statements call __check. */
function instrument(api: object, example: Example): { code: string; checks: number; unreadable: string[] } {
  const { lines } = example;
  const depthBefore: number[] = [];
  let depth = 0;
  for (const line of lines) {
    depthBefore.push(depth);
    depth += delta(codeOf(line));
  }
  const out = [...lines];
  let checks = 0;
  const unreadable: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const code = codeOf(line);
    if (!code.endsWith(';')) continue;
    // The result stands after the statement on its line, or (a long one) on the `//` lines below it.
    const below = code.length === line.length;
    if (below && !/^\s*\/\/ /.test(lines[i + 1] ?? '')) continue;
    const match = [line, code, below ? '' : line.slice(code.length).replace(/^\s*\/\/ ?/, '')];
    let resultText = match[2] as string;
    let k = i + 1;
    while (k < lines.length && /^\s*\/\/ /.test(lines[k] as string) && codeOf(lines[k] as string).trim() === '') {
      resultText += `${resultText === '' ? '' : ' '}${(lines[k] as string).replace(/^\s*\/\/ /, '')}`;
      k++;
    }
    const target = (depthBefore[i] as number) + delta(codeOf(line));
    let j = i;
    while (j > 0 && (depthBefore[j] as number) > target) j--;
    // a statement continued on the next line (`foo()` then `  .bar;`)
    while (
      j > 0 &&
      (depthBefore[j - 1] as number) === target &&
      !/[;{}]$|^$/.test(codeOf(lines[j - 1] as string).trim())
    )
      j--;
    const statement = [...lines.slice(j, i), match[1] as string].join('\n').trim().replace(/;$/, '');
    if (/^(?:const|let|var|try|for|if)\b/.test(statement)) {
      unreadable.push(
        `${statement.split('\n')[0]} // ${resultText}: a result stated after a declaration or a block is not checked; write the value on a line of its own (\`name; // result\`)`,
      );
      continue;
    }
    const result = parseResult(api, resultText);
    if (result === undefined) {
      unreadable.push(
        `${statement.split('\n')[0]} // ${resultText}: the stated result is none of a JavaScript value, \`≈ number\` or \`throws [ErrorClass][, code 'x']\``,
      );
      continue;
    }
    const indent = /^\s*/.exec(lines[j] as string)?.[0] ?? '';
    const where = JSON.stringify(`${example.where}: ${statement.split('\n')[0]}`);
    const stated = JSON.stringify(result, (_, v: unknown) => (v === undefined ? '__undefined__' : v));
    out[j] =
      result.kind === 'throws'
        ? `${indent}await __throws(async () => (${statement}), ${stated}, ${where});`
        : `${indent}__check(${statement}, ${stated}, ${where});`;
    for (let m = j + 1; m < k; m++) out[m] = '';
    checks++;
  }
  return { code: out.join('\n'), checks, unreadable };
}

/** What a layer's example test needs: its source folder, its public API and how much to expect. */
export interface TsdocExampleSuite {
  /** The layer's name in test titles (`src/schemas`). */
  name: string;
  /** Absolute path of the layer's source folder. */
  root: string;
  /** The layer's public entry, whose exports the examples may use. */
  api: object;
  /** At least this many example blocks… */
  minExamples: number;
  /** …and at least this many stated results checked. */
  minChecks: number;
  /** Per-example timeout in ms (extraction builds its index on first use). */
  timeout?: number;
  /**
   * Examples known to fail, by test title (`file.ts #n`, the n-th example of the file): run with
   * `it.fails`, so each shows in the report and a fixed one fails until it leaves this list.
   */
  pending?: readonly string[];
}

/** Declares the tests that run every TSDoc example of a layer. */
export function describeTsdocExamples(suite: TsdocExampleSuite): void {
  describeExamples(
    `TSDoc examples in ${suite.name}`,
    files(suite.root).flatMap((path) => examples(suite.root, path)),
    suite,
  );
}

/** What a guide's example test needs: the Markdown file and the public API its examples import. */
export interface MarkdownExampleSuite extends Omit<TsdocExampleSuite, 'root'> {
  /** Absolute path of the Markdown file; its ```ts blocks are run (their `import` lines dropped: the API is in scope). */
  path: string;
}

/** The ```ts blocks of a Markdown file, each an example titled `<file> #n`. */
function markdownExamples(path: string): Example[] {
  const where = relative(join(import.meta.dirname, '../..'), path);
  const out: Example[] = [];
  let current: string[] | undefined;
  let inImport = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (current === undefined) {
      if (line.trim() === '```ts') current = [];
    } else if (line.trim() === '```') {
      out.push({ where, lines: current });
      current = undefined;
    } else {
      // An import statement (possibly over several lines) is dropped: the API is in scope.
      if (/^\s*import\b/.test(line)) inImport = true;
      current.push(inImport ? '' : line);
      if (inImport && /;\s*$/.test(line)) inImport = false;
    }
  }
  return out;
}

/** Declares the tests that run every ```ts example of a guide, with the same result syntax. */
export function describeMarkdownExamples(suite: MarkdownExampleSuite): void {
  describeExamples(`Examples in ${suite.name}`, markdownExamples(suite.path), suite);
}

function describeExamples(title: string, all: Example[], suite: Omit<TsdocExampleSuite, 'root'>): void {
  const { api } = suite;
  describe(title, () => {
    it('finds examples', () => {
      expect(all.length).toBeGreaterThan(suite.minExamples);
    });

    const runExample = async (example: Example): Promise<void> => {
      const { code, unreadable } = instrument(api, example);
      // A stated result the runner cannot read fails the example: it is never skipped in silence.
      if (unreadable.length > 0)
        throw new Error(`${example.where}: stated results that cannot be checked:\n${unreadable.join('\n')}`);
      const js = transformSync(code, { loader: 'ts' }).code;
      const check = (actual: unknown, stated: Stated, where: string): void => {
        if (stated.kind === 'approx') {
          expect(actual, where).toBeCloseTo(stated.value, stated.digits);
          return;
        }
        const normalized = JSON.parse(
          JSON.stringify(actual ?? '__undefined__', (_, v: unknown) => (v === undefined ? '__undefined__' : v)),
        ) as unknown;
        if (stated.kind === 'partial') expect(normalized, where).toMatchObject(stated.value as object);
        else expect(normalized, where).toEqual((stated as { value: unknown }).value);
      };
      const throws = async (
        run: () => Promise<unknown>,
        stated: Stated & { kind: 'throws' },
        where: string,
      ): Promise<void> => {
        let thrown: unknown;
        try {
          await run();
        } catch (error) {
          thrown = error ?? new Error('(threw nothing)');
        }
        expect(thrown, `${where}: throws`).toBeDefined();
        if (stated.error !== undefined)
          expect(thrown, where).toBeInstanceOf(errorClass(api, stated.error) as new () => unknown);
        if (stated.code !== undefined) expect((thrown as { code?: unknown }).code, where).toBe(stated.code);
      };
      const names = Object.keys(api);
      const AsyncFunction = (async () => {}).constructor as new (
        ...args: string[]
      ) => (...values: unknown[]) => Promise<void>;
      await new AsyncFunction(...names, 'z', '__check', '__throws', js)(
        ...names.map((name) => (api as Record<string, unknown>)[name]),
        z,
        check,
        throws,
      );
    };

    const pending = new Set(suite.pending ?? []);
    const named = all.map((example, i) => ({
      example,
      title: `${example.where} #${all.slice(0, i).filter((e) => e.where === example.where).length + 1}`,
    }));
    for (const { example, title } of named) {
      // A pending example is expected to fail (it is listed, not hidden): once fixed, this test
      // fails until its entry is removed from the list.
      if (pending.has(title))
        it.fails(`${title} (pending: fails until its example is fixed)`, { timeout: suite.timeout ?? 5_000 }, () =>
          runExample(example),
        );
      else it(title, { timeout: suite.timeout ?? 5_000 }, () => runExample(example));
    }

    it('lists as pending only examples that exist', () => {
      const titles = new Set(named.map((n) => n.title));
      expect([...pending].filter((title) => !titles.has(title))).toEqual([]);
    });

    // Counted on its own, so the figure does not depend on which example tests ran before it.
    it('checks many stated results', () => {
      const total = all.reduce((n, example) => n + instrument(api, example).checks, 0);
      expect(total).toBeGreaterThan(suite.minChecks);
    });
  });
}
