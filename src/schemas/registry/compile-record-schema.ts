import * as z from 'zod';
import { guardParse } from '../_lib/guard-parse.js';
import { withoutWhen } from '../_lib/without-when.js';
import { RecordSchema } from '../records/record.js';

/**
 * An ahead-of-time compiled copy of {@link RecordSchema} (`z.compile`, zod ≥ 4.6): same
 * results and the same issues, faster on large datasets. Compilation uses `new Function`; where
 * that is forbidden (strict CSP) or `z.config({ jitless: true })` is set, Zod returns the schema
 * running on its normal parser, so the call is always safe. Call it once and reuse the result;
 * the library never compiles at import time.
 *
 * @returns a schema with the same type and behaviour as {@link RecordSchema}
 * @example
 * ```ts
 * const Fast = compileRecordSchema();
 * Fast.safeParse({ type: 'event' }).success; // false, same issues as RecordSchema
 * ```
 * @category Records
 */
export function compileRecordSchema(): typeof RecordSchema {
  // The cross-field checks' `when` conditions only matter for values that already have an issue,
  // which the compiled fast path never accepts: compile it from a copy without them, and let the
  // original schema parse (and report on) everything the fast path hands back.
  try {
    return guardParse(z.withParser(RecordSchema, z.core.compileFn(withoutWhen(RecordSchema))));
  } catch {
    return RecordSchema;
  }
}
