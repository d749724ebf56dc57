import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort, Worker } from 'node:worker_threads';
import * as z from 'zod';
import type { BlockRunner, TakeResult } from './block-runner.js';
import type { BlockResult } from '../check/process-block.js';
import { spawnWorker, takeEarlyWorker, threadCount, workerPath } from './worker-threads.js';

/** Settings every worker starts with. */
export interface WorkerSettings {
  /**
   * Where the worker posts its results (one message per block, in the order it got them). The
   * calling thread never listens on it: it receives a block's result synchronously when it
   * merges it, so that results wait for their turn serialized, outside its heap.
   */
  results: MessagePort;
  /** Name of the zod locale the host application set (`z.locales[name]`), if any. */
  locale: string | undefined;
  maxDepth: number;
  maxRecordBytes: number;
}

interface Pending {
  resolve: (take: TakeResult) => void;
  reject: (e: unknown) => void;
  worker: number;
  /** The shared buffer holding the block, back to the pool once its result is taken. */
  buffer: SharedArrayBuffer;
}

/**
 * What a worker sends on its parent port: once at start, `ready` when it can check blocks
 * (modules loaded, schema compiled); then, for each block, its id once its result has been
 * posted on the results port.
 */
export interface WorkerNotice {
  id: number;
  ready?: true;
}

/** What a worker posts on its results port for each block: the result, or an error. */
export interface WorkerReply {
  id: number;
  result?: BlockResult;
  error?: string;
}

/** A block sent to a worker: a view of memory shared with the calling thread. */
export interface WorkerBlock {
  id: number;
  bytes: Uint8Array;
}

/**
 * Blocks in flight per worker: one being checked and two waiting, so that it does not idle while
 * the calling thread checks a block of its own or merges results (with two, a worker sat idle
 * 9-19% of a --jobs 2 run; with three, 6-10%).
 */
export const BLOCKS_PER_WORKER = 3;

/**
 * Size of a pooled block buffer: a read (256 KiB) plus the unfinished line carried over from the
 * previous read. Larger blocks get a buffer of their own size. Blocks are copied into shared
 * memory: the worker reads them where they are, and the calling thread still has them should the
 * worker fail.
 */
const POOLED_BUFFER_BYTES = 512 * 1024;

/**
 * The name of the zod locale the host set with `z.config(z.locales.xx())`, found by comparing
 * messages, so that workers write schema messages in the same language (a worker is a fresh
 * isolate with zod's default configuration).
 */
function hostLocale(): string | undefined {
  const current = z.config().localeError;
  if (current === undefined) return undefined;
  const probe = { code: 'invalid_type', expected: 'string', input: 1, path: [] } as unknown as Parameters<
    NonNullable<typeof current>
  >[0];
  const message = (f: typeof current | undefined): unknown => {
    try {
      const out = f?.(probe);
      return typeof out === 'string' ? out : out?.message;
    } catch {
      return undefined;
    }
  };
  const wanted = message(current);
  const locales = z.locales as unknown as Record<string, () => { localeError: typeof current }>;
  for (const [name, make] of Object.entries(locales)) {
    if (name === 'en' || typeof make !== 'function') continue;
    if (message(make().localeError) === wanted) return name;
  }
  return undefined;
}

/**
 * A pool of worker threads checking blocks of JSON Lines beside the calling thread; results come
 * back per block and are merged in submission order by the caller. At most `capacity` blocks
 * are in flight in the pool (when it is `busy` the caller checks the next block itself, then
 * waits for the oldest): memory stays bounded however fast the file is read. Block buffers
 * travel to a worker and back (transferred, never copied by the messaging) and are reused, so
 * that no worker accumulates buffers its small heap is slow to collect.
 */
export class WorkerPool implements BlockRunner {
  readonly capacity: number;
  private readonly workers: Worker[] = [];
  /** This end of each worker's results port (never listened on: see `WorkerSettings.results`). */
  private readonly results: MessagePort[] = [];
  private readonly load: number[] = [];
  /**
   * Whether each worker has started (loaded its modules and compiled the schema): blocks go only
   * to started workers, so that this thread checks blocks itself meanwhile instead of queueing
   * them behind a worker's start-up and waiting.
   */
  private readonly started: boolean[] = [];
  /** Blocks the started workers may hold at once. */
  private room = 0;
  private readonly pending = new Map<number, Pending>();
  /** Shared buffers of blocks whose results were taken, ready for the next blocks. */
  private readonly free: SharedArrayBuffer[] = [];
  private inFlight = 0;
  private nextId = 0;
  private failure: unknown;

  private constructor(path: string, workers: number, settings: Omit<WorkerSettings, 'results'>) {
    this.capacity = workers * BLOCKS_PER_WORKER;
    for (let w = 0; w < workers; w++) {
      const { port1, port2 } = new MessageChannel();
      const all: WorkerSettings = { ...settings, results: port2 };
      // A worker the bin started early has loaded and compiled meanwhile: its settings are its
      // first message. Otherwise a new one starts with them.
      let worker = takeEarlyWorker();
      if (worker === undefined) worker = spawnWorker(path, all, [port2]);
      else worker.postMessage(all, [port2]);
      worker.on('message', (msg: WorkerNotice) => {
        if (msg.ready === true) {
          if (this.started[w] !== true) this.room += BLOCKS_PER_WORKER;
          this.started[w] = true;
          return;
        }
        const p = this.pending.get(msg.id);
        if (p === undefined) return;
        this.pending.delete(msg.id);
        this.inFlight--;
        this.load[p.worker] = (this.load[p.worker] ?? 1) - 1;
        const id = msg.id;
        const buffer = p.buffer;
        p.resolve(() => this.take(w, id, buffer));
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`worker thread exited with code ${code}`));
      });
      this.workers.push(worker);
      this.results.push(port1);
      this.load.push(0);
      this.started.push(false);
    }
  }

  /**
   * Starts `threadCount(jobs) - 1` workers (the calling thread checks blocks too), or returns
   * undefined when one thread is asked for or the worker script is not there (running from
   * sources): then the caller checks every block on its own thread.
   */
  static start(jobs: number, maxDepth: number, maxRecordBytes: number): WorkerPool | undefined {
    const workers = threadCount(jobs) - 1;
    if (workers < 1) return undefined;
    const path = workerPath();
    if (path === undefined) return undefined;
    return new WorkerPool(path, workers, { locale: hostLocale(), maxDepth, maxRecordBytes });
  }

  get busy(): boolean {
    return this.inFlight >= this.room;
  }

  /**
   * Receives the next result posted by worker `w`, which is block `id`'s: each worker checks its
   * blocks in the order it got them, and the caller takes results in submission order.
   */
  private take(w: number, id: number, buffer: SharedArrayBuffer): BlockResult {
    const msg = receiveMessageOnPort(this.results[w] as MessagePort)?.message as WorkerReply | undefined;
    if (msg === undefined || msg.id !== id) throw new Error('worker result out of order');
    if (msg.result === undefined) throw new Error(msg.error ?? 'worker failed');
    // The block is merged now: its buffer holds the next one.
    if (buffer.byteLength === POOLED_BUFFER_BYTES) this.free.push(buffer);
    return msg.result;
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      this.inFlight--;
      p.reject(error);
    }
  }

  run(bytes: Uint8Array): { copy: Uint8Array; done: Promise<TakeResult> } {
    const buffer =
      bytes.byteLength <= POOLED_BUFFER_BYTES
        ? (this.free.pop() ?? new SharedArrayBuffer(POOLED_BUFFER_BYTES))
        : new SharedArrayBuffer(bytes.byteLength);
    const copy = new Uint8Array(buffer, 0, bytes.byteLength);
    copy.set(bytes);
    if (this.failure !== undefined) return { copy, done: Promise.reject(this.failure) };
    // The least loaded started worker (the caller checks `busy` first; should none have started,
    // the block waits in the first worker's queue).
    let w = -1;
    for (let k = 0; k < this.workers.length; k++)
      if (this.started[k] === true && (w < 0 || (this.load[k] ?? 0) < (this.load[w] ?? 0))) w = k;
    if (w < 0) w = 0;
    const id = this.nextId++;
    this.load[w] = (this.load[w] ?? 0) + 1;
    this.inFlight++;
    const done = new Promise<TakeResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w, buffer });
      (this.workers[w] as Worker).postMessage({ id, bytes: copy } satisfies WorkerBlock);
    });
    return { copy, done };
  }

  async close(): Promise<void> {
    for (const port of this.results) port.close();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
