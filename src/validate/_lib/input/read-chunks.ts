import { Buffer } from 'node:buffer';
import { open } from 'node:fs/promises';

/**
 * Reads of a regular file in flight at once, each into a buffer of its own: enough that the next
 * chunk is there when the caller asks for it, even after handing a few chunks in a row to other
 * threads (a chunk given away costs the caller only a copy, far less than a read).
 */
const READS_AHEAD = 4;

/** A read in flight. */
interface Read {
  buffer: Buffer;
  /** Where it reads in a regular file (`null`: from the current position). */
  position: number | null;
  done: Promise<{ bytesRead: number }>;
}

/**
 * Reads a file from start to end in chunks of at most `size` bytes, reading ahead while the
 * caller works on the current chunk, so that it rarely waits for a read: a regular file is read
 * at known positions, `READS_AHEAD` reads in flight; a pipe or a character device one read at a
 * time from its current position (the next read starts as the current chunk is handed over).
 *
 * Each chunk is a view of one of a few buffers used in turn: the caller must be done with a
 * chunk (or have copied what it keeps) before asking for the next one, whose read may then reuse
 * its buffer. Reading into fresh buffers, as a file stream does, costs more than the reading
 * itself: the kernel maps and zeroes new pages for every chunk (on 300 MB, about 0.35 s of CPU
 * time against 0.05 s). Reads are asynchronous, so that the event loop turns between chunks
 * (worker threads' messages are received).
 *
 * A regular file that is shorter than expected (a short read before its end, or a file growing
 * while it is read) is read on from where the short read ended: the chunks are always the file's
 * bytes in order, without gaps.
 */
export async function* readChunks(path: string, size: number): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  const reads: Read[] = [];
  try {
    const regular = (await file.stat()).isFile();
    const depth = regular ? READS_AHEAD : 1;
    const spare: Buffer[] = [];
    let position = 0;
    const readAhead = (): void => {
      while (reads.length < depth) {
        const buffer = spare.pop() ?? Buffer.allocUnsafeSlow(size);
        const at = regular ? position : null;
        position += size;
        reads.push({ buffer, position: at, done: file.read(buffer, 0, size, at) });
      }
    };
    for (;;) {
      readAhead();
      const read = reads.shift() as Read;
      const { bytesRead } = await read.done;
      if (bytesRead === 0) return;
      if (regular && bytesRead < size) {
        // The reads after a short one may have found bytes the short one did not (the file grew):
        // they are dropped, and reading goes on from where this one ended.
        for (const later of reads.splice(0)) {
          await later.done.catch(() => undefined);
          spare.push(later.buffer);
        }
        position = (read.position as number) + bytesRead;
      }
      yield read.buffer.subarray(0, bytesRead);
      // The caller is done with the chunk: its buffer takes a later read.
      spare.push(read.buffer);
    }
  } finally {
    // Reads still in flight (the caller stopped early, or a read failed) end before the file is
    // closed; their outcome no longer matters.
    for (const read of reads) await read.done.catch(() => undefined);
    await file.close();
  }
}
