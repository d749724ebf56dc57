import type { BlockResult } from '../check/process-block.js';

/** Runs blocks of JSON Lines somewhere else than the calling thread (a pool of worker threads). */
export interface BlockRunner {
  /** Checks one block; results are merged in submission order by the caller. */
  run(bytes: Uint8Array): Promise<BlockResult>;
  /** How many blocks may be in flight in the runner at once. */
  readonly capacity: number;
  /** Whether `capacity` blocks are in flight (the caller then checks the next block itself). */
  readonly busy: boolean;
  /** Releases threads. */
  close(): Promise<void>;
}

/** Blocks larger than this (a huge record) are checked on the main thread, not on a worker. */
export const WORKER_MAX_BLOCK_BYTES = 1024 * 1024;
