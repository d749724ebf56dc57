// End-to-end tests of `tansiq extract` on the BUILT bin (`npm run build` first).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './_lib/run.js';
import { toPresentationForms } from '../_lib/presentation-forms.js';

const SEED = 'examples/seed-article.txt';

describe('tansiq extract', () => {
  it('jsonl output of the example article validates with tansiq validate', () => {
    const out = run(['extract', '--format', 'jsonl', SEED, '--reference', '2022-06-20']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('placeholder');
    const records = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(records.map((r) => r.type)).toEqual(['person', 'meeting', 'meeting', 'meeting', 'article']);
    const check = run(['validate', '-'], { input: out.stdout });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain('0 errors, 0 warnings');
  });

  it('json output lists mentions, dates and meetings', () => {
    const out = run(['extract', SEED, '--reference', '2022-06-20', '--format', 'json']);
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout) as {
      mentions: { text: string }[];
      dates: { value: string }[];
      meetings: unknown[];
    };
    expect(doc.mentions.some((m) => m.text === 'عبد اللطيف حموشي')).toBe(true);
    expect(doc.dates.map((d) => d.value)).toContain('2020-09-29');
    expect(doc.meetings.length).toBe(3);
  });

  it('text output marks mentions without colour under NO_COLOR and with colour when forced', () => {
    const plain = run(['extract', SEED, '--reference', '2022-06-20'], { env: { NO_COLOR: '1' } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('[عبد اللطيف حموشي]');
    expect(plain.stdout).toContain('Draft meetings (3)');
    const coloured = run(['extract', SEED, '--reference', '2022-06-20'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[35mعبد اللطيف حموشي\u001b[0m');
  });

  it('reads stdin', () => {
    const out = run(['extract', '-', '--format', 'json'], { input: readFileSync(resolve(ROOT, SEED), 'utf8') });
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as { mentions: unknown[] }).mentions.length).toBeGreaterThan(30);
  });

  it('reads an article written in presentation forms (text from a PDF) like the same article in letters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tansiq-extract-'));
    const shaped = join(dir, 'seed-pdf.txt');
    const text = toPresentationForms(readFileSync(resolve(ROOT, SEED), 'utf8'));
    writeFileSync(shaped, text);
    const summary = (file: string) => {
      const out = run(['extract', file, '--reference', '2022-06-20', '--format', 'json']);
      expect(out.code).toBe(0);
      const doc = JSON.parse(out.stdout) as {
        mentions: { kind: string; ref?: unknown }[];
        dates: { value: string; text: string; span: { start: number; end: number } }[];
        meetings: { date?: string; parties: unknown[] }[];
      };
      return {
        mentions: doc.mentions.map((m) => [m.kind, m.ref]),
        dates: doc.dates.map((d) => d.value),
        meetings: doc.meetings.map((m) => [m.date, m.parties]),
        dateTexts: doc.dates.map((d) => d.text),
        spans: doc.dates.map((d) => d.span),
      };
    };
    const plain = summary(resolve(ROOT, SEED));
    const fromPdf = summary(shaped);
    expect(fromPdf.dates).toEqual(plain.dates);
    expect(fromPdf.dates).toContain('2020-09-29');
    expect(fromPdf.mentions).toEqual(plain.mentions);
    expect(fromPdf.meetings).toEqual(plain.meetings);
    // Dates are located in the text as given.
    fromPdf.spans.forEach((span, k) => expect(text.slice(span.start, span.end)).toBe(fromPdf.dateTexts[k]));
    // Its records validate with no warning: new persons' names are stored in letters.
    const jsonl = run(['extract', '--format', 'jsonl', shaped, '--reference', '2022-06-20']);
    expect(jsonl.code).toBe(0);
    const check = run(['validate', '-'], { input: jsonl.stdout });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain('0 errors, 0 warnings');
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports usage problems with exit code 2', () => {
    expect(run(['extract']).code).toBe(2);
    expect(run(['extract', SEED, '--reference', '2022-13-01']).stderr).toContain('--reference must be a date');
    expect(run(['extract', SEED, '--format', 'xml']).stderr).toContain('--format must be one of');
    expect(run(['extract', SEED, '--format', 'jsonl']).stderr).toContain('needs --reference');
    expect(run(['extract', 'no-such-file.txt']).code).toBe(2);
    expect(run(['extract', '--help']).stdout).toContain('Usage: tansiq extract');
  });
});
