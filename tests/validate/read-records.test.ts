import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords, validateFiles } from '../../src/validate/index.js';
import type { RecordEntry } from '../../src/validate/index.js';
import { testTempDir } from '../_lib/temp-dir.js';

const dir = testTempDir('tansiq-read-');

async function all(paths: string[], stdin?: string): Promise<RecordEntry[]> {
  const out: RecordEntry[] = [];
  for await (const e of readRecords(paths, stdin === undefined ? {} : { stdin: Readable.from([stdin]) })) out.push(e);
  return out;
}

describe('readRecords', () => {
  it('reads JSON Lines with the lines validateFiles reports, skipping blank and broken lines', async () => {
    const file = join(dir, 'a.jsonl');
    writeFileSync(
      file,
      '\uFEFF{"type":"person","id":"person.a","name":"A","sources":[]}\n\n{not json\r\n{"type":"person","id":"person.b","sources":[]}\r\n',
    );
    const entries = await all([file]);
    expect(entries.map((e) => [e.line, e.pointer, (e.value as { id: string }).id])).toEqual([
      [1, '', 'person.a'],
      [4, '', 'person.b'],
    ]);
    const result = await validateFiles([file]);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([3, 4]);
  });

  it('reads .json arrays with element pointers, folders in name order, and stdin', async () => {
    const sub = join(dir, 'folder');
    rmSync(sub, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, 'b.json'), '[\n  {"id": "x"},\n  {"id": "y"}\n]\n');
    writeFileSync(join(sub, 'a.jsonl'), '{"id":"z"}\n');
    const entries = await all([sub, '-'], '{"id":"s"}\n');
    expect(
      entries.map((e) => [
        e.file.endsWith('a.jsonl') ? 'a' : e.file.endsWith('b.json') ? 'b' : e.file,
        e.line,
        e.pointer,
      ]),
    ).toEqual([
      ['a', 1, ''],
      ['b', 2, '/0'],
      ['b', 3, '/1'],
      ['-', 1, ''],
    ]);
  });

  it('passes over paths it cannot read', async () => {
    expect(await all([join(dir, 'missing.jsonl')])).toEqual([]);
  });
});
