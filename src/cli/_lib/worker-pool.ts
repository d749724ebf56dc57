import { Worker } from 'node:worker_threads';
import type { BlockRunner } from '../../validate/_lib/block-runner.js';
import type { BlockResult } from '../../validate/_lib/process-block.js';

/** Settings every worker starts with. */
export interface WorkerSettings {
  locale: 'en' | 'ar';
  maxDepth: number;
  maxRecordBytes: number;
}

interface Pending {
  resolve: (r: BlockResult) => void;
  reject: (e: unknown) => void;
}

/**
 * The worker script sits next to the bundled bin (`dist/cli/worker.js`, its own build entry), so
 * `--jobs` works from the build, not from the TypeScript sources.
 */
function workerUrl(): URL {
  return new URL('./worker.js', import.meta.url);
}

/** A pool of worker threads checking blocks of JSON Lines; results come back per block. */
export class WorkerPool implements BlockRunner {
  readonly parallelism: number;
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending & { worker: number }>();
  private nextId = 0;
  private failure: unknown;

  constructor(jobs: number, settings: WorkerSettings) {
    this.parallelism = jobs * 4;
    const url = workerUrl();
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(url, { workerData: settings });
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
