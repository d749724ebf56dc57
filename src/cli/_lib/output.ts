/**
 * Writing to stdout and stderr when the reader may go away: a closed pipe (`tansiq schema |
 * head -c 1`) is the reader being done, not an error. `guardStream` swallows EPIPE (and writes
 * after it) so the process never dies on an unhandled 'error' event; `writeChunks` writes with
 * backpressure (waiting for 'drain') and stops as soon as the stream is gone.
 */

const QUIET_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'EPIPE',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
]);

/** Marks streams already guarded. */
const guarded = new WeakSet<NodeJS.WritableStream>();

/** Installs the EPIPE handler on `stream` (once). Other write errors are reported through `onOther`. */
export function guardStream(stream: NodeJS.WritableStream, onOther: (error: Error) => void = () => undefined): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: Error & { code?: string }) => {
    if (typeof error.code === 'string' && QUIET_CODES.has(error.code)) return;
    onOther(error);
  });
}

/** Whether the stream can still be written to. */
function open(stream: NodeJS.WritableStream): boolean {
  const s = stream as NodeJS.WritableStream & { destroyed?: boolean; writableEnded?: boolean };
  return s.destroyed !== true && s.writableEnded !== true;
}

/** Writes each chunk, in batches of about 64 KiB, waiting for 'drain' when the stream asks to. */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  const flush = async (): Promise<void> => {
    if (batch === '' || !open(stream)) return;
    const ok = stream.write(batch);
    batch = '';
    if (ok) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  };
  for (const chunk of chunks) {
    if (!open(stream)) return;
    batch += chunk;
    if (batch.length >= 65_536) await flush();
  }
  await flush();
}
