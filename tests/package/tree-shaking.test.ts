/**
 * Bundles a single import from the installed package with esbuild, as an app's bundler would, and
 * checks that nothing it does not need comes along: no zod in an Arabic-only bundle, and a gzipped
 * size under the committed ceiling (tests/package/size-limits.json). `referenceRecords` measures
 * the whole shipped dataset (every record, gzipped, as a browser app would bundle it);
 * `findAgencies` only the agency table and the name search.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';
import limits from './size-limits.json' with { type: 'json' };

const consumerDir = inject('consumerDir');

async function bundle(name: string, from: string): Promise<string> {
  const dir = join(consumerDir, 'tree-shake');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `${name}-${from.replace(/\W/gu, '_')}.mjs`);
  writeFileSync(entry, `import { ${name} } from '${from}';\nglobalThis.keep = ${name};\n`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    charset: 'utf8',
    absWorkingDir: consumerDir,
    // The root entry also re-exports the Node-only validator; a browser app that imports an
    // Arabic function from it must still get a bundle without it (and without zod).
    external: ['node:*'],
  });
  return result.outputFiles[0]?.text ?? '';
}

function containsZod(code: string): boolean {
  return code.includes('$ZodType') || code.includes('ZodError') || code.includes('zod.dev');
}

describe('tree-shaking', () => {
  it.each(Object.entries(limits))('%s alone stays small and carries no zod', async (name, limit) => {
    const code = await bundle(name, limit.from);
    expect(code.length).toBeGreaterThan(0);
    expect(containsZod(code)).toBe(false);
    const gzipped = gzipSync(code).length;
    console.log(`${name} from ${limit.from}: ${gzipped} bytes gzipped (ceiling ${limit.maxGzipBytes})`);
    expect(gzipped).toBeLessThanOrEqual(limit.maxGzipBytes);
  });

  it('an Arabic function imported from the root entry carries no zod either', async () => {
    const code = await bundle('normalizeArabic', 'tansiq');
    expect(containsZod(code)).toBe(false);
  });

  it('importing a schema does bring zod (the check above is meaningful)', async () => {
    const code = await bundle('RecordSchema', 'tansiq/schemas');
    expect(containsZod(code)).toBe(true);
  });
});
