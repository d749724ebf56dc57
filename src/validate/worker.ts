// Worker thread of `validateFiles({ jobs })` and `tansiq validate --jobs N`: checks blocks of
// JSON Lines and sends back issues and compact facts. Built as its own entry
// (dist/validate/worker.js); not part of the public API.
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import * as z from 'zod';
import type { CheckEnv } from './_lib/check/check-record.js';
import { defaultEnv } from './_lib/check/default-env.js';
import { compileRecordSchema } from '../schemas/index.js';
import { processBlock } from './_lib/check/process-block.js';
import { numbersToTypedArrays } from './_lib/facts/facts.js';
import type { WorkerBlock, WorkerNotice, WorkerReply, WorkerSettings } from './_lib/run/worker-pool.js';

// The schema does not depend on the run's settings: it is compiled first, so that a worker the
// bin started early (see early-workers.ts) does it while the bin is still loading.
compileRecordSchema().validate({});

/** The checking environment, once the settings have come. */
let env: CheckEnv | undefined;
/** Where results go (see `WorkerSettings.results`). */
let results: MessagePort | undefined;

/** Takes the run's settings, then says it is ready: until then the calling thread checks blocks itself. */
function start(settings: WorkerSettings): void {
  // A worker is its own isolate: it takes the zod locale its host had set.
  const locales = z.locales as unknown as Record<string, (() => z.core.$ZodConfig) | undefined>;
  const locale = settings.locale === undefined ? undefined : locales[settings.locale];
  if (locale !== undefined) z.config(locale());
  env = defaultEnv(settings.maxDepth, settings.maxRecordBytes);
  // The validator was generated above: this call only settles `env.accepts` on it.
  env.accepts?.({});
  results = settings.results;
  parentPort?.on('message', receive);
  parentPort?.postMessage({ id: -1, ready: true } satisfies WorkerNotice);
}

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
    const result = processBlock(msg.bytes, env as CheckEnv);
    transfer = numbersToTypedArrays(result.facts);
    reply = { id: msg.id, result };
  } catch (error) {
    reply = { id: msg.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // The result first, then the notice that it is there.
  results?.postMessage(reply, transfer);
  parentPort?.postMessage({ id: msg.id } satisfies WorkerNotice);
  if (waiting.length > 0) {
    scheduled = true;
    setImmediate(checkNext);
  }
}

function receive(msg: WorkerBlock): void {
  waiting.push(msg);
  if (!scheduled) {
    scheduled = true;
    setImmediate(checkNext);
  }
}

// Started by a run: the settings are here. Started early: they are the first message.
if (workerData !== null && workerData !== undefined) start(workerData as WorkerSettings);
else parentPort?.once('message', start);
