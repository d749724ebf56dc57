import type { CheckEnv } from './check-record.js';
import { checkRecord } from './check-record.js';
import { arrayElementOffsets, findSyntaxError, lineColumn, lineStarts, locatePointer } from '../input/json-text.js';
import type { BlockResult } from './process-block.js';
import { blockResult, emptyOut } from './process-block.js';

/**
 * Checks a whole `.json` document: one record, or an array of records. Pointers are relative to
 * the document (`/3/name`); lines and columns come from the text.
 */
export function processDocument(text: string, env: CheckEnv): BlockResult {
  const out = emptyOut();
  const starts = lineStarts(text);
  const lines = starts.length;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const err = findSyntaxError(text);
    const at = lineColumn(starts, err?.offset ?? 0);
    out.records++;
    out.invalidRecords++;
    out.errors++;
    out.issues.push({
      code: 'invalid_json',
      pointer: '',
      message: env.say('invalid_json', { detail: err?.message ?? env.say('cannot_parse_file') }),
      line: at.line,
      column: at.column,
    });
    return blockResult(lines, out);
  }
  if (value === undefined) return blockResult(lines, out);
  const records = Array.isArray(value) ? (value as unknown[]) : [value];
  const offsets = Array.isArray(value) ? arrayElementOffsets(text) : [locatePointer(text, [], 0).valueOffset];
  for (let i = 0; i < records.length; i++) {
    const base = Array.isArray(value) ? [i] : [];
    const start = offsets[i] ?? 0;
    const recordLine = lineColumn(starts, start).line;
    checkRecord(
      records[i],
      {
        base,
        line: recordLine,
        text: undefined,
        locate: (segments, key) => {
          const at = locatePointer(text, segments, start);
          return lineColumn(starts, key && at.found && at.keyOffset !== undefined ? at.keyOffset : at.valueOffset);
        },
      },
      env,
      out,
    );
  }
  return blockResult(lines, out);
}
