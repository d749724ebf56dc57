import { inspectName } from '../../../arabic/index.js';
import { compileRecordSchema } from '../../../schemas/index.js';
import type { CheckEnv, SchemaIssue } from './check-record.js';
import { createReferenceTable } from '../facts/reference-collector.js';
import { runMessages } from '../messages/messages.js';

/**
 * The checking environment: tansiq's compiled `RecordSchema` (same issues as the plain
 * schema, faster), `inspectName` for names and the schemas' reference table for references. Built per
 * run (compiling costs a few milliseconds), never at import time.
 */
export function defaultEnv(maxDepth: number, maxRecordBytes: number): CheckEnv {
  const schema = compileRecordSchema();
  return {
    // Fast path: the compiled assert-only validator builds no output. tansiq's schemas have no
    // transforms or defaults, so a valid input is its own output. Only invalid records pay for a
    // full parse, which collects every issue.
    accepts: (value) => schema.validate(value),
    parse: (value) => {
      const r = schema.safeParse(value);
      return r.success
        ? { success: true, data: r.data }
        : { success: false, issues: r.error.issues as readonly SchemaIssue[] };
    },
    inspectName,
    references: createReferenceTable(),
    maxDepth,
    maxRecordBytes,
    // Chosen once per run (per worker), from zod's configured locale.
    say: runMessages(),
  };
}
