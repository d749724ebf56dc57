/**
 * The public surface of every built entry, ESM and CJS, as sorted export names. Any change to the
 * surface shows up as a change to the committed snapshot.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from './_lib/entries.js';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

describe('API surface', () => {
  it('is the same from ESM and CJS and matches the snapshot', async () => {
    const surface: Record<string, string[]> = {};
    for (const entry of ENTRIES) {
      const esm = (await import(pathToFileURL(resolve(root, `dist/${entry.dist}.js`)).href)) as Record<string, unknown>;
      const cjs = require(resolve(root, `dist/${entry.dist}.cjs`)) as Record<string, unknown>;
      const esmNames = Object.keys(esm)
        .filter((k) => k !== 'default')
        .sort();
      const cjsNames = Object.keys(cjs)
        .filter((k) => k !== 'default' && k !== '__esModule')
        .sort();
      expect(cjsNames, `${entry.specifier}: CJS and ESM export the same names`).toEqual(esmNames);
      surface[entry.specifier] = esmNames;
    }
    await expect(JSON.stringify(surface, null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/api-surface.json');
  });

  it('re-exports every subpath export from the root by name', async () => {
    const rootModule = (await import(pathToFileURL(resolve(root, 'dist/index.js')).href)) as Record<string, unknown>;
    for (const entry of ENTRIES.filter((e) => e.specifier !== 'tansiq')) {
      const sub = (await import(pathToFileURL(resolve(root, `dist/${entry.dist}.js`)).href)) as Record<string, unknown>;
      for (const name of Object.keys(sub)) {
        expect(rootModule[name], `tansiq re-exports ${name} from ${entry.specifier}`).toBe(sub[name]);
      }
    }
  });
});
