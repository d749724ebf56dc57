import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readChunks } from '../../../../src/validate/_lib/input/read-chunks.js';
import { readBlocks } from '../../../../src/validate/_lib/input/read-blocks.js';
import { testTempDir } from '../../../_lib/temp-dir.js';

const dir = testTempDir('tansiq-read-chunks-');

describe('readChunks', () => {
  it('reads a file in chunks of the given size, views of a few buffers used in turn', async () => {
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
    expect(buffers.size).toBeGreaterThan(1);
    expect(buffers.size).toBeLessThanOrEqual(5);
  });

  it('keeps a chunk intact until the next is asked for, while the next one is being read', async () => {
    const path = join(dir, 'c.jsonl');
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => `{"n":${i}}\n`).join(''));
    writeFileSync(path, bytes);
    let at = 0;
    for await (const chunk of readChunks(path, 1024)) {
      const copy = Buffer.from(chunk);
      // Let the read in flight finish: it must not land in this chunk.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(chunk.equals(copy)).toBe(true);
      expect(chunk.equals(bytes.subarray(at, at + chunk.length))).toBe(true);
      at += chunk.length;
    }
    expect(at).toBe(bytes.length);
  });

  it('stops early without losing the read in flight (the file is closed)', async () => {
    const path = join(dir, 'd.jsonl');
    writeFileSync(path, 'x'.repeat(10_000));
    const chunks = readChunks(path, 1000);
    expect((await chunks.next()).value?.length).toBe(1000);
    await expect(chunks.return(undefined)).resolves.toEqual({ done: true, value: undefined });
    expect((await chunks.next()).done).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('reads a named pipe in order, one read at a time', async () => {
    const path = join(dir, 'pipe');
    execFileSync('mkfifo', [path]);
    const parts = Array.from({ length: 40 }, (_, i) => `{"n":${i}}\n`.repeat(50));
    const writing = (async () => {
      const w = await open(path, 'w');
      // Written in pieces, so that reads return short chunks.
      for (const part of parts) {
        await w.write(part);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await w.close();
    })();
    const copies: Buffer[] = [];
    for await (const chunk of readChunks(path, 4096)) copies.push(Buffer.from(chunk));
    await writing;
    expect(Buffer.concat(copies).toString()).toBe(parts.join(''));
  });

  it('reads a file that grows while it is read to its new end, without gaps', async () => {
    const path = join(dir, 'grows.jsonl');
    const first = 'a'.repeat(2500);
    const more = 'b'.repeat(2000);
    writeFileSync(path, first);
    const copies: Buffer[] = [];
    for await (const chunk of readChunks(path, 1000)) {
      // Reads of the old end are in flight (or done) when the file grows.
      if (copies.length === 0) appendFileSync(path, more);
      copies.push(Buffer.from(chunk));
    }
    expect(Buffer.concat(copies).toString()).toBe(first + more);
  });

  it('reads an empty file as no chunks', async () => {
    const path = join(dir, 'e.jsonl');
    writeFileSync(path, '');
    const got: Buffer[] = [];
    for await (const chunk of readChunks(path, 1000)) got.push(chunk);
    expect(got).toEqual([]);
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
