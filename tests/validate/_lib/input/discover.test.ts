import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../../../src/validate/_lib/input/discover.js';
import { messagesIn } from '../../../../src/validate/_lib/messages/messages.js';

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
    const { targets, issues } = await discover(
      ['-', join(dir, 'sub'), '-', join(dir, 'sub', 'b.ndjson'), join(dir, 'data.txt')],
      messagesIn('en'),
    );
    expect(issues).toEqual([]);
    expect(targets.map((t) => [t.path === '-' ? '-' : t.path.slice(dir.length + 1), t.kind])).toEqual([
      ['-', 'stdin'],
      ['sub/a.JSON', 'json'],
      ['sub/b.ndjson', 'jsonl'],
      ['data.txt', 'jsonl'],
    ]);
  });
  it('reports a path below a file as not found', async () => {
    const { issues } = await discover([join(dir, 'data.txt', 'x.jsonl')], messagesIn('en'));
    expect(issues.map((i) => i.code)).toEqual(['file_not_found']);
    expect(issues[0]?.message).toBe('no such file or directory');
  });
  it('writes its messages with the writer it is given', async () => {
    const { issues } = await discover([join(dir, 'data.txt', 'x.jsonl'), join(dir, 'sub', 'empty')], messagesIn('ar'));
    expect(issues.map((i) => i.message)).toEqual(['لا يوجد ملف أو مجلد بهذا الاسم', 'لا يوجد ملف أو مجلد بهذا الاسم']);
  });
});
