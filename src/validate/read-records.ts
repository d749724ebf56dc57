import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { discover } from './_lib/input/discover.js';
import { arrayElementOffsets, lineColumn, lineStarts } from './_lib/input/json-text.js';
import { readBlocks } from './_lib/input/read-blocks.js';
import { runMessages } from './_lib/messages/messages.js';

/**
 * One record read from a data file, with where it was found (the same file, line and pointer
 * base that {@link validateFiles} reports issues with).
 *
 * @example
 * ```ts
 * const entry: RecordEntry = { file: 'data/a.jsonl', line: 3, pointer: '', value: { type: 'person' } };
 * entry.line; // 3
 * ```
 * @category Validation
 */
export interface RecordEntry {
  /** The path as given or found in a folder (`-` for stdin). */
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  /** JSON Pointer of the record in its file: `''` for a JSON Lines record or a one-record `.json` file, `/3` for the 4th element of a `.json` array. */
  pointer: string;
  /** The parsed JSON value (not validated: run {@link validateFiles} for that). */
  value: unknown;
}

/**
 * Options of {@link readRecords}.
 *
 * @example
 * ```ts
 * const options: ReadRecordsOptions = {};
 * options.stdin; // undefined
 * ```
 * @category Validation
 */
export interface ReadRecordsOptions {
  /** The stream read for `-` (default `process.stdin`). */
  stdin?: AsyncIterable<Buffer | string>;
}

/**
 * Reads the records of the same inputs as {@link validateFiles} — files, folders (walked in
 * name order for `.json`, `.jsonl` and `.ndjson`), `-` for stdin — one at a time, in flat
 * memory for JSON Lines. Lines that are blank or not JSON are passed over (validation reports
 * them); a byte order mark is ignored. Unreadable paths are passed over too.
 *
 * @param paths - Files, folders, or `-`.
 * @param options - See {@link ReadRecordsOptions}.
 * @returns An async generator of {@link RecordEntry}.
 * @example
 * ```ts
 * const values = [];
 * for await (const entry of readRecords(['examples/data'])) values.push(entry.value);
 * values.length > 0; // true
 * ```
 * @category Validation
 */
export async function* readRecords(
  paths: readonly string[],
  options: ReadRecordsOptions = {},
): AsyncGenerator<RecordEntry, void, undefined> {
  const { targets } = await discover(paths, runMessages());
  for (const target of targets) {
    if (target.kind === 'json') {
      let text: string;
      try {
        text = (await readFile(target.path)).toString('utf8');
      } catch {
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue;
      }
      if (value === undefined) continue;
      const starts = lineStarts(text);
      if (Array.isArray(value)) {
        const offsets = arrayElementOffsets(text);
        for (let i = 0; i < value.length; i++)
          yield {
            file: target.path,
            line: lineColumn(starts, offsets[i] ?? 0).line,
            pointer: `/${i}`,
            value: value[i] as unknown,
          };
      } else {
        yield { file: target.path, line: 1, pointer: '', value };
      }
      continue;
    }
    const stream: AsyncIterable<Buffer | string> =
      target.kind === 'stdin'
        ? (options.stdin ?? process.stdin)
        : createReadStream(target.path, { highWaterMark: 256 * 1024 });
    let line = 0;
    try {
      for await (const item of readBlocks(stream, Infinity)) {
        if (item.kind !== 'block') continue;
        const buf = item.bytes;
        let start = 0;
        while (start < buf.length) {
          const nl = buf.indexOf(10, start);
          const stop = nl === -1 ? buf.length : nl;
          line++;
          const text = buf.toString('utf8', start, stop);
          start = stop + 1;
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch {
            continue;
          }
          yield { file: target.path, line, pointer: '', value };
        }
      }
    } catch {
      // unreadable: reported by validation
    } finally {
      if (target.kind !== 'stdin') (stream as Readable).destroy();
    }
  }
}
