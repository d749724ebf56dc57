// The built bin under abuse (`npm run build` first): closed pipes, bad option values, --jobs
// beyond the machine, and generated worst cases whose peak RSS is measured in the child process.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleLines } from '../_lib/counts.js';
import { BIN, ROOT, run as runBin } from './_lib/run.js';
import { testTempDir } from '../_lib/temp-dir.js';
const BROKEN = 'tests/fixtures/validate/broken';
const VALID = 'tests/fixtures/validate/valid';
const tmp = testTempDir('tansiq-abuse-');

/** Preloaded into the child: prints its peak RSS (MB) on stderr at exit. */
const RSS_HOOK = join(tmp, 'rss.mjs');
writeFileSync(
  RSS_HOOK,
  "process.on('exit', () => process.stderr.write(`maxrss-mb=${Math.round(process.resourceUsage().maxRSS / 1024)}\\n`));\n",
);

/** Runs the bin; with `rss`, also reads the child's peak RSS from the hook's line on stderr. */
function run(args: string[], rss = false): { code: number | null; stdout: string; stderr: string; rssMb: number } {
  const r = runBin(args, rss ? { nodeArgs: ['--import', RSS_HOOK] } : {});
  const m = /maxrss-mb=(\d+)/.exec(r.stderr);
  return { ...r, rssMb: m === null ? Number.NaN : Number(m[1]) };
}

/** Runs the bin with stdout on a real pipe that the reader closes after the first chunk. */
function runClosingPipe(args: string[]): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      read = d.length;
      child.stdout.destroy(); // like `| head -c 1`
    });
    child.on('close', (code) => done({ code, stderr, read }));
  });
}

const STACK = /\n {2,}at |Error:|internal error/;

describe('tansiq under abuse (built bin)', () => {
  const bad = join(tmp, 'bad.jsonl');
  // 20,000 broken lines: far more output than a pipe buffer holds.
  writeFileSync(
    bad,
    Array.from({ length: 20_000 }, (_, i) => `{"type":"person","id":"person.p${i}","name":1}`).join('\n') + '\n',
  );

  it.each([
    ['schema', ['schema'], 0],
    ['validate (text)', ['validate', bad], 1],
    ['validate (json)', ['validate', '--format', 'json', bad], 1],
    ['validate (github)', ['validate', '--format', 'github', bad], 1],
    ['validate --jobs 2', ['validate', '--jobs', '2', bad], 1],
    ['--help', ['--help'], 0],
    ['date', ['date', '3 شوال 1442'], 0],
    ['name', ['name', 'محمد', 'Mohamed'], 0],
  ] as const)('a closed stdout ends %s quietly (no stack, its normal exit code)', async (_name, args, code) => {
    const r = await runClosingPipe([...args]);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain('EPIPE');
    expect([code, 0, 1]).toContain(r.code);
    expect(r.read).toBeGreaterThan(0);
  });

  describe('every bad option value gets its own message', () => {
    const usage = (args: string[]): string => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK);
      return r.stderr.split('\n')[0] ?? '';
    };
    it.each([
      [['validate', '--max-errors', '-1', VALID], "tansiq: --max-errors needs a positive integer, got '-1'"],
      [['validate', '--max-errors', '0', VALID], "tansiq: --max-errors needs a positive integer, got '0'"],
      [['validate', '--max-errors=1.5', VALID], "tansiq: --max-errors needs a positive integer, got '1.5'"],
      [['validate', VALID, '--max-errors'], 'tansiq: --max-errors needs a positive integer, got nothing'],
      [['validate', '--max-issues', 'many', VALID], "tansiq: --max-issues needs a positive integer, got 'many'"],
      [['validate', '--jobs', '-2', VALID], "tansiq: --jobs needs a positive integer, got '-2'"],
      [['validate', '-j', 'x', VALID], "tansiq: --jobs needs a positive integer, got 'x'"],
      [['validate', '-j0', VALID], "tansiq: --jobs needs a positive integer, got '0'"],
      [['validate', '--format', 'xml', VALID], "tansiq: --format must be one of text, json, github, auto, got 'xml'"],
      [['validate', '-f', '-q', VALID], 'tansiq: --format must be one of text, json, github, auto, got nothing'],
      [['validate', '--fail-on', 'info', VALID], "tansiq: --fail-on must be one of error, warning, got 'info'"],
      [['validate', '--locale', 'fr', VALID], "tansiq: --locale must be one of en, ar, got 'fr'"],
      [['validate', '--quiet=yes', VALID], "tansiq: --quiet takes no value, got 'yes'"],
      [['validate', '-q=1', VALID], "tansiq: --quiet takes no value, got '1'"],
      [['validate', '--no-reference-data=1', VALID], "tansiq: --no-reference-data takes no value, got '1'"],
      [['validate', '--help=1'], "tansiq: --help takes no value, got '1'"],
      [['validate', '--bogus', VALID], "tansiq: unknown option '--bogus'"],
      [['schema', '--list=1'], "tansiq: --list takes no value, got '1'"],
      [['schema', '--bogus'], "tansiq: unknown option '--bogus'"],
      [['date', '--reference', '-5', 'أمس'], "tansiq: --reference must be a date YYYY-MM-DD, got '-5'"],
      [
        ['date', '--reference', '2021-02-30x', 'أمس'],
        "tansiq: --reference must be a date YYYY-MM-DD, got '2021-02-30x'",
      ],
      [['date', 'أمس', '--reference'], 'tansiq: --reference must be a date YYYY-MM-DD, got nothing'],
      [['date', '--help=no'], "tansiq: --help takes no value, got 'no'"],
      [['name', '--help=no'], "tansiq: --help takes no value, got 'no'"],
      [['name', '--bogus', 'a', 'b'], "tansiq: unknown option '--bogus'"],
    ])('%j', (args, message) => {
      expect(usage(args)).toBe(message);
    });

    it('a value may itself start with a dash when it is not an option', () => {
      expect(run(['validate', '--max-errors=5', VALID]).code).toBe(0);
      expect(run(['validate', '-j1', VALID]).code).toBe(0);
    });
  });

  it('--jobs above the available parallelism is capped, with a note on stderr', () => {
    const asked = availableParallelism() + 62;
    const r = run(['validate', '--jobs', String(asked), BROKEN]);
    const cpus = availableParallelism();
    expect(r.stderr.split('\n')[0]).toBe(
      `tansiq: --jobs ${asked} is more than the ${cpus} available CPU${cpus === 1 ? '' : 's'}; using ${cpus}`,
    );
    expect(r.stdout).toBe(run(['validate', BROKEN]).stdout);
    expect(r.code).toBe(1);
    expect(run(['validate', '--quiet', '--jobs', String(asked), BROKEN]).stderr).toBe('');
  });

  it('validateFiles({ jobs: 2 }) from the built package (ESM and CJS) gives the single-thread result', async () => {
    type Api = {
      validateFiles: (
        paths: string[],
        options?: { jobs?: number },
      ) => Promise<{ issues: unknown[]; files: unknown[]; summary: { durationMs: number } }>;
    };
    const esm = (await import(pathToFileURL(join(ROOT, 'dist/validate/index.js')).href)) as Api;
    const cjs = createRequire(import.meta.url)(join(ROOT, 'dist/validate/index.cjs')) as Api;
    const strip = (r: Awaited<ReturnType<Api['validateFiles']>>): unknown => ({
      ...r,
      summary: { ...r.summary, durationMs: 0 },
    });
    const one = strip(await esm.validateFiles([join(ROOT, BROKEN)]));
    expect(strip(await esm.validateFiles([join(ROOT, BROKEN)], { jobs: 2 }))).toEqual(one);
    expect(strip(await cjs.validateFiles([join(ROOT, BROKEN)], { jobs: 64 }))).toEqual(one);
  });

  describe('memory is bounded whatever the number of problems (peak RSS measured in the child)', () => {
    const LIMIT_MB = 300;
    const forum = JSON.stringify({
      type: 'forum',
      id: 'forum.bx',
      names: [{ value: 'BX', lang: 'en', kind: 'official' }],
      kind: 'informal-platform',
      sources: [{ url: 'https://example.org/f' }],
    });
    const term = (i: number): string =>
      JSON.stringify({
        type: 'co-chair-term',
        id: `co-chair-term.t${i}`,
        bodyId: 'forum.bx',
        chairs: [{ party: { kind: 'country', country: 'MA' } }],
        interval: { start: '2016', end: '2019' },
        sources: [{ url: 'https://example.org/t' }],
      });

    it('4,000 copies of one co-chair term (8 million overlapping pairs): one issue per term, bounded RSS', () => {
      const path = join(tmp, 'terms.jsonl');
      writeFileSync(path, [forum, ...Array.from({ length: 4000 }, (_, i) => term(i))].join('\n') + '\n');
      const r = run(['validate', '--format', 'json', '--max-errors', '100', path], true);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(STACK);
      const doc = JSON.parse(r.stdout) as {
        summary: { errors: number; omitted: number };
        files: { issues: { related?: { count: number } }[] }[];
      };
      expect(doc.summary.errors).toBe(3999);
      expect(doc.summary.omitted).toBe(3899);
      expect(doc.files[0]?.issues).toHaveLength(100);
      expect(doc.files[0]?.issues[99]?.related?.count).toBe(100);
      expect(r.rssMb).toBeLessThan(LIMIT_MB);
    });

    it('50,400 cloned example records (same ids and new ids), every format: bounded RSS, complete counts', () => {
      const seed = exampleLines();
      const copies = Math.ceil(50_400 / seed.length);
      const same = join(tmp, 'clones-same.jsonl');
      const fresh = join(tmp, 'clones-new.jsonl');
      writeFileSync(same, Array.from({ length: copies }, () => seed.join('\n')).join('\n') + '\n');
      writeFileSync(
        fresh,
        Array.from({ length: copies }, (_, k) =>
          seed.map((l) => l.replace(/"id":"([a-z-]+)\.([^"]+)"/, `"id":"$1.$2-c${k}"`)).join('\n'),
        ).join('\n') + '\n',
      );
      for (const path of [same, fresh]) {
        const json = run(['validate', '--format', 'json', path], true);
        expect(json.stderr).not.toMatch(STACK);
        expect(json.code).toBe(1);
        const doc = JSON.parse(json.stdout) as { summary: { records: number; errors: number } };
        expect(doc.summary.records).toBe(copies * seed.length);
        expect(doc.summary.errors).toBeGreaterThan(copies);
        expect(json.rssMb).toBeLessThan(LIMIT_MB);
        if (path === same) continue;
        const text = run(['validate', '--max-issues', '1000', path], true);
        expect(text.stdout.split('\n')).toHaveLength(1001);
        expect(text.stderr).toMatch(/counted but not listed/);
        expect(text.rssMb).toBeLessThan(LIMIT_MB);
      }
    });
  });
});
