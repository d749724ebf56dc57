import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { afterAll, describe, expect, it } from 'vitest';
import { readChunks } from '../../../../src/validate/_lib/input/read-chunks.js';
import { readBlocks } from '../../../../src/validate/_lib/input/read-blocks.js';

const dir = mkdtempSync(join(tmpdir(), 'tansiq-read-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readChunks', () => {
  it('reads a file in chunks of the given size, all views of one buffer', async () => {
    const path = join(dir, 'a.jsonl');
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => `{"n":${i}}\n`).join(''));
    writeFileSync(path, bytes);
    const copies: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    for await (const chunk of readChunks(path, 4096)) {
      expect(chunk.length).toBeLessThanOrEqual(4096);
      buffers.add(chunk.buffer);
      copies.push(Buffer.from(chunk));
    }
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
    expect(copies.slice(0, -1).every((c) => c.length === 4096)).toBe(true);
    expect(buffers.size).toBe(1);
  });

  it('gives readBlocks the same lines as fresh chunks would, though each chunk overwrites the last', async () => {
    const path = join(dir, 'b.jsonl');
    const lines = Array.from({ length: 500 }, (_, i) => `{"id":"x.${'a'.repeat(i % 97)}${i}"}`);
    writeFileSync(path, '\uFEFF' + lines.join('\n'));
    const got: string[] = [];
    for await (const item of readBlocks(readChunks(path, 1000), Infinity))
      if (item.kind === 'block')
        got.push(
          ...item.bytes
            .toString('utf8')
            .split('\n')
            .filter((l) => l !== ''),
        );
    expect(got).toEqual(lines);
  });

  it('rejects with the error code of a missing file', async () => {
    await expect(readChunks(join(dir, 'missing.jsonl'), 1000).next()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
