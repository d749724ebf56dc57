import { Buffer, isUtf8 } from 'node:buffer';
import type { BlockOut, CheckEnv, RecordSite } from './check-record.js';
import { checkRecord } from './check-record.js';
import { emptyFacts } from '../facts/facts.js';
import type { Facts, FactsView } from '../facts/facts.js';
import { findSyntaxError, locatePointer } from '../input/json-text.js';
import type { RawIssue } from './raw-issue.js';
import { firstInvalidUtf8 } from '../input/utf8.js';

/** Outcome of one block of JSON Lines; lines are relative to the block. */
export interface BlockResult {
  /** Lines consumed (each ends with LF, except possibly the last block's last line). */
  lines: number;
  records: number;
  invalidRecords: number;
  errors: number;
  issues: RawIssue[];
  facts: FactsView;
}

/** Outcome of a block checked on this thread: its facts are plain lists. */
export interface CheckedBlock extends BlockResult {
  facts: Facts;
}

/** A new, empty block outcome. */
export function emptyOut(): BlockOut {
  return { issues: [], facts: emptyFacts(), records: 0, invalidRecords: 0, errors: 0 };
}

/** The outcome of a block (or a document) of `lines` lines, from what its checks gathered. */
export function blockResult(lines: number, out: BlockOut): CheckedBlock {
  return {
    lines,
    records: out.records,
    invalidRecords: out.invalidRecords,
    errors: out.errors,
    issues: out.issues,
    facts: out.facts,
  };
}

/** Whether a string holds only JSON whitespace. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

/**
 * Checks every line of a block of JSON Lines. CR before LF is dropped; blank lines are skipped;
 * invalid UTF-8 is reported and the line checked with U+FFFD in place of the bad bytes; a line
 * that is not JSON is reported with the column of its first bad character.
 */
export function processBlock(bytes: Uint8Array, env: CheckEnv): CheckedBlock {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = emptyOut();
  const validUtf8 = isUtf8(buf);
  // One site per block, updated per line (fewer allocations on the hot path).
  const site: RecordSite = {
    base: [],
    line: 0,
    text: '',
    locate: (segments, key) => {
      const text = site.text ?? '';
      const at = locatePointer(text, segments, 0);
      return {
        line: site.line,
        column: (key && at.found && at.keyOffset !== undefined ? at.keyOffset : at.valueOffset) + 1,
      };
    },
  };
  let start = 0;
  let line = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(10, start);
    const stop = nl === -1 ? buf.length : nl;
    line++;
    let end = stop;
    if (end > start && buf[end - 1] === 13) end--;
    if (end - start > env.maxRecordBytes) {
      out.records++;
      out.invalidRecords++;
      out.errors++;
      out.issues.push({
        code: 'record_too_large',
        pointer: '',
        message: env.say('record_too_large', { bytes: end - start, max: env.maxRecordBytes }),
        line,
        column: 1,
      });
    } else if (end > start) checkLine(buf, start, end, line, validUtf8, env, out, site);
    start = stop + 1;
  }
  return blockResult(line, out);
}

function checkLine(
  buf: Buffer,
  start: number,
  end: number,
  line: number,
  validUtf8: boolean,
  env: CheckEnv,
  out: BlockOut,
  site: RecordSite,
): void {
  const text = buf.toString('utf8', start, end);
  let badUtf8 = false;
  if (!validUtf8 && !isUtf8(buf.subarray(start, end))) {
    badUtf8 = true;
    const at = firstInvalidUtf8(buf, start, end);
    const column = buf.toString('utf8', start, at < 0 ? start : at).length + 1;
    out.issues.push({
      code: 'invalid_utf8',
      pointer: '',
      message: env.say('invalid_utf8', { byte: (buf[at] ?? 0).toString(16).toUpperCase().padStart(2, '0') }),
      line,
      column,
    });
    out.errors++;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (isBlank(text)) return;
    const err = findSyntaxError(text);
    out.records++;
    out.invalidRecords++;
    out.errors++;
    out.issues.push({
      code: 'invalid_json',
      pointer: '',
      message: env.say('invalid_json', { detail: err?.message ?? env.say('cannot_parse_line') }),
      line,
      column: (err?.offset ?? 0) + 1,
    });
    return;
  }
  const invalidBefore = out.invalidRecords;
  site.line = line;
  site.text = text;
  checkRecord(value, site, env, out);
  if (badUtf8 && out.invalidRecords === invalidBefore) out.invalidRecords++;
}
