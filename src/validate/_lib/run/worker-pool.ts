import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as z from 'zod';
import type { BlockRunner } from './block-runner.js';
import type { BlockResult } from '../check/process-block.js';

/** Settings every worker starts with. */
export interface WorkerSettings {
  /** Name of the zod locale the host application set (`z.locales[name]`), if any. */
  locale: string | undefined;
  maxDepth: number;
  maxRecordBytes: number;
}

interface Pending {
  resolve: (r: BlockResult) => void;
  reject: (e: unknown) => void;
  worker: number;
}

/** Blocks in flight per worker: enough to keep it busy while the main thread merges. */
export const BLOCKS_PER_WORKER = 2;

/**
 * Heap limits of a worker: it holds one block (256 KiB of lines) and its results at a time, so a
 * small heap suffices; without limits each worker's heap grows like the main thread's. A block
 * over `WORKER_MAX_BLOCK_BYTES` (a huge record) is checked on the main thread, and so is a block
 * whose worker failed (e.g. ran out of its heap).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 };


/** How many worker threads `jobs` asks for once capped at the machine's parallelism. */
export function workerCount(jobs: number): number {
  return Math.max(1, Math.min(Math.floor(jobs), availableParallelism()));
}

/** URL of this module, in the ESM and the CJS build alike. */
function here(): string | undefined {
  if (typeof __filename === 'string') return pathToFileURL(__filename).href;
  try {
    return import.meta.url;
  } catch {
    return undefined;
  }
}

/**
 * The worker script (`dist/validate/worker.js`, its own build entry) relative to wherever this
 * code was bundled: the validate entry, a shared chunk, or the bin. Undefined when running from
 * the TypeScript sources (then blocks are checked on this thread).
 */
function workerPath(): string | undefined {
  const base = here();
  if (base === undefined || !base.startsWith('file:')) return undefined;
  for (const candidate of ['./worker.js', '../validate/worker.js', './validate/worker.js']) {
    const path = fileURLToPath(new URL(candidate, base));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * The name of the zod locale the host set with `z.config(z.locales.xx())`, found by comparing
 * messages, so that workers write schema messages in the same language (a worker is a fresh
 * isolate with zod's default configuration).
 */
function hostLocale(): string | undefined {
  const current = z.config().localeError;
  if (current === undefined) return undefined;
  const probe = { code: 'invalid_type', expected: 'string', input: 1, path: [] } as unknown as Parameters<NonNullable<typeof current>>[0];
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
 * A pool of worker threads checking blocks of JSON Lines; results come back per block and are
 * merged in submission order by the caller. At most `parallelism` blocks are in flight (the
 * caller waits for the oldest before submitting more): memory stays bounded however fast the
 * file is read.
 */
export class WorkerPool implements BlockRunner {
  readonly parallelism: number;
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: unknown;

  private constructor(path: string, jobs: number, settings: WorkerSettings) {
    this.parallelism = jobs * BLOCKS_PER_WORKER;
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(path, { workerData: settings, resourceLimits: WORKER_LIMITS });
      worker.on('message', (msg: { id: number; result?: BlockResult; error?: string }) => {
        const p = this.pending.get(msg.id);
        if (p === undefined) return;
        this.pending.delete(msg.id);
        this.load[p.worker] = (this.load[p.worker] ?? 1) - 1;
        if (msg.result !== undefined) p.resolve(msg.result);
        else p.reject(new Error(msg.error ?? 'worker failed'));
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`worker thread exited with code ${code}`));
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  /**
   * Starts `workerCount(jobs)` workers, or returns undefined when one thread is asked for or the
   * worker script is not there (running from sources): then the caller checks on its own thread.
   */
  static start(jobs: number, maxDepth: number, maxRecordBytes: number): WorkerPool | undefined {
    const count = workerCount(jobs);
    if (count < 2) return undefined;
    const path = workerPath();
    if (path === undefined) return undefined;
    return new WorkerPool(path, count, { locale: hostLocale(), maxDepth, maxRecordBytes });
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(error);
    }
  }

  run(bytes: Uint8Array): Promise<BlockResult> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    // A fresh buffer we own, so it can be transferred (stream buffers share pooled memory).
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    let w = 0;
    for (let k = 1; k < this.workers.length; k++) if ((this.load[k] ?? 0) < (this.load[w] ?? 0)) w = k;
    const id = this.nextId++;
    this.load[w] = (this.load[w] ?? 0) + 1;
    return new Promise<BlockResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w });
      (this.workers[w] as Worker).postMessage({ id, bytes: copy }, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
