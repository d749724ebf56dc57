// End-to-end tests of the BUILT bin (`npm run build` first): runs `node dist/cli/index.js` on the
// fixture datasets and compares stdout/stderr to golden files per format, and the exit code.
// UPDATE_GOLDEN=1 rewrites the golden files (a missing one fails otherwise). TANSIQ_BIN overrides
// the bin path.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../_lib/golden.js';
import { reportEnglishWords as englishWords } from './_lib/english-words.js';
import { ROOT, run } from './_lib/run.js';
import { testTempDir } from '../_lib/temp-dir.js';

const GOLDEN = join(ROOT, 'tests/fixtures/validate/golden');
const BROKEN = 'tests/fixtures/validate/broken';
const VALID = 'tests/fixtures/validate/valid';
const tmp = testTempDir('tansiq-cli-');

/** Removes what changes from run to run: timings and the package version. */
function normalize(text: string): string {
  return text
    .replace(/(?<![\d.])\d+\.\d\d s\b/g, '0.00 s')
    .replace(/"durationMs": \d+/g, '"durationMs": 0')
    .replace(/"version": "[^"]+"/g, '"version": "0.0.0"');
}

function golden(name: string, actual: string): void {
  expectGolden(join(GOLDEN, name), normalize(actual));
}

describe('tansiq validate (built bin)', () => {
  it('valid dataset: no output, summary on stderr, exit 0', () => {
    const r = run(['validate', VALID]);
    expect(r.stdout).toBe('');
    expect(normalize(r.stderr)).toBe('tansiq: 3 files, 14 records, 0 errors, 0 warnings, 0.00 s\n');
    expect(r.code).toBe(0);
  });

  it('--format text (default outside GitHub Actions): golden output, exit 1', () => {
    const r = run(['validate', BROKEN]);
    golden('broken.text.txt', r.stdout);
    golden('broken.stderr.txt', r.stderr);
    expect(r.code).toBe(1);
    expect(run(['validate', '--format', 'text', BROKEN]).stdout).toBe(r.stdout);
  });

  it('--format json: golden document, exit 1', () => {
    const r = run(['validate', '--format', 'json', BROKEN]);
    golden('broken.json', r.stdout);
    const doc = JSON.parse(r.stdout) as { version: number; tool: { name: string }; files: unknown[] };
    expect(doc.version).toBe(1);
    expect(doc.tool.name).toBe('tansiq');
    expect(doc.files).toHaveLength(8);
    expect(r.code).toBe(1);
  });

  it('--format github: grouped annotations, Markdown table appended to GITHUB_STEP_SUMMARY', () => {
    const summary = join(tmp, 'step-summary.md');
    writeFileSync(summary, '# previous step\n');
    const r = run(['validate', '--format', 'github', BROKEN], { env: { GITHUB_STEP_SUMMARY: summary } });
    golden('broken.github.txt', r.stdout);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# previous step\n### tansiq validate: ')).toBe(true);
    golden('broken.github-summary.md', md);
    expect(r.code).toBe(1);
  });

  it('--format auto picks github when GITHUB_ACTIONS=true', () => {
    const auto = run(['validate', BROKEN], { env: { GITHUB_ACTIONS: 'true' } });
    expect(auto.stdout).toBe(run(['validate', '--format', 'github', BROKEN]).stdout);
  });

  it('--jobs 2 gives the same output as one thread', () => {
    const one = run(['validate', BROKEN]);
    const two = run(['validate', '--jobs', '2', BROKEN]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
  });

  it('--jobs 2 on many blocks (checked by a worker and by the main thread) gives the one-thread output', () => {
    // About 1.3 MB: half a dozen 256 KiB blocks, with schema errors, bad JSON, duplicates and dangling
    // references spread over them, so that blocks checked on either thread are merged in order.
    const lines: string[] = [];
    for (let k = 0; k < 12_000; k++) {
      if (k % 997 === 0) lines.push('{"type":"person","id":');
      else if (k % 1499 === 0)
        lines.push(JSON.stringify({ type: 'person', id: `person.p-${k - 1}`, name: 'Duplicate', sources: [] }));
      else if (k % 3 === 2)
        lines.push(
          JSON.stringify({
            type: 'membership',
            id: `membership.m-${k}`,
            member: { kind: 'person', id: `person.p-${k % 5 === 0 ? k + 100_000 : k - 1}` },
            organizationId: 'agency.interpol',
            role: 'officer',
            interval: { start: '2015-05', status: 'current' },
            sources: [],
          }),
        );
      else
        lines.push(
          JSON.stringify({
            type: 'person',
            id: `person.p-${k}`,
            name: k % 1001 === 0 ? 42 : `Person ${k}`,
            sources: [],
          }),
        );
    }
    const file = join(tmp, 'many-blocks.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    for (const format of ['json']) {
      const one = run(['validate', '--format', format, '--max-issues', '100000', file]);
      const two = run(['validate', '--format', format, '--jobs', '2', '--max-issues', '100000', file]);
      expect(one.code).toBe(1);
      expect(normalize(two.stdout)).toBe(normalize(one.stdout));
      expect(normalize(two.stderr)).toBe(normalize(one.stderr));
    }
  });

  it('- reads JSON Lines from stdin', () => {
    const r = run(['validate', '-'], { input: readFileSync(join(ROOT, BROKEN, 'cross.jsonl')) });
    golden('stdin.text.txt', r.stdout);
    expect(r.stdout.split('\n')[0]?.startsWith('<stdin>:7:')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('--locale ar: zod messages in Arabic', () => {
    const r = run(['validate', '--locale', 'ar', `${BROKEN}/schema.jsonl`]);
    golden('schema.ar.txt', r.stdout);
    expect(r.stdout).toContain('مدخلات غير مقبولة');
    const jobs = run(['validate', '--locale', 'ar', '--jobs', '2', `${BROKEN}/schema.jsonl`]);
    expect(jobs.stdout).toBe(r.stdout);
  });

  it('--locale ar: the validator messages in Arabic too, with or without workers', () => {
    const r = run(['validate', '--locale', 'ar', BROKEN]);
    golden('broken.ar.txt', r.stdout);
    const jobs = run(['validate', '--locale', 'ar', '--jobs', '2', BROKEN]);
    expect(jobs.stdout).toBe(r.stdout);
    const english = run(['validate', BROKEN]).stdout.split('\n');
    const arabic = r.stdout.split('\n');
    // Same issues, same places, same order: only the messages change.
    expect(arabic.map((l) => /^\S+ \w+ \[\w+\]/.exec(l)?.[0])).toEqual(
      english.map((l) => /^\S+ \w+ \[\w+\]/.exec(l)?.[0]),
    );
    expect(englishWords(r.stdout)).toEqual([]);
  });

  it('--locale ar: worker threads write the same Arabic messages as the main thread', () => {
    // About 3 MB of JSON Lines (a dozen 256 KiB blocks), with problems in every block, so that
    // blocks checked on the worker thread carry messages too.
    const file = join(tmp, 'many.jsonl');
    const lines: Buffer[] = [];
    for (let i = 0; i < 20000; i++) {
      if (i % 997 === 500) lines.push(Buffer.from(`{"type":"person","id":"person.p${i}","name":"\xE9"}\n`, 'latin1'));
      else if (i % 1009 === 300) lines.push(Buffer.from('{"type": "person",,}\n'));
      else if (i % 1013 === 700) lines.push(Buffer.from('"just a string"\n'));
      else {
        const sources = i % 499 === 0 ? '[]' : '[{"url":"https://example.org/a","publisher":"Example"}]';
        lines.push(
          Buffer.from(`{"type":"person","id":"person.p${i}","name":"Person Number ${i}","sources":${sources}}\n`),
        );
      }
    }
    writeFileSync(file, Buffer.concat(lines));
    const one = run(['validate', '--locale', 'ar', file]);
    const two = run(['validate', '--locale', 'ar', '--jobs', '2', file]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('سجل person لا يذكر أي مصدر');
    expect(one.stdout).toContain('بايت غير صالح في ترميز UTF-8: 0xE9');
    expect(one.stdout).toContain('يُتوقع كائن سجل، لكن وُجد string');
    expect(englishWords(one.stdout)).toEqual([]);
  });

  it('--fail-on warning fails on warnings only', () => {
    const file = join(tmp, 'warn.jsonl');
    writeFileSync(file, '{"type":"person","id":"person.w","name":"W","sources":[]}\n');
    expect(run(['validate', file]).code).toBe(0);
    expect(run(['validate', '--fail-on', 'warning', file]).code).toBe(1);
  });

  it('--max-errors lists the first errors and counts the rest', () => {
    const r = run(['validate', '--max-errors', '3', BROKEN]);
    expect(r.stdout.split('\n').filter((l) => l.includes(': error ')).length).toBe(3);
    expect(normalize(r.stderr)).toMatch(
      /^tansiq: 8 files, 39 records \(25 invalid\), 36 errors, 5 warnings, 0\.00 s \(\d+ issues counted but not listed: over the limit\)\n$/,
    );
    expect(r.code).toBe(1);
  });

  it('--quiet prints errors only, no summary', () => {
    const r = run(['validate', '--quiet', BROKEN]);
    expect(r.stdout).not.toContain(': warning ');
    expect(r.stdout).toContain(': error ');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('--no-reference-data: references to shipped records no longer resolve', () => {
    const file = join(tmp, 'gctf.jsonl');
    writeFileSync(
      file,
      '{"type":"membership","id":"membership.g","member":{"kind":"country","country":"MA"},"organizationId":"forum.gctf","sources":[{"url":"https://example.org/"}]}\n',
    );
    expect(run(['validate', file]).code).toBe(0);
    const r = run(['validate', '--no-reference-data', file]);
    expect(r.stdout).toContain('[unknown_reference] /organizationId unknown reference "forum.gctf"');
    expect(r.code).toBe(1);
  });

  it('exit 2 with a one-line reason: unknown flag, bad value, no path, missing file, folder without data', () => {
    const flag = run(['validate', '--bogus', VALID]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("tansiq: unknown option '--bogus'\nRun 'tansiq validate --help' for usage.\n");
    expect(run(['validate', '--format', 'xml', VALID]).stderr.split('\n')[0]).toBe(
      "tansiq: --format must be one of text, json, github, auto, got 'xml'",
    );
    expect(run(['validate', '--jobs', '0', VALID]).code).toBe(2);
    expect(run(['validate']).stderr.split('\n')[0]).toBe(
      'tansiq: no paths given (pass files, folders, or - for stdin)',
    );
    const missing = run(['validate', 'nope.jsonl', VALID]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('nope.jsonl: error [file_not_found] no such file or directory\n');
    expect(missing.stderr.split('\n').at(-2)).toBe('tansiq: nope.jsonl: no such file or directory');
    const empty = run(['validate', 'tests/fixtures/validate/no-data']);
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe(
      'tests/fixtures/validate/no-data: error [no_data_files] no .json, .jsonl or .ndjson file in this folder\n',
    );
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('colours only on a TTY: NO_COLOR and pipes give plain text', () => {
    const r = run(['validate', BROKEN], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.stdout).not.toContain('\u001b['); // no ANSI escape
  });

  it('--help and --version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: tansiq <command>');
    expect(run(['validate', '--help']).stdout).toContain('--max-errors');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
    expect(run([]).code).toBe(2);
  });
});

describe('tansiq schema (built bin)', () => {
  it('prints the JSON Schema of a record type, the record union by default, or the list', () => {
    const person = JSON.parse(run(['schema', 'person']).stdout) as {
      $schema: string;
      properties: Record<string, unknown>;
    };
    expect(person.$schema).toContain('2020-12');
    expect(Object.keys(person.properties)).toContain('name');
    expect(JSON.parse(run(['schema', 'Person']).stdout)).toEqual(person);
    const record = JSON.parse(run(['schema']).stdout) as Record<string, unknown>;
    expect(JSON.stringify(record)).toContain('co-chair-term');
    expect(run(['schema', '--list']).stdout.split('\n')).toContain('security-meeting');
    const bad = run(['schema', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("tansiq: unknown schema 'nope'");
  });
});

describe('tansiq date and tansiq name (built bin)', () => {
  it('date prints safeParseArabicDate as JSON; exit 1 when it is not a date', () => {
    const r = run(['date', 'في 18 دجنبر 2021']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { success: boolean; data: { iso: string; text: string } };
    expect(doc.success).toBe(true);
    expect(doc.data.iso).toBe('2021-12-18');
    const rel = JSON.parse(run(['date', 'أمس', '--reference', '2024-03-06']).stdout) as { data: { iso: string } };
    expect(rel.data.iso).toBe('2024-03-05');
    const fail = run(['date', 'أمس']);
    expect(fail.code).toBe(1);
    expect((JSON.parse(fail.stdout) as { error: { code: string } }).error.code).toBe('reference_required');
    expect(run(['date', 'أمس', '--reference', 'yesterday']).code).toBe(2);
    expect(run(['date']).code).toBe(2);
  });

  it('name prints the comparison as JSON; exit 0 when the names match, 1 when not', () => {
    const r = run(['name', 'عبد اللطيف حموشي', 'Abdellatif Hammouchi']);
    const doc = JSON.parse(r.stdout) as {
      a: string;
      b: string;
      score: number;
      match: boolean;
      keys: { a: string; b: string };
    };
    expect(doc.match).toBe(true);
    expect(doc.score).toBeGreaterThan(0.65);
    expect(r.code).toBe(0);
    const diff = run(['name', 'عمر', 'Christopher Wray']);
    expect(diff.code).toBe(1);
    expect((JSON.parse(diff.stdout) as { match: boolean }).match).toBe(false);
    expect(run(['name', 'only-one']).code).toBe(2);
  });
});
