import { mkdtemp, mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/validate/index.js';
import type { ValidationIssue } from '../../src/validate/index.js';

const FIXTURES = 'tests/fixtures/validate';
const person = (id: string, extra = ''): string =>
  `{"type":"person","id":"person.${id}","name":"N ${id}","sources":[{"url":"https://example.org/"}]${extra}}`;
/** 1-based column of the first `needle` in `line`. */
const col = (line: string, needle: string): number => line.indexOf(needle) + 1;
const X_COL = col(person('b', ',"x":1'), '"x"');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tansiq-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function brief(issues: ValidationIssue[]): string[] {
  return issues.map((i) => `${i.line ?? '-'}:${i.column ?? '-'} ${i.code} ${i.pointer}`);
}

describe('validateFiles on the fixture datasets', () => {
  it('accepts the valid dataset (JSON array, JSON Lines, NDJSON) with no issue', async () => {
    const r = await validateFiles([`${FIXTURES}/valid`]);
    expect(r.issues).toEqual([]);
    expect(r.summary).toMatchObject({
      files: 3,
      records: 14,
      invalidRecords: 0,
      errors: 0,
      warnings: 0,
      truncated: false,
    });
    expect(r.files.map((f) => [f.path.split('/').pop(), f.status, f.records])).toEqual([
      ['organizations.json', 'valid', 5],
      ['people.jsonl', 'valid', 3],
      ['relations.ndjson', 'valid', 6],
    ]);
  });

  it('reports every problem of the broken dataset with file, line, column and pointer', async () => {
    const r = await validateFiles([`${FIXTURES}/broken`]);
    const codes = new Set(r.issues.map((i) => i.code));
    for (const code of [
      'invalid_json',
      'invalid_utf8',
      'utf8_bom',
      'empty_file',
      'unsafe_key',
      'not_a_record',
      'number_out_of_range',
      'invalid_type',
      'invalid_record_type',
      'unrecognized_keys',
      'invalid_value',
      'invalid_format',
      'too_small',
      'too_big',
      'invalid_union',
      'custom',
      'duplicate_id',
      'unknown_reference',
      'wrong_reference_type',
      'overlapping_co_chair_terms',
      'too_many_chairs',
      'overlapping_occupancy',
      'outside_lifetime',
      'participant_not_in_delegation',
      'missing_source',
      'suspicious_name',
    ] as const) {
      expect(codes, code).toContain(code);
    }
    const dup = r.issues.find((i) => i.code === 'duplicate_id');
    expect(dup).toMatchObject({
      file: `${FIXTURES}/broken/cross.jsonl`,
      line: 7,
      column: 23,
      pointer: '/id',
      recordId: 'person.bx-a',
      severity: 'error',
    });
    const arr = r.issues.filter((i) => i.file?.endsWith('array.json'));
    expect(brief(arr)).toEqual([
      '11:13 too_small /1/name',
      '12:15 invalid_value /1/gender',
      '18:41 unknown_reference /2/member/id',
      '20:32 unknown_reference /2/sources/0/articleId',
    ]);
    // Issues are in reading order: files in name order, then line, then column.
    const order = r.issues.map(
      (i) => [r.files.findIndex((f) => f.path === i.file), i.line ?? 0, i.column ?? 0] as const,
    );
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(order).toEqual(sorted);
    expect(r.files.find((f) => f.path.endsWith('valid.jsonl'))).toBeUndefined();
    expect(r.summary.errors).toBe(r.issues.filter((i) => i.severity === 'error').length);
  });

  it('reports the same issues with and without the shipped reference data for self-contained data', async () => {
    const a = await validateFiles([`${FIXTURES}/broken/cross.jsonl`]);
    const b = await validateFiles([`${FIXTURES}/broken/cross.jsonl`], { referenceData: false });
    expect(b.issues).toEqual(a.issues);
  });
});

describe('validateFiles on bad input: reported where it is, the rest still checked', () => {
  it('a line that is not JSON: invalid_json with line and column; the next lines are checked', async () => {
    const path = await file(
      'syntax.jsonl',
      `${person('a')}\n{"type": "person", "id": tru}\n${person('b', ',"x":1')}\n`,
    );
    const r = await validateFiles([path]);
    expect(brief(r.issues)).toEqual(['2:26 invalid_json ', `3:${X_COL} unrecognized_keys /x`]);
    expect(r.issues[0]?.message).toBe("invalid JSON: Unexpected character 't'");
    expect(r.summary).toMatchObject({ records: 3, invalidRecords: 2 });
  });

  it('invalid UTF-8: reported at its column, the record still checked', async () => {
    const path = await file(
      'latin1.jsonl',
      Buffer.concat([
        Buffer.from('{"type":"person","id":"person.x","name":"Caf'),
        Buffer.from([0xe9]),
        Buffer.from('","sources":[],"bad":1}\n'),
      ]),
    );
    const r = await validateFiles([path]);
    // The record fails the schema, so warnings about it (missing_source) are not added.
    expect(brief(r.issues)).toEqual(['1:45 invalid_utf8 ', '1:61 unrecognized_keys /bad']);
    expect(r.issues[0]?.message).toBe('invalid UTF-8 byte 0xE9');
    expect(r.summary.invalidRecords).toBe(1);
  });

  it('a BOM is skipped with a warning; CRLF line ends and blank lines are accepted', async () => {
    const path = await file('bom.jsonl', `\uFEFF${person('a')}\r\n\r\n   \r\n${person('b', ',"x":1')}\r\n\n`);
    const r = await validateFiles([path]);
    expect(brief(r.issues)).toEqual(['1:1 utf8_bom ', `4:${X_COL} unrecognized_keys /x`]);
    expect(r.summary.records).toBe(2);
  });

  it('a BOM at the start of a .json file', async () => {
    const path = await file('bom.json', `\uFEFF[${person('a')},\n${person('b', ',"x":1')}]`);
    const r = await validateFiles([path]);
    expect(brief(r.issues)).toEqual(['1:1 utf8_bom ', `2:${X_COL} unrecognized_keys /1/x`]);
  });

  it('a record nested 100,000 levels deep: too_deep, no stack overflow, next record checked', async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const path = await file(
      'deep.jsonl',
      `{"type":"person","id":"person.deep","name":"D","sources":[],"extensions":${deep}}\n${person('after', ',"x":1')}\n`,
    );
    const r = await validateFiles([path]);
    expect(r.issues[0]).toMatchObject({ line: 1, code: 'too_deep', recordId: 'person.deep' });
    expect(r.issues[0]?.pointer.startsWith('/extensions/a/a/a')).toBe(true);
    expect(brief(r.issues.slice(1))).toEqual([`2:${col(person('after', ',"x":1'), '"x"')} unrecognized_keys /x`]);
  });

  it('a deeply nested value outside extensions fails the schema without overflowing', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const line = `{"type":"person","id":"person.deep","name":${deep},"sources":[]}`;
    const path = await file('deep2.jsonl', `${line}\n`);
    const r = await validateFiles([path]);
    expect(brief(r.issues)).toEqual([`1:${col(line, '[')} invalid_type /name`]);
  });

  it('a 50 MB line is checked like any other, with the right column', async () => {
    const big = 'x'.repeat(50 * 1024 * 1024);
    const line = `{"type":"person","id":"person.big","name":"${big}","sources":[],"x":1}`;
    const path = await file('big.jsonl', `${person('a')}\n${line}\n${person('c', ',"y":2')}\n`);
    const r = await validateFiles([path]);
    expect(brief(r.issues)).toEqual([
      `2:${line.lastIndexOf('"x"') + 1} unrecognized_keys /x`,
      `3:${col(person('c', ',"y":2'), '"y"')} unrecognized_keys /y`,
    ]);
    expect(r.summary.records).toBe(3);
  }, 60_000);

  it('a line over maxRecordBytes is skipped as record_too_large and reading goes on', async () => {
    const path = await file(
      'oversize.jsonl',
      `${person('a')}\n{"type":"person","name":"${'y'.repeat(5000)}"}\n${person('b', ',"x":1')}\n`,
    );
    const r = await validateFiles([path], { maxRecordBytes: 1000 });
    expect(brief(r.issues)).toEqual(['2:1 record_too_large ', `3:${X_COL} unrecognized_keys /x`]);
  });

  it('locates cross-record issues after an oversize line (lines still counted right)', async () => {
    const dangling =
      '{"type":"membership","id":"membership.d","member":{"kind":"person","id":"person.nobody"},"organizationId":"forum.gctf","sources":[{"url":"https://example.org/"}]}';
    const path = await file('oversize-cross.jsonl', `{"big":"${'z'.repeat(3000)}"}\n${dangling}\n`);
    const r = await validateFiles([path], { maxRecordBytes: 1000 });
    expect(brief(r.issues)).toEqual([
      '1:1 record_too_large ',
      `2:${col(dangling, '"person.nobody"')} unknown_reference /member/id`,
    ]);
  });

  it('__proto__ and constructor keys are reported and pollute nothing', async () => {
    const path = await file(
      'proto.jsonl',
      `{"type":"person","id":"person.p","name":"P","sources":[],"extensions":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}\n`,
    );
    const r = await validateFiles([path]);
    expect(r.issues.filter((i) => i.code === 'unsafe_key').map((i) => i.pointer)).toEqual([
      '/extensions/__proto__',
      '/extensions/constructor',
      '/extensions/constructor/prototype',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('numbers out of range: number_out_of_range', async () => {
    const path = await file(
      'numbers.jsonl',
      `{"type":"membership","id":"membership.n","member":{"kind":"country","country":"MA"},"organizationId":"forum.gctf","sources":[{"url":"https://example.org/","confidence":-1e400,"span":{"start":0,"end":123456789012345678901234567890}}]}\n`,
    );
    const r = await validateFiles([path]);
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual([
      ['number_out_of_range', '/sources/0/confidence'],
      ['too_big', '/sources/0/span/end'],
    ]);
  });

  it('an empty file: empty_file warning', async () => {
    const path = await file('empty.jsonl', '');
    const r = await validateFiles([path]);
    expect(r.issues).toEqual([
      { file: path, pointer: '', code: 'empty_file', severity: 'warning', message: 'no record in this file' },
    ]);
    expect(r.files[0]?.status).toBe('valid');
  });

  it('an empty .json array and a file of blank lines are empty files too', async () => {
    const a = await file('empty.json', '[]');
    const b = await file('blank.jsonl', '\n\n  \n');
    const r = await validateFiles([a, b]);
    expect(r.issues.map((i) => i.code)).toEqual(['empty_file', 'empty_file']);
  });

  it('a folder with no data files: no_data_files; other paths still read', async () => {
    const empty = join(dir, 'nothing');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'notes.txt'), 'not data');
    const ok = await file('ok.jsonl', `${person('ok')}\n`);
    const r = await validateFiles([empty, ok]);
    expect(r.issues.map((i) => [i.file, i.code])).toEqual([[empty, 'no_data_files']]);
    expect(r.summary.records).toBe(1);
  });

  it('a missing path: file_not_found; other paths still read', async () => {
    const ok = await file('ok2.jsonl', `${person('ok', ',"x":1')}\n`);
    const r = await validateFiles([join(dir, 'missing.jsonl'), ok]);
    expect(r.issues.map((i) => i.code)).toEqual(['file_not_found', 'unrecognized_keys']);
  });

  it('a file that vanishes during the run: read_error; other files still read', async () => {
    const sub = join(dir, 'vanish');
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, 'a.jsonl'), `${person('a')}\n`);
    await writeFile(join(sub, 'b.jsonl'), `${person('b')}\n`);
    await writeFile(join(sub, 'c.json'), `[${person('c', ',"x":1')}]`);
    let deleted = false;
    const r = await validateFiles([sub], {
      onProgress: (p) => {
        if (!deleted && p.file.endsWith('a.jsonl')) {
          deleted = true;
          void unlink(join(sub, 'b.jsonl'));
        }
      },
    });
    // b.jsonl was listed, then deleted before it was opened.
    expect(r.issues.map((i) => [i.file?.split('/').pop(), i.code, i.message])).toEqual([
      ['b.jsonl', 'read_error', 'cannot read (the file vanished during the run)'],
      ['c.json', 'unrecognized_keys', 'Unrecognized key: "x"'],
    ]);
    expect(r.files.map((f) => f.status)).toEqual(['valid', 'unreadable', 'invalid']);
  });

  it('a .json file that is not JSON: invalid_json with line and column', async () => {
    const path = await file('bad.json', '[\n  {"type": "person"},\n  {"id": }\n]');
    const r = await validateFiles([path]);
    expect(brief(r.issues)).toEqual(['3:10 invalid_json ']);
    expect(r.issues[0]?.message).toBe("invalid JSON: Unexpected character '}'");
  });

  it('a .json file holding one record', async () => {
    const path = await file(
      'one.json',
      `{\n  "type": "person",\n  "id": "person.one",\n  "name": 1,\n  "sources": []\n}\n`,
    );
    const r = await validateFiles([path]);
    expect(brief(r.issues)).toEqual(['4:11 invalid_type /name']);
  });

  it('maxErrors lists the first errors, still counts them all, and says how many were not listed', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => person(`m${i}`, ',"x":1')).join('\n');
    const path = await file('many.jsonl', lines + '\n');
    const r = await validateFiles([path], { maxErrors: 3 });
    expect(r.summary.errors).toBe(50);
    expect(r.summary.invalidRecords).toBe(50);
    expect(r.summary.truncated).toBe(true);
    expect(r.summary.omitted).toBe(47);
    expect(r.issues.map((i) => i.line)).toEqual([1, 2, 3]);
    expect(r.files[0]).toMatchObject({ errors: 50, status: 'invalid' });
  });

  it('maxIssues bounds errors and warnings together, keeping the first in reading order', async () => {
    // Warnings (missing_source) on every line, an error on every third.
    const lines = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ type: 'person', id: `person.w${i}`, name: 'W', sources: [], ...(i % 3 === 0 ? { x: 1 } : {}) }),
    );
    const path = await file('mixed.jsonl', lines.join('\n') + '\n');
    const all = await validateFiles([path]);
    const r = await validateFiles([path], { maxIssues: 7 });
    expect(r.issues).toEqual(all.issues.slice(0, 7));
    expect(r.summary.errors).toBe(all.summary.errors);
    expect(r.summary.warnings).toBe(all.summary.warnings);
    expect(r.summary.omitted).toBe(all.issues.length - 7);
  });

  it('reports progress with records and bytes', async () => {
    const path = await file('progress.jsonl', Array.from({ length: 20_500 }, (_, i) => person(`p${i}`)).join('\n'));
    const seen: number[] = [];
    let total = 0;
    const r = await validateFiles([path], {
      onProgress: (p) => {
        seen.push(p.records);
        total = p.bytesTotal;
      },
    });
    expect(r.summary.records).toBe(20_500);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(20_500);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(total).toBeGreaterThan(1_000_000);
  });

  it('walks folders recursively in name order, skipping node_modules and dot-folders', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'b', 'deeper'), { recursive: true });
    await mkdir(join(root, 'node_modules'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await writeFile(join(root, 'z.ndjson'), `${person('z')}\n`);
    await writeFile(join(root, 'a.json'), `[${person('a')}]`);
    await writeFile(join(root, 'b', 'deeper', 'c.jsonl'), `${person('c')}\n`);
    await writeFile(join(root, 'node_modules', 'x.jsonl'), 'not json');
    await writeFile(join(root, '.git', 'y.json'), 'not json');
    await writeFile(join(root, 'readme.md'), '# not data');
    const r = await validateFiles([root]);
    expect(r.files.map((f) => f.path.slice(root.length + 1))).toEqual(['a.json', 'z.ndjson', 'b/deeper/c.jsonl']);
    expect(r.issues).toEqual([]);
  });
});
