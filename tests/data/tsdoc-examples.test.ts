import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.js';

const srcDir = resolve(import.meta.dirname, '../../src/data');
const names = Object.keys(data);
const run = (source: string): unknown =>
  new Function(...names, `return (${source});`)(...names.map((n) => (data as Record<string, unknown>)[n]));

/** `expression; // result` lines of the ```ts blocks of a file's TSDoc comments. */
function examples(file: string): { expr: string; result: string }[] {
  const text = readFileSync(resolve(srcDir, file), 'utf8');
  const out: { expr: string; result: string }[] = [];
  for (const block of text.split(' * ```ts\n').slice(1)) {
    for (const raw of block.slice(0, block.indexOf(' * ```')).split('\n')) {
      const line = raw.replace(/^\s*\* ?/, '');
      const at = line.indexOf('; // ');
      if (at === -1) continue;
      // A trailing parenthesis after the value is an explanation, not part of the result.
      const result = line.slice(at + 5).replace(/ \([^()]*\)$/, '');
      out.push({ expr: line.slice(0, at), result });
    }
  }
  return out;
}

const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'country.ts');
const cases = files.flatMap((file) => examples(file).map((e) => [file, e.expr, e.result] as const));

describe('TSDoc examples of tansiq/data', () => {
  it('exist for every public function and constant', () => {
    for (const file of files) expect(examples(file).length, file).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  it.each(cases)('%s: %s → %s', (_file, expr, result) => {
    expect(run(expr)).toEqual(run(result));
  });
});
