// End-to-end tests of `tansiq export` on the BUILT bin (`npm run build` first): golden output per
// format on tests/fixtures/export/sample.jsonl (the same files as the library's golden test),
// stdin, -o, invalid records, usage errors, and the example dataset plus the shipped data checked
// against the real format definitions.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countries } from '../../src/data/index.js';
import type { FtmEntity, JsonLdDocument, PloverEvent, PopoloDocument } from '../../src/export/index.js';
import { checkFtm } from '../export/_lib/ftm-check.js';
import { checkExpansion, checkTerms } from '../export/_lib/json-ld-check.js';
import { checkPlover } from '../export/_lib/plover-check.js';
import { checkPopolo } from '../export/_lib/popolo-check.js';
import { parseLines, ROOT, run as runBin, type Run } from './_lib/run.js';
import { testTempDir } from '../_lib/temp-dir.js';

const SAMPLE = 'tests/fixtures/export/sample.jsonl';
const GOLDEN = join(ROOT, 'tests/fixtures/export/golden');
const tmp = testTempDir('tansiq-export-');

const run = (args: string[], input = ''): Run => runBin(args, { input });
const ALPHA3 = new Set(countries.map((c) => c.alpha3 ?? ''));
// dist/data is checked by the global setup: a missing build fails the run instead of testing less.
const dataFiles = (): string[] =>
  readdirSync(join(ROOT, 'dist/data'))
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => `dist/data/${f}`);

describe('tansiq export (built bin)', () => {
  it.each([
    ['ftm', 'ftm.jsonl'],
    ['popolo', 'popolo.json'],
    ['jsonld', 'jsonld.json'],
    ['plover', 'plover.jsonl'],
  ])('--to %s: golden output on stdout, summary on stderr, exit 0', (format, golden) => {
    const r = run(['export', '--to', format, SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(GOLDEN, golden), 'utf8'));
    expect(r.stderr).toMatch(
      new RegExp(
        `^tansiq: 1 file, 8 records, 0 errors, 0 warnings, [\\d.]+ s\\n${format}: 8 valid records read, 0 shipped reference records added, \\d+ objects written\\n$`,
      ),
    );
  });

  it('reads stdin (-) and writes -o FILE with the same bytes', () => {
    const out = join(tmp, 'sample.ftm.jsonl');
    const r = run(['export', '--to', 'ftm', '-', '-o', out], readFileSync(join(ROOT, SAMPLE), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(GOLDEN, 'ftm.jsonl'), 'utf8'));
  });

  it('reports invalid records as validate does, leaves them (and references to them) out, exit 1', () => {
    const r = run(['export', '--to', 'ftm', 'tests/fixtures/export/with-invalid.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/export/with-invalid.jsonl:2:1: error [invalid_type] /name');
    const entities = parseLines<FtmEntity>(r.stdout);
    expect(entities.map((e) => e.id)).toEqual(['person.valid-one', 'membership.valid-in-network', 'agency.interpol']);
    expect(checkFtm(entities)).toEqual([]);
  });

  it('leaves out every invalid record, also those past --max-issues (counted, not listed)', () => {
    const sample = readFileSync(join(ROOT, SAMPLE), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    const broken = (k: number): string => JSON.stringify({ type: 'person', id: `person.broken-${k}`, sources: [] });
    const lines: string[] = [];
    sample.forEach((line, k) => lines.push(broken(2 * k), line, broken(2 * k + 1)));
    const jsonl = join(tmp, 'mixed.jsonl');
    writeFileSync(jsonl, lines.join('\n') + '\n');
    const json = join(tmp, 'mixed.json');
    writeFileSync(json, `[${lines.join(',\n')}]\n`);
    const golden = readFileSync(join(GOLDEN, 'ftm.jsonl'), 'utf8');
    for (const [args, input] of [
      [[jsonl], ''],
      [['-'], lines.join('\n')],
      [[json], ''],
    ] as const) {
      const r = run(['export', '--to', 'ftm', '--max-issues', '1', ...args], input);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${sample.length * 2} errors`);
      expect(r.stderr.match(/ error \[/g)).toHaveLength(1);
      expect(r.stdout).toBe(golden);
    }
  });

  it('stdin issues are reported under -, as validate does', () => {
    const r = run(
      ['export', '--to', 'plover', '-'],
      readFileSync(join(ROOT, 'tests/fixtures/export/with-invalid.jsonl'), 'utf8'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:2:1: error [invalid_type]');
    expect(r.stderr).not.toContain('tansiq-export-');
  });

  it('--report lists left-out fields and skipped records', () => {
    const r = run(['export', '--to', 'plover', '--report', 'examples/']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('left out (the format has no place for them):');
    expect(r.stderr).toMatch(/skipped meeting\.[^:]+: no full-day start date/);
  });

  it('usage and I/O problems: exit 2, nothing on stdout', () => {
    for (const args of [
      ['export', SAMPLE],
      ['export', '--to', 'csv', SAMPLE],
      ['export', '--to', 'ftm'],
      ['export', '--to', 'ftm', '--ftm-version', '5', SAMPLE],
      ['export', '--to', 'ftm', 'no/such/file.jsonl'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(run(['export', '--to', 'ftm', SAMPLE, '-o', join(tmp, 'no-dir', 'x.jsonl')]).code).toBe(2);
  });

  it('--help', () => {
    const r = run(['export', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: tansiq export --to <ftm|popolo|jsonld|plover>');
  });

  describe('examples/ plus the shipped data files, checked against the format definitions', () => {
    const inputs = ['examples/', ...dataFiles()];
    it('ftm (4.5.2, and 3.8.4 with --ftm-version 3)', () => {
      const r = run(['export', '--to', 'ftm', ...inputs]);
      expect(r.code).not.toBe(2);
      const entities = parseLines<FtmEntity>(r.stdout);
      expect(entities.length).toBeGreaterThan(100);
      expect(checkFtm(entities, 4)).toEqual([]);
      expect(
        checkFtm(
          parseLines<FtmEntity>(
            run(['export', '--to', 'ftm', '--ftm-version', '3', '--id-prefix', 'tansiq-', ...inputs]).stdout,
          ),
          3,
        ),
      ).toEqual([]);
    });
    it('popolo', () => {
      expect(checkPopolo(JSON.parse(run(['export', '--to', 'popolo', ...inputs]).stdout) as PopoloDocument)).toEqual(
        [],
      );
    });
    it('jsonld', async () => {
      const doc = JSON.parse(run(['export', '--to', 'jsonld', ...inputs]).stdout) as JsonLdDocument;
      expect(checkTerms(doc)).toEqual([]);
      expect(await checkExpansion(doc)).toEqual([]);
    });
    it('plover', () => {
      const events = parseLines<PloverEvent>(run(['export', '--to', 'plover', ...inputs]).stdout);
      expect(events.length).toBeGreaterThan(10);
      expect(checkPlover(events, ALPHA3)).toEqual([]);
    });
  });
});
