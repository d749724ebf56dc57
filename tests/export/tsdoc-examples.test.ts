import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as exporters from '../../src/export/index.js';

const srcDir = resolve(import.meta.dirname, '../../src/export');
const names = Object.keys(exporters);

/**
 * The ```ts blocks of a file's TSDoc comments, each run as one program: declarations stay as
 * they are, and every `expression; // result` line becomes a check that the expression equals
 * the result.
 */
function blocks(file: string): string[] {
  const text = readFileSync(resolve(srcDir, file), 'utf8');
  return text
    .split(' * ```ts\n')
    .slice(1)
    .map((block) =>
      block
        .slice(0, block.indexOf(' * ```'))
        .split('\n')
        .map((raw) => {
          const line = raw.replace(/^\s*\* ?/, '');
          const at = line.indexOf('; // ');
          return at === -1 ? line : `__check((${line.slice(0, at)}), (${line.slice(at + 5)}));`;
        })
        .join('\n'),
    );
}

const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const cases = files.flatMap((file) => blocks(file).map((code, i) => [file, i, code] as const));

describe('TSDoc examples of tansiq/export', () => {
  it('exist for every file', () => {
    for (const file of files) expect(blocks(file).length, file).toBeGreaterThan(0);
  });

  it.each(cases)('%s, example %i', (_file, _i, code) => {
    const js = transformSync(code, { loader: 'ts' }).code;
    let checks = 0;
    const check = (actual: unknown, expected: unknown): void => {
      checks++;
      expect(actual).toEqual(expected);
    };
    new Function(...names, '__check', js)(...names.map((n) => (exporters as Record<string, unknown>)[n]), check);
    expect(checks).toBeGreaterThan(0);
  });
});
