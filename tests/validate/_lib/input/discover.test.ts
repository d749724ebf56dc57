import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../../../src/validate/_lib/input/discover.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tansiq-discover-'));
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'a.JSON'), '[]');
  await writeFile(join(dir, 'sub', 'b.ndjson'), '');
  await writeFile(join(dir, 'data.txt'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('discover', () => {
  it('lists each file once, stdin once, and reads explicit files whatever their extension', async () => {
    const { targets, issues } = await discover([
      '-',
      join(dir, 'sub'),
      '-',
      join(dir, 'sub', 'b.ndjson'),
      join(dir, 'data.txt'),
    ]);
    expect(issues).toEqual([]);
    expect(targets.map((t) => [t.path === '-' ? '-' : t.path.slice(dir.length + 1), t.kind])).toEqual([
      ['-', 'stdin'],
      ['sub/a.JSON', 'json'],
      ['sub/b.ndjson', 'jsonl'],
      ['data.txt', 'jsonl'],
    ]);
  });
  it('reports a path below a file as not found', async () => {
    const { issues } = await discover([join(dir, 'data.txt', 'x.jsonl')]);
    expect(issues.map((i) => i.code)).toEqual(['file_not_found']);
  });
});
