/** package.json `exports`, tsup `entry`, TypeDoc `entryPoints` and the README's table stay in lockstep. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryEntries } from '../../tsup.config.js';
import { ENTRIES } from './_lib/entries.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const typedoc = JSON.parse(readFileSync(resolve(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

describe('entry points', () => {
  it('package.json exports every entry with import/require conditions, types first and default last', () => {
    const codeKeys = Object.keys(pkg.exports).filter((k) => !k.includes('*') && k !== './package.json');
    expect(codeKeys.sort()).toEqual(ENTRIES.map((e) => e.subpath).sort());
    for (const entry of ENTRIES) {
      expect(pkg.exports[entry.subpath]).toEqual({
        import: { types: `./dist/${entry.dist}.d.ts`, default: `./dist/${entry.dist}.js` },
        require: { types: `./dist/${entry.dist}.d.cts`, default: `./dist/${entry.dist}.cjs` },
      });
    }
  });

  it('tsup builds exactly these entries', () => {
    expect(Object.entries(libraryEntries).sort()).toEqual(ENTRIES.map((e) => [e.dist, e.src]).sort());
  });

  it('TypeDoc documents exactly these entries', () => {
    expect([...typedoc.entryPoints].sort()).toEqual(ENTRIES.map((e) => e.src).sort());
  });

  it('the README lists every entry', () => {
    for (const entry of ENTRIES) expect(readme).toContain(`\`${entry.specifier}\``);
    expect(readme).toContain('`tansiq/json-schema/*.json`');
  });
});
