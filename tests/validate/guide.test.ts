// Keeps docs/guides/validating-datasets.md true: the issue-code table is generated from
// ISSUE_CODES (`npm run generate` rewrites it), the output samples are taken from the CLI's golden
// files, and the library examples run here with the results shown.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideTableRegion, issueCodeTable } from '../../scripts/docs/guide-tables.js';
import {
  formatSummary,
  formatText,
  getExitCode,
  ISSUE_CODES,
  validateFiles,
  validateRecords,
} from '../../src/validate/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = join(ROOT, 'docs/guides/validating-datasets.md');
const GOLDEN = join(ROOT, 'tests/fixtures/validate/golden');
/** Fenced blocks preceded by a marker comment `<!-- kind:file -->`. */
function markedBlocks(text: string, kind: string): { file: string; body: string }[] {
  const out: { file: string; body: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const prefix = `<!-- ${kind}:`;
    if (!line.startsWith(prefix)) continue;
    const file = line.slice(prefix.length, line.indexOf(' -->'));
    const open = i + 1;
    let close = open + 1;
    while (close < lines.length && lines[close] !== '```') close++;
    out.push({ file, body: lines.slice(open + 1, close).join('\n') });
  }
  return out;
}

describe('guide: validating datasets', () => {
  const guide = readFileSync(GUIDE, 'utf8');

  it('has the issue-code table generated from ISSUE_CODES (npm run generate rewrites it)', () => {
    expect(guideTableRegion(guide, 'issue-codes')).toBe(issueCodeTable());
    for (const code of Object.keys(ISSUE_CODES)) expect(guide).toContain(`| \`${code}\` |`);
  });

  it('shows output samples that are real (lines of the golden files)', () => {
    const blocks = markedBlocks(guide, 'golden');
    expect(blocks.map((b) => b.file)).toEqual([
      'broken.text.txt',
      'broken.stderr.txt',
      'broken.github.txt',
      'broken.github-summary.md',
    ]);
    for (const { file, body } of blocks) {
      const path = join(GOLDEN, file);
      // The golden files are committed: a missing one fails here (readFileSync throws).
      const golden = new Set(readFileSync(path, 'utf8').split('\n'));
      for (const line of body.split('\n')) expect(golden, `${file}: ${line}`).toContain(line);
    }
    const [json] = markedBlocks(guide, 'golden-json');
    expect(json?.file).toBe('broken.json');
    const path = join(GOLDEN, 'broken.json');
    if (json !== undefined) {
      const full = JSON.parse(readFileSync(path, 'utf8')) as {
        version: number;
        tool: unknown;
        summary: unknown;
        files: unknown[];
      };
      expect(JSON.parse(json.body)).toEqual({
        version: full.version,
        tool: full.tool,
        summary: full.summary,
        files: [full.files[0]],
      });
    }
  });

  it('library examples give the results shown', async () => {
    const result = await validateFiles(['tests/fixtures/validate/valid']);
    expect(result.summary).toMatchObject({
      files: 3,
      records: 14,
      invalidRecords: 0,
      errors: 0,
      warnings: 0,
      truncated: false,
    });
    const { issues } = validateRecords([
      { type: 'person', id: 'person.x', name: 'X', sources: [{ url: 'https://example.org/' }] },
      { type: 'person', id: 'person.x', name: 'Y', sources: [{ url: 'https://example.org/' }] },
    ]);
    expect(issues).toEqual([
      {
        pointer: '/1/id',
        recordId: 'person.x',
        code: 'duplicate_id',
        severity: 'error',
        message: 'duplicate id "person.x" (first declared at /0)',
      },
    ]);
    expect(formatText(validateRecords([42]))).toBe(
      '<input>: error [not_a_record] /0 expected a record object, found number\n',
    );
    expect(formatSummary(validateRecords([]))).toMatch(
      /^tansiq: 0 files, 0 records, 0 errors, 0 warnings, \d+\.\d\d s\n$/,
    );
    expect(getExitCode(validateRecords([42]))).toBe(1);
    expect(ISSUE_CODES.duplicate_id.severity).toBe('error');
    for (const line of [
      "formatText(validateRecords([42])); // '<input>: error [not_a_record] /0 expected a record object, found number\\n'",
      'getExitCode(validateRecords([42]));     // 1',
    ]) {
      expect(guide).toContain(line);
    }
  });
});
