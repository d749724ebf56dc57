// Runs every `@example` block of a layer's TSDoc. A statement followed by `// result` (possibly
// continued on further `//` lines) becomes an assertion that the statement's value deep-equals the
// result; a trailing remark in parentheses or after a comma is ignored.
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
const stripStrings = (code: string): string => code.replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"/g, "''");
const delta = (code: string): number => {
  let d = 0;
  for (const ch of stripStrings(code)) {
    if (ch === '(' || ch === '[' || ch === '{') d++;
    else if (ch === ')' || ch === ']' || ch === '}') d--;
  }
  return d;
};

function parseResult(api: object, text: string): { ok: true; value: unknown } | { ok: false } {
  const remark = text.endsWith(')') ? text.lastIndexOf(' (') : -1;
  const candidates = [text, remark > 0 ? text.slice(0, remark) : text, text.split(', ')[0] ?? ''];
  for (const candidate of candidates) {
    try {
      return { ok: true, value: new Function('api', `with (api) { return (${candidate}); }`)(api) };
    } catch {
      // try the next reading
    }
  }
  return { ok: false };
}

/** Turns an example into code whose `expr; // result` statements call __check. */
function instrument(api: object, example: Example): { code: string; checks: number } {
  const { lines } = example;
  const depthBefore: number[] = [];
  let depth = 0;
  for (const line of lines) {
    depthBefore.push(depth);
    depth += delta(codeOf(line));
  }
  const out = [...lines];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const code = codeOf(line);
    if (!code.endsWith(';') || code.length === line.length) continue;
    const match = [line, code, line.slice(code.length).replace(/^\s*\/\/ ?/, '')];
    let resultText = match[2] as string;
    let k = i + 1;
    while (k < lines.length && /^\s*\/\/ /.test(lines[k] as string) && codeOf(lines[k] as string).trim() === '') {
      resultText += ` ${(lines[k] as string).replace(/^\s*\/\/ /, '')}`;
      k++;
    }
    const target = (depthBefore[i] as number) + delta(codeOf(line));
    let j = i;
    while (j > 0 && (depthBefore[j] as number) > target) j--;
    // a statement continued on the next line (`foo()` then `  .bar;`)
    while (j > 0 && (depthBefore[j - 1] as number) === target && !/[;{}]$|^$/.test(codeOf(lines[j - 1] as string).trim())) j--;
    const statement = [...lines.slice(j, i), match[1] as string].join('\n').trim().replace(/;$/, '');
    if (/^(?:const|let|var|try|for|if)\b/.test(statement)) continue;
    const result = parseResult(api, resultText);
    if (!result.ok) continue;
    const indent = /^\s*/.exec(lines[j] as string)?.[0] ?? '';
    out[j] = `${indent}__check(${statement}, ${JSON.stringify(result.value, (_, v: unknown) => (v === undefined ? '__undefined__' : v))}, ${JSON.stringify(`${example.where}: ${statement.split('\n')[0]}`)});`;
    for (let m = j + 1; m < k; m++) out[m] = '';
    checks++;
  }
  return { code: out.join('\n'), checks };
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
}

/** Declares the tests that run every TSDoc example of a layer. */
export function describeTsdocExamples(suite: TsdocExampleSuite): void {
  const { root, api } = suite;
  const all = files(root).flatMap((path) => examples(root, path));
  describe(`TSDoc examples in ${suite.name}`, () => {
    it('finds examples', () => {
      expect(all.length).toBeGreaterThan(suite.minExamples);
    });

    it.each(all.map((example, index) => ({ ...example, index })))('$where #$index', { timeout: suite.timeout ?? 5_000 }, (example) => {
      const { code } = instrument(api, example);
      const js = transformSync(code, { loader: 'ts' }).code;
      const check = (actual: unknown, expected: unknown, where: string): void => {
        const normalized = JSON.parse(JSON.stringify(actual ?? '__undefined__', (_, v: unknown) => (v === undefined ? '__undefined__' : v))) as unknown;
        expect(normalized, where).toEqual(expected);
      };
      const names = Object.keys(api);
      new Function(...names, 'z', '__check', js)(...names.map((name) => (api as Record<string, unknown>)[name]), z, check);
    });

    // Counted on its own, so the figure does not depend on which example tests ran before it.
    it('checks many stated results', () => {
      const total = all.reduce((n, example) => n + instrument(api, example).checks, 0);
      expect(total).toBeGreaterThan(suite.minChecks);
    });
  });
}
