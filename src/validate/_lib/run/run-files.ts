import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import type { FileReport } from '../../file-report.js';
import { ISSUE_CODES } from '../../issue-codes.js';
import type { ValidateOptions } from '../../validate-options.js';
import type { RelatedRecords } from '../../validation-issue.js';
import type { ValidationResult } from '../../validation-result.js';
import type { BlockRunner, TakeResult } from './block-runner.js';
import { WORKER_MAX_BLOCK_BYTES } from './block-runner.js';
import type { CheckEnv } from '../check/check-record.js';
import { discover } from '../input/discover.js';
import type { Target } from '../input/discover.js';
import { FactStore, REFERENCE_FILE } from '../facts/fact-store.js';
import type { StoredIssue } from '../facts/fact-store.js';
import { crossIssue } from '../facts/cross-issue.js';
import type { Facts } from '../facts/facts.js';
import { emptyFacts, numbersToTypedArrays } from '../facts/facts.js';
import { lineColumn, lineStarts, locatePointer } from '../input/json-text.js';
import { fromPointer } from '../input/pointer.js';
import type { BlockResult } from '../check/process-block.js';
import { processBlock } from '../check/process-block.js';
import { processDocument } from '../check/process-document.js';
import type { RawIssue } from '../check/raw-issue.js';
import { toValidationIssue } from '../check/raw-issue.js';
import { readBlocks } from '../input/read-blocks.js';
import { readChunks } from '../input/read-chunks.js';
import { firstInvalidUtf8 } from '../input/utf8.js';
import { DEFAULT_MAX_ISSUES, IssueSink } from './finalize.js';

/** Defaults of the limits. */
export const DEFAULT_MAX_DEPTH = 256;
export const DEFAULT_MAX_RECORD_BYTES = 128 * 1024 * 1024;
const PROGRESS_EVERY = 10_000;
/** Read size, and so the size of a block of lines: small enough that a block's facts die young. */
const BLOCK_BYTES = 256 * 1024;

/** Resolves after a turn of the event loop (messages from workers are received meanwhile). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * How many blocks this thread may check ahead of the oldest block still on a worker: enough that
 * it keeps checking blocks rather than wait, few enough that memory stays bounded (a block's
 * results are small: issues and compact facts).
 */
const AHEAD_OF_WORKERS = 8;

/**
 * Bytes per record assumed when sizing the id table from the size of the input. Records with
 * names, a source and its quote take a few hundred bytes: sized for one id per 512 bytes, the
 * table is not larger than it would have grown to on such data, and grows past it on smaller
 * records (as it did from its default size).
 */
const BYTES_PER_ID_HINT = 512;
/**
 * The id table is not sized up front for more ids than this (it grows past it as needed): a
 * large file of large records would otherwise get a table far larger than its ids need (32 MB
 * of slots at this size, touched all over as ids arrive).
 */
const MAX_ID_HINT = 1_000_000;

/** How many ids to size the fact store for, from the bytes to read. */
function expectedIds(bytes: number): number {
  return Math.min(MAX_ID_HINT, Math.floor(bytes / BYTES_PER_ID_HINT));
}

/**
 * A block in flight: its result once known (or, for a block checked by a worker, the function
 * that takes it), and a promise that settles then (never rejects).
 */
interface Slot {
  result: BlockResult | undefined;
  take: TakeResult | undefined;
  /** The block's bytes, while a worker has it (checked here should the worker fail). */
  bytes: Uint8Array | undefined;
  settled: Promise<void>;
}

/** What `runFiles` needs besides paths and options. */
export interface RunContext {
  env: CheckEnv;
  /** Facts of the shipped reference data (already collected), unless turned off. */
  reference: Facts | undefined;
  /** Where blocks are checked; this thread when absent. */
  runner?: BlockRunner;
  /** The stream read for `-`. */
  stdin?: Readable;
}

/**
 * Reads every target in order, checks its records (in blocks, possibly on worker threads),
 * merges facts in input order, runs the checks across records and locates their issues.
 */
export async function runFiles(
  paths: readonly string[],
  options: ValidateOptions,
  ctx: RunContext,
): Promise<ValidationResult> {
  const started = performance.now();
  const sink = new IssueSink(options.maxErrors ?? Infinity, options.maxIssues ?? DEFAULT_MAX_ISSUES, options.onIssue);
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const { targets, issues: pathIssues } = await discover(paths, ctx.env.say);
  for (const p of pathIssues)
    sink.add(-1, {
      file: p.file,
      pointer: '',
      code: p.code,
      severity: ISSUE_CODES[p.code].severity,
      message: p.message,
    });

  const bytesTotal = targets.reduce((n, t) => n + t.size, 0);
  const store = new FactStore(
    (file, line) => {
      if (file === REFERENCE_FILE) return ctx.env.say('reference_data');
      const t = targets[file];
      return t === undefined ? ctx.env.say('line', { line }) : `${t.path === '-' ? '<stdin>' : t.path}:${line}`;
    },
    ctx.env.references.pointer,
    (c) => {
      const issue = crossIssue(c, (record) => {
        const where: RelatedRecords['first'][number] = {};
        const t = targets[record.file];
        if (t !== undefined) where.file = t.path;
        if (record.line > 0) where.line = record.line;
        return where;
      });
      const target = targets[c.fileIndex];
      if (target !== undefined) issue.file = target.path;
      sink.add(c.fileIndex, issue, c.freshKey, c);
    },
    ctx.env.say,
    expectedIds(bytesTotal),
  );
  if (ctx.reference !== undefined) store.merge(ctx.reference, REFERENCE_FILE, 0);

  const reports: FileReport[] = [];
  let records = 0;
  let invalidRecords = 0;
  let bytesRead = 0;
  let nextProgress = 0;
  const progress = (file: string): void => {
    options.onProgress?.({ file, records, bytesRead, bytesTotal });
  };

  for (let fileIndex = 0; fileIndex < targets.length; fileIndex++) {
    const target = targets[fileIndex] as Target;
    const report: FileReport = { path: target.path, status: 'valid', records: 0, errors: 0, warnings: 0 };
    reports.push(report);
    progress(target.path);
    const errorsBefore = sink.errors;
    const push = (raw: RawIssue, lineBase: number): void => {
      sink.add(fileIndex, toValidationIssue(raw, target.path, lineBase));
    };
    let lineBase = 0;
    const merge = (r: BlockResult): void => {
      for (const raw of r.issues) push(raw, lineBase);
      store.merge(r.facts, fileIndex, lineBase);
      lineBase += r.lines;
      records += r.records;
      report.records += r.records;
      invalidRecords += r.invalidRecords;
      if (records >= nextProgress) {
        nextProgress = records + PROGRESS_EVERY;
        progress(target.path);
      }
    };
    try {
      if (target.kind === 'json') {
        const bytes = await readFile(target.path);
        bytesRead += bytes.length;
        let text = bytes.toString('utf8');
        if (!isUtf8(bytes)) {
          const at = firstInvalidUtf8(bytes, 0, bytes.length);
          const prefix = bytes.toString('utf8', 0, at);
          const pos = lineColumn(lineStarts(prefix), prefix.length);
          push(
            {
              code: 'invalid_utf8',
              pointer: '',
              message: ctx.env.say('invalid_utf8', {
                byte: (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0'),
              }),
              line: pos.line,
              column: pos.column,
            },
            0,
          );
        }
        if (text.charCodeAt(0) === 0xfeff) {
          push(
            {
              code: 'utf8_bom',
              pointer: '',
              message: ctx.env.say('byte_order_mark'),
              line: 1,
              column: 1,
            },
            0,
          );
          text = text.slice(1);
        }
        merge(processDocument(text, ctx.env));
      } else {
        // A file is read ahead into a few reused buffers (see readChunks): every block is checked
        // here, or copied for a worker, before the next one is asked for (a later read may then
        // overwrite it).
        const stream: AsyncIterable<Buffer | string> =
          target.kind === 'stdin' ? (ctx.stdin ?? process.stdin) : readChunks(target.path, BLOCK_BYTES);
        const queue: Slot[] = [];
        const runner = ctx.runner;
        // Blocks in flight: the runner's, plus a few checked on this thread ahead of the oldest
        // block still on a worker (so that this thread checks blocks instead of waiting for it).
        const limit = runner === undefined ? 1 : runner.capacity + AHEAD_OF_WORKERS;
        /** Merges the finished blocks at the head of the queue, in input order. */
        const mergeReady = (): void => {
          while (queue.length > 0) {
            const head = queue[0] as Slot;
            let result = head.result;
            if (result === undefined) {
              if (head.take === undefined) return;
              try {
                result = head.take();
              } catch {
                // A block the worker could not check is checked here: the run never depends on a worker.
                result = processBlock(head.bytes as Uint8Array, ctx.env);
              }
            }
            queue.shift();
            merge(result);
          }
        };
        const done = (result: BlockResult): Slot => ({
          result,
          take: undefined,
          bytes: undefined,
          settled: Promise.resolve(),
        });
        try {
          for await (const item of readBlocks(stream, maxRecordBytes)) {
            if (item.kind === 'bom') {
              push(
                {
                  code: 'utf8_bom',
                  pointer: '',
                  message: ctx.env.say('byte_order_mark'),
                  line: 1,
                  column: 1,
                },
                0,
              );
              continue;
            }
            if (item.kind === 'oversize') {
              bytesRead += item.bytes;
              queue.push(
                done({
                  lines: 1,
                  records: 1,
                  invalidRecords: 1,
                  errors: 1,
                  issues: [
                    {
                      code: 'record_too_large',
                      pointer: '',
                      message: ctx.env.say('record_too_large', { bytes: item.bytes, max: maxRecordBytes }),
                      line: 1,
                      column: 1,
                    },
                  ],
                  facts: emptyFacts(),
                }),
              );
            } else {
              bytesRead += item.bytes.length;
              const bytes = item.bytes;
              // A worker takes the block when it has room (dynamic scheduling: the workers never
              // wait for this thread); otherwise this thread checks it, and so does a block
              // holding a huge record (workers have small heaps).
              if (runner !== undefined && !runner.busy && bytes.length <= WORKER_MAX_BLOCK_BYTES) {
                // `bytes` may be overwritten by the next read: the runner works on a copy.
                const { copy, done } = runner.run(bytes);
                const slot: Slot = { result: undefined, take: undefined, bytes: copy, settled: Promise.resolve() };
                // A block whose worker failed is checked here: the run never depends on a worker.
                slot.settled = done.then(
                  (take) => {
                    slot.take = take;
                  },
                  () => {
                    slot.result = processBlock(copy, ctx.env);
                  },
                );
                queue.push(slot);
              } else {
                const result = processBlock(bytes, ctx.env);
                // With workers, the result waits behind their blocks before it: its numbers wait in
                // one typed array, as a worker's do, rather than as the lists each young-generation
                // collection copies (under --jobs 2, two thirds of the main thread's survivors).
                if (runner !== undefined) numbersToTypedArrays(result.facts);
                queue.push(done(result));
                // Files are read ahead, so the next chunk has often landed already and this loop
                // would go on without a turn of the event loop: the workers' notices that they
                // have room again would wait, and so would the workers. A turn after each block
                // checked here lets the notices in (on 1,000,000 records the worker's idle time
                // fell from 0.4-1.1 s to 0.3 s, and it took a third more of the blocks).
                if (runner !== undefined) await nextTurn();
              }
            }
            mergeReady();
            // Backpressure: at most `limit` blocks in flight (read, queued or being checked).
            while (queue.length >= limit) {
              await (queue[0] as Slot).settled;
              mergeReady();
            }
          }
          while (queue.length > 0) {
            await (queue[0] as Slot).settled;
            mergeReady();
          }
        } catch (error) {
          // Let blocks in flight settle before the stream goes away.
          await Promise.allSettled(queue.map((slot) => slot.settled));
          throw error;
        } finally {
          if (target.kind !== 'stdin') await (stream as AsyncGenerator<Buffer>).return(undefined);
        }
      }
      if (report.records === 0 && sink.errors === errorsBefore) {
        push({ code: 'empty_file', pointer: '', message: ctx.env.say('empty_file') }, 0);
      }
    } catch (error) {
      const e = error as { code?: string; message?: string };
      const reason = e.code === 'ENOENT' ? ctx.env.say('file_vanished') : (e.code ?? e.message ?? String(error));
      push({ code: 'read_error', pointer: '', message: ctx.env.say('cannot_read', { reason }) }, 0);
      report.status = 'unreadable';
    }
  }
  progress(targets[targets.length - 1]?.path ?? '');

  store.finish();
  // Columns (and, in `.json` files, lines) of the cross-record issues that were kept.
  const cross: StoredIssue[] = [];
  for (const l of sink.kept()) if (l.cross !== undefined) cross.push(l.cross);
  await locateCross(cross, targets);
  for (const l of sink.kept()) {
    const c = l.cross;
    if (c === undefined) continue;
    if (c.line > 0) l.issue.line = c.line;
    if (c.column !== undefined) l.issue.column = c.column;
  }
  return sink.finalize(reports, { files: targets.length, records, invalidRecords, started });
}

/** Fills in columns (and, for `.json` files, lines) of cross-record issues by re-reading lines. */
async function locateCross(cross: StoredIssue[], targets: readonly Target[]): Promise<void> {
  const byFile = new Map<number, StoredIssue[]>();
  for (const c of cross) {
    const t = targets[c.fileIndex];
    if (t === undefined || t.kind === 'stdin' || c.line <= 0) continue;
    let list = byFile.get(c.fileIndex);
    if (list === undefined) byFile.set(c.fileIndex, (list = []));
    list.push(c);
  }
  for (const [fileIndex, list] of byFile) {
    const t = targets[fileIndex] as Target;
    try {
      if (t.kind === 'json') {
        let text = (await readFile(t.path)).toString('utf8');
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        const starts = lineStarts(text);
        for (const c of list) {
          const at = locatePointer(text, fromPointer(c.pointer), 0);
          const pos = lineColumn(starts, at.valueOffset);
          c.line = pos.line;
          c.column = pos.column;
        }
        continue;
      }
      const wanted = new Map<number, StoredIssue[]>();
      for (const c of list) {
        let l = wanted.get(c.line);
        if (l === undefined) wanted.set(c.line, (l = []));
        l.push(c);
      }
      let line = 0;
      let remaining = wanted.size;
      const stream = createReadStream(t.path, { highWaterMark: 1 << 20 });
      try {
        for await (const item of readBlocks(stream, Infinity)) {
          if (item.kind !== 'block') {
            if (item.kind === 'oversize') line++;
            continue;
          }
          const buf = item.bytes;
          let start = 0;
          while (start < buf.length) {
            const nl = buf.indexOf(10, start);
            const stop = nl === -1 ? buf.length : nl;
            line++;
            const here = wanted.get(line);
            if (here !== undefined) {
              const text = buf.toString('utf8', start, stop);
              for (const c of here) c.column = locatePointer(text, fromPointer(c.pointer), 0).valueOffset + 1;
              remaining--;
            }
            start = stop + 1;
          }
          if (remaining === 0) break;
        }
      } finally {
        stream.destroy();
      }
    } catch {
      // The file is gone: the issues keep their lines without columns.
    }
  }
}
