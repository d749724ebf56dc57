import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../../src/validate/_lib/input/read-blocks.js';
import type { BlockItem } from '../../../../src/validate/_lib/input/read-blocks.js';

async function items(chunks: (string | Buffer)[], max = 1000): Promise<string[]> {
  async function* source(): AsyncGenerator<Buffer | string> {
    for (const c of chunks) yield c;
  }
  const out: string[] = [];
  for await (const item of readBlocks(source(), max)) out.push(show(item));
  return out;
}

function show(item: BlockItem): string {
  if (item.kind === 'bom') return 'BOM';
  if (item.kind === 'oversize') return `OVERSIZE(${item.bytes})`;
  return JSON.stringify(item.bytes.toString('utf8'));
}

describe('readBlocks', () => {
  it('cuts blocks at line ends, carrying partial lines across chunks', async () => {
    expect(await items(['{"a"', ':1}\n{"b":2}\n{"c"', ':3}'])).toEqual([
      '"{\\"a\\":1}\\n{\\"b\\":2}\\n"',
      '"{\\"c\\":3}"',
    ]);
  });
  it('finds a BOM even when the first chunks are tiny', async () => {
    expect(await items([Buffer.from([0xef]), Buffer.from([0xbb]), Buffer.from([0xbf, 0x31, 0x0a])])).toEqual([
      'BOM',
      '"1\\n"',
    ]);
    expect(await items(['ab'])).toEqual(['"ab"']);
    expect(await items([])).toEqual([]);
  });
  it('skips a line longer than the limit without buffering it, across chunks', async () => {
    expect(await items(['1\n' + 'x'.repeat(6), 'x'.repeat(6), 'x'.repeat(6) + '\n2\n'], 10)).toEqual([
      '"1\\n"',
      'OVERSIZE(18)',
      '"2\\n"',
    ]);
    expect(await items(['1\n' + 'x'.repeat(8), 'xxxx\n2\n'], 10)).toEqual(['"1\\n"', 'OVERSIZE(12)', '"2\\n"']);
    expect(await items(['x'.repeat(12), 'x'.repeat(3)], 10)).toEqual(['OVERSIZE(15)']);
  });
});
