import { describe, expect, it } from 'vitest';
import {
  formatGithub,
  formatGithubChunks,
  formatGithubSummary,
  formatJson,
  formatSummary,
  formatText,
  getExitCode,
  JSON_REPORT_VERSION,
  validateRecords,
} from '../../src/validate/index.js';
import { checkRecord } from '../../src/validate/_lib/check/check-record.js';
import { defaultEnv } from '../../src/validate/_lib/check/default-env.js';
import { emptyOut } from '../../src/validate/_lib/check/process-block.js';
import { toValidationIssue } from '../../src/validate/_lib/check/raw-issue.js';
import type { ValidationResult } from '../../src/validate/index.js';

const result: ValidationResult = {
  issues: [
    {
      file: 'missing.jsonl',
      pointer: '',
      code: 'file_not_found',
      severity: 'error',
      message: 'no such file or directory',
    },
    {
      file: 'data/a,b:c.jsonl',
      line: 2,
      column: 9,
      pointer: '/name',
      recordId: 'person.x',
      code: 'invalid_type',
      severity: 'error',
      message: '100% wrong\nsecond line',
    },
    {
      file: 'data/a,b:c.jsonl',
      line: 3,
      column: 1,
      pointer: '/sources',
      recordId: 'person.y',
      code: 'missing_source',
      severity: 'warning',
      message: 'person record cites no source',
    },
    {
      file: '-',
      line: 1,
      pointer: '',
      code: 'invalid_json',
      severity: 'error',
      message: 'invalid JSON: Unterminated string',
    },
  ],
  files: [
    { path: 'data/a,b:c.jsonl', status: 'invalid', records: 3, errors: 1, warnings: 1 },
    { path: '-', status: 'invalid', records: 1, errors: 1, warnings: 0 },
  ],
  summary: {
    files: 2,
    records: 4,
    invalidRecords: 2,
    errors: 3,
    warnings: 1,
    durationMs: 1234,
    truncated: false,
    omitted: 0,
  },
};

describe('formatText / formatSummary', () => {
  it('writes one line per issue: path:line:col: severity [code] /pointer message', () => {
    expect(formatText(result)).toBe(
      [
        'missing.jsonl: error [file_not_found] no such file or directory',
        'data/a,b:c.jsonl:2:9: error [invalid_type] /name 100% wrong second line',
        'data/a,b:c.jsonl:3:1: warning [missing_source] /sources person record cites no source',
        '<stdin>:1: error [invalid_json] invalid JSON: Unterminated string',
        '',
      ].join('\n'),
    );
  });
  it('colours severities on request', () => {
    expect(formatText(result, { color: true })).toContain('\u001b[31merror\u001b[0m'); // ANSI red
    expect(formatText(result, { color: true })).toContain('\u001b[33mwarning\u001b[0m'); // ANSI yellow
  });
  it('summarizes files, records, invalid records, errors, warnings and time', () => {
    expect(formatSummary(result)).toBe('tansiq: 2 files, 4 records (2 invalid), 3 errors, 1 warning, 1.23 s\n');
    expect(
      formatSummary({
        ...result,
        summary: {
          ...result.summary,
          truncated: true,
          omitted: 12,
          files: 1,
          records: 1,
          invalidRecords: 0,
          errors: 13,
          warnings: 0,
        },
      }),
    ).toBe(
      'tansiq: 1 file, 1 record, 13 errors, 0 warnings, 1.23 s (12 issues counted but not listed: over the limit)\n',
    );
  });
  it('shows in-memory issues under <input>', () => {
    expect(formatText(validateRecords([{ type: 'person', id: 'person.x', name: 'X', sources: [] }]))).toBe(
      '<input>: warning [missing_source] /0/sources person record cites no source\n',
    );
  });
});

describe('formatJson', () => {
  it('writes a versioned document grouped by file, unreadable paths first', () => {
    const doc = JSON.parse(formatJson(result, { toolVersion: '9.9.9' })) as {
      version: number;
      tool: { name: string; version: string };
      summary: unknown;
      files: {
        path: string;
        status: string;
        records: number;
        errors: number;
        warnings: number;
        issues: Record<string, unknown>[];
      }[];
    };
    expect(doc.version).toBe(JSON_REPORT_VERSION);
    expect(doc.tool).toEqual({ name: 'tansiq', version: '9.9.9' });
    expect(doc.summary).toEqual(result.summary);
    expect(doc.files.map((f) => [f.path, f.status, f.records, f.errors, f.warnings, f.issues.length])).toEqual([
      ['missing.jsonl', 'unreadable', 0, 1, 0, 1],
      ['data/a,b:c.jsonl', 'invalid', 3, 1, 1, 2],
      ['-', 'invalid', 1, 1, 0, 1],
    ]);
    expect(doc.files[1]?.issues[0]).toEqual({
      line: 2,
      column: 9,
      pointer: '/name',
      recordId: 'person.x',
      code: 'invalid_type',
      severity: 'error',
      message: '100% wrong\nsecond line',
    });
    expect(formatJson(result, { indent: 0 }).split('\n')).toHaveLength(2);
  });
});

describe('formatGithub / formatGithubSummary', () => {
  it('groups annotations per file and escapes data and properties', () => {
    expect(formatGithub(result)).toBe(
      [
        '::group::missing.jsonl',
        '::error file=missing.jsonl,title=file_not_found::no such file or directory',
        '::endgroup::',
        '::group::data/a,b:c.jsonl',
        '::error file=data/a%2Cb%3Ac.jsonl,line=2,col=9,title=invalid_type::/name 100%25 wrong%0Asecond line',
        '::warning file=data/a%2Cb%3Ac.jsonl,line=3,col=1,title=missing_source::/sources person record cites no source',
        '::endgroup::',
        '::group::<stdin>',
        '::error line=1,title=invalid_json::invalid JSON: Unterminated string',
        '::endgroup::',
        '',
      ].join('\n'),
    );
  });
  it('caps annotations per severity and prints the rest as plain lines', () => {
    const out = formatGithub(result, { annotationLimit: 1 });
    expect(out.match(/^::error /gm)).toHaveLength(1);
    expect(out.match(/^::warning /gm)).toHaveLength(1);
    expect(out).toContain('data/a,b:c.jsonl:2:9: error [invalid_type] /name 100% wrong second line\n');
    expect(out).toContain('::notice title=tansiq::2 more issues were not annotated (limit 1 per severity)');
  });
  it('writes a Markdown job summary with a full table', () => {
    const md = formatGithubSummary(result);
    expect(md.split('\n').slice(0, 6)).toEqual([
      '### tansiq validate: 3 errors, 1 warning',
      '',
      '2 files, 4 records (2 invalid).',
      '',
      '| File | Line | Column | Severity | Code | Pointer | Message |',
      '| --- | ---: | ---: | --- | --- | --- | --- |',
    ]);
    expect(md).toContain('| `data/a,b:c.jsonl` | 2 | 9 | error | `invalid_type` | `/name` | 100% wrong second line |');
    expect(formatGithubSummary(result, { maxRows: 1 })).toContain('3 more issues not shown.');
    expect(formatGithubSummary(validateRecords([])).split('\n')[0]).toBe('### tansiq validate: no problems');
  });
});

describe('getExitCode', () => {
  it('is 2 for I/O problems, 1 for errors (or warnings with failOn warning), 0 otherwise', () => {
    expect(getExitCode(result)).toBe(2);
    expect(getExitCode({ ...result, issues: result.issues.slice(1) })).toBe(1);
    const warnOnly = validateRecords([{ type: 'person', id: 'person.x', name: 'X', sources: [] }]);
    expect(getExitCode(warnOnly)).toBe(0);
    expect(getExitCode(warnOnly, { failOn: 'warning' })).toBe(1);
    expect(getExitCode(validateRecords([]))).toBe(0);
    expect(getExitCode(validateRecords([42]))).toBe(1);
  });
});

describe('formatGithubChunks', () => {
  it('joins to exactly formatGithub, in pieces of bounded size', () => {
    expect([...formatGithubChunks(result)].join('')).toBe(formatGithub(result));
    expect([...formatGithubChunks(result, { annotationLimit: 1 })].join('')).toBe(
      formatGithub(result, { annotationLimit: 1 }),
    );
    expect([...formatGithubChunks(validateRecords([]))]).toEqual([]);
    const many = validateRecords(Array.from({ length: 3000 }, () => 42));
    const chunks = [...formatGithubChunks(many)];
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThan(20_000);
    expect(chunks.join('')).toBe(formatGithub(many));
  });
});

describe('rule ids of schema rules across fields', () => {
  const withRule: ValidationResult = {
    issues: [
      {
        file: 'a.jsonl',
        line: 1,
        column: 5,
        pointer: '/interval/end',
        recordId: 'membership.x',
        code: 'custom',
        rule: 'end_before_start',
        severity: 'error',
        message: 'end is before start',
      },
    ],
    files: [{ path: 'a.jsonl', status: 'invalid', records: 1, errors: 1, warnings: 0 }],
    summary: {
      files: 1,
      records: 1,
      invalidRecords: 1,
      errors: 1,
      warnings: 0,
      durationMs: 1,
      truncated: false,
      omitted: 0,
    },
  };
  it('appear after the code in JSON, GitHub annotations, plain lines and the job summary', () => {
    const doc = JSON.parse(formatJson(withRule)) as { files: { issues: Record<string, unknown>[] }[] };
    expect(Object.keys(doc.files[0]?.issues[0] ?? {})).toEqual([
      'line',
      'column',
      'pointer',
      'recordId',
      'code',
      'rule',
      'severity',
      'message',
    ]);
    expect(doc.files[0]?.issues[0]?.['rule']).toBe('end_before_start');
    expect(formatGithub(withRule)).toContain(
      '::error file=a.jsonl,line=1,col=5,title=custom (end_before_start)::/interval/end end is before start\n',
    );
    expect(formatGithub(withRule, { annotationLimit: 0 })).toContain(
      'a.jsonl:1:5: error [custom (end_before_start)] /interval/end end is before start\n',
    );
    expect(formatGithubSummary(withRule)).toContain('| `custom (end_before_start)` |');
  });
  it('are carried from a zod custom issue with params.rule into the ValidationIssue', () => {
    const env = defaultEnv(256, 1 << 20);
    const custom = {
      code: 'custom',
      path: ['interval', 'end'],
      message: 'end is before start',
      params: { rule: 'end_before_start' },
    };
    env.parse = () => ({ success: false, issues: [custom, { ...custom, params: {} }] });
    const out = emptyOut();
    checkRecord(
      { type: 'membership', id: 'membership.x' },
      { base: [], line: 1, locate: undefined, text: undefined },
      env,
      out,
    );
    const issues = out.issues.map((raw) => toValidationIssue(raw, 'a.jsonl', 0)).filter((i) => i.code === 'custom');
    expect(issues.map((i) => i.rule)).toEqual(['end_before_start', undefined]);
    expect(issues[0]).toMatchObject({
      file: 'a.jsonl',
      line: 1,
      pointer: '/interval/end',
      code: 'custom',
      rule: 'end_before_start',
    });
  });
});
