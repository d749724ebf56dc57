import type { BlockResult } from '../check/process-block.js';

/**
 * The result of a block checked elsewhere, taken when the caller merges it: it is decoded only
 * then, so that results waiting for their turn are not objects on the caller's heap (where each
 * young-generation collection would copy them). Throws if the block could not be checked (the
 * caller then checks it itself). Called at most once, in submission order.
 */
export type TakeResult = () => BlockResult;

/** Runs blocks of JSON Lines somewhere else than the calling thread (a pool of worker threads). */
export interface BlockRunner {
  /**
   * Checks one block, copied first (the caller may reuse `bytes` at once). Returns the copy,
   * which stays valid until the block's result is taken (the caller checks it itself should the
   * runner fail), and a promise that settles when the block is done, with the function that
   * takes its result; results are taken and merged in submission order by the caller.
   */
  run(bytes: Uint8Array): { copy: Uint8Array; done: Promise<TakeResult> };
  /** How many blocks may be in flight in the runner at once. */
  readonly capacity: number;
  /** Whether `capacity` blocks are in flight (the caller then checks the next block itself). */
  readonly busy: boolean;
  /** Releases threads. */
  close(): Promise<void>;
}

/** Blocks larger than this (a huge record) are checked on the main thread, not on a worker. */
export const WORKER_MAX_BLOCK_BYTES = 1024 * 1024;
