// Worker thread of `tansiq validate --jobs N`: checks blocks of JSON Lines and sends back
// issues and compact facts. Built as its own entry (dist/cli/worker.js).
import { parentPort, workerData } from 'node:worker_threads';
import * as z from 'zod';
import { defaultEnv } from '../validate/_lib/default-env.js';
import { processBlock } from '../validate/_lib/process-block.js';
import type { WorkerSettings } from './_lib/worker-pool.js';

const settings = workerData as WorkerSettings;
if (settings.locale === 'ar') z.config(z.locales.ar());
const env = defaultEnv(settings.maxDepth, settings.maxRecordBytes);

parentPort?.on('message', (msg: { id: number; bytes: Uint8Array }) => {
  try {
    const result = processBlock(msg.bytes, env);
    parentPort?.postMessage({ id: msg.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: msg.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
