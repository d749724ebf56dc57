// Workers started early (before the run that uses them): handed over in order, failed ones
// dropped without an unhandled 'error', unused ones stopped. Runs on tiny worker scripts, not
// the validator's (which is built: the CLI end-to-end tests run it, early and not).
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  offerEarlyWorkers,
  startEarlyWorkers,
  stopEarlyWorkers,
  takeEarlyWorker,
  threadCount,
} from '../../../../src/validate/_lib/run/worker-threads.js';
import { testTempDir } from '../../../_lib/temp-dir.js';

const dir = testTempDir('tansiq-early-');

/** A worker script that answers its first message with what it got and its thread id. */
const echo = join(dir, 'echo.mjs');
writeFileSync(
  echo,
  "import { parentPort, threadId } from 'node:worker_threads';\nparentPort.once('message', (m) => parentPort.postMessage({ got: m, threadId }));\n",
);
/** A worker script that fails as it loads. */
const broken = join(dir, 'broken.mjs');
writeFileSync(broken, "throw new Error('cannot load');\n");

async function ask(worker: Worker, message: unknown): Promise<unknown> {
  const reply = once(worker, 'message');
  worker.postMessage(message);
  return ((await reply) as unknown[])[0];
}

describe('early workers', () => {
  it('are taken oldest first, once each, and take their settings as their first message', async () => {
    const started = startEarlyWorkers(echo, 2);
    expect(started).toHaveLength(2);
    offerEarlyWorkers(started);
    const a = takeEarlyWorker();
    const b = takeEarlyWorker();
    expect(takeEarlyWorker()).toBeUndefined();
    expect(a).toBe(started[0]?.worker);
    expect(b).toBe(started[1]?.worker);
    const reply = (await ask(a as Worker, { maxDepth: 3 })) as { got: unknown; threadId: number };
    expect(reply.got).toEqual({ maxDepth: 3 });
    expect(reply.threadId).toBe((a as Worker).threadId);
    await Promise.all([a?.terminate(), b?.terminate()]);
  });

  it('one that failed to load is dropped, with no unhandled error, and the next one is taken', async () => {
    const bad = startEarlyWorkers(broken, 1);
    const good = startEarlyWorkers(echo, 1);
    // (not `once`: it rejects on the 'error' event this worker emits first)
    await new Promise((resolve) => (bad[0]?.worker as Worker).on('exit', resolve));
    expect(bad[0]?.failed).toBe(true);
    offerEarlyWorkers([...bad, ...good]);
    const w = takeEarlyWorker();
    expect(w).toBe(good[0]?.worker);
    expect(takeEarlyWorker()).toBeUndefined();
    await w?.terminate();
  });

  it('the ones no run took are stopped', async () => {
    const started = startEarlyWorkers(echo, 2);
    const exits = started.map((e) => new Promise((resolve) => e.worker.on('exit', resolve)));
    offerEarlyWorkers(started);
    await stopEarlyWorkers();
    await Promise.all(exits);
    expect(takeEarlyWorker()).toBeUndefined();
  });

  it('stopping with none waiting does nothing', async () => {
    await expect(stopEarlyWorkers()).resolves.toBeUndefined();
  });

  it('threadCount is at least 1 and at most what was asked for', () => {
    expect(threadCount(1)).toBe(1);
    expect(threadCount(0)).toBe(1);
    expect(threadCount(2)).toBeGreaterThanOrEqual(1);
    expect(threadCount(2)).toBeLessThanOrEqual(2);
  });
});
