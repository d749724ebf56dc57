import { Buffer } from 'node:buffer';

/** An item of a JSON Lines byte stream cut at line ends. */
export type BlockItem = { kind: 'bom' } | { kind: 'block'; bytes: Buffer } | { kind: 'oversize'; bytes: number };

const BOM_0 = 0xef;
const BOM_1 = 0xbb;
const BOM_2 = 0xbf;

/**
 * Cuts a byte stream into blocks of whole lines (each block ends just after a LF, except a
 * final line without one). A line longer than `maxRecordBytes` is not buffered: it becomes an
 * `oversize` item. A UTF-8 byte order mark at the start becomes a `bom` item.
 *
 * A chunk of the stream is not referenced once the next one is asked for (the unfinished line
 * at its end is copied), so the stream may read every chunk into the same buffer; a block may
 * be a view of the chunk, valid until the next item is asked for.
 */
export async function* readBlocks(
  stream: AsyncIterable<Buffer | string>,
  maxRecordBytes: number,
): AsyncGenerator<BlockItem> {
  let carry: Buffer[] = [];
  let carryLen = 0;
  let skipping = false;
  let skipped = 0;
  let first = true;
  let head: Buffer | undefined;
  for await (const piece of stream) {
    let chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    if (first) {
      // The BOM may straddle tiny first chunks: wait for three bytes.
      head = head === undefined ? Buffer.from(chunk) : Buffer.concat([head, chunk]);
      if (head.length < 3) continue;
      chunk = head;
      head = undefined;
      first = false;
      if (chunk[0] === BOM_0 && chunk[1] === BOM_1 && chunk[2] === BOM_2) {
        yield { kind: 'bom' };
        chunk = chunk.subarray(3);
      }
    }
    let pos = 0;
    if (skipping) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        skipped += chunk.length;
        continue;
      }
      skipping = false;
      yield { kind: 'oversize', bytes: skipped + nl };
      skipped = 0;
      pos = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last < pos) {
      carry.push(Buffer.from(chunk.subarray(pos)));
      carryLen += chunk.length - pos;
      if (carryLen > maxRecordBytes) {
        skipping = true;
        skipped = carryLen;
        carry = [];
        carryLen = 0;
      }
      continue;
    }
    if (carryLen > 0) {
      const firstNl = chunk.indexOf(10, pos);
      if (carryLen + (firstNl - pos) > maxRecordBytes) {
        yield { kind: 'oversize', bytes: carryLen + (firstNl - pos) };
        carry = [];
        carryLen = 0;
        pos = firstNl + 1;
      }
    }
    if (pos <= last) {
      const tail = chunk.subarray(pos, last + 1);
      yield { kind: 'block', bytes: carryLen > 0 ? Buffer.concat([...carry, tail]) : tail };
    }
    carry = [];
    carryLen = 0;
    if (last + 1 < chunk.length) {
      carry.push(Buffer.from(chunk.subarray(last + 1)));
      carryLen = chunk.length - last - 1;
    }
  }
  if (first && head !== undefined && head.length > 0) {
    yield { kind: 'block', bytes: head };
    return;
  }
  if (skipping) yield { kind: 'oversize', bytes: skipped };
  else if (carryLen > 0) yield { kind: 'block', bytes: Buffer.concat(carry) };
}
