// Worker thread of `validateFiles({ jobs })` and `tansiq validate --jobs N`: checks blocks of
// JSON Lines and sends back issues and compact facts. Built as its own entry
// (dist/validate/worker.js); not part of the public API.
import { parentPort, workerData } from 'node:worker_threads';
import * as z from 'zod';
import { defaultEnv } from './_lib/check/default-env.js';
import { processBlock } from './_lib/check/process-block.js';
import { numbersToTypedArrays } from './_lib/facts/facts.js';
import type { WorkerBlock, WorkerNotice, WorkerReply, WorkerSettings } from './_lib/run/worker-pool.js';

const settings = workerData as WorkerSettings;
// A worker is its own isolate: it takes the zod locale its host had set.
const locales = z.locales as unknown as Record<string, (() => z.core.$ZodConfig) | undefined>;
const locale = settings.locale === undefined ? undefined : locales[settings.locale];
if (locale !== undefined) z.config(locale());
const env = defaultEnv(settings.maxDepth, settings.maxRecordBytes);
// The schema's assert-only validator is generated on its first use: done now, before the worker
// says it is ready to check blocks (until then the calling thread checks them itself).
env.accepts?.({});
parentPort?.postMessage({ id: -1, ready: true } satisfies WorkerNotice);

/** Blocks received and not yet checked, in the order they came. */
const waiting: WorkerBlock[] = [];
let scheduled = false;

/**
 * Checks one block, posts its result, and leaves the next block to a later turn of the event
 * loop: between two blocks, V8's scheduled young-generation collection can run while almost
 * nothing is alive (inside a block it copies the records and facts being built).
 */
function checkNext(): void {
  scheduled = false;
  const msg = waiting.shift();
  if (msg === undefined) return;
  // The block is memory shared with the calling thread, which reuses it once the result is
  // merged (results hold copies of its text, not views).
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = processBlock(msg.bytes, env);
    transfer = numbersToTypedArrays(result.facts);
    reply = { id: msg.id, result };
  } catch (error) {
    reply = { id: msg.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // The result first, then the notice that it is there.
  settings.results.postMessage(reply, transfer);
  parentPort?.postMessage({ id: msg.id } satisfies WorkerNotice);
  if (waiting.length > 0) {
    scheduled = true;
    setImmediate(checkNext);
  }
}

parentPort?.on('message', (msg: WorkerBlock) => {
  waiting.push(msg);
  if (!scheduled) {
    scheduled = true;
    setImmediate(checkNext);
  }
});
