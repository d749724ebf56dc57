import { lazyCompiler } from '../_lib/lazy-compile.js';
import { RecordSchema } from '../records/record.js';

/**
 * Compiles {@link RecordSchema} now, and returns it. `RecordSchema` compiles itself (zod's
 * generated parser, `z.compile`) once it has parsed a thousand values, which is when compiling
 * starts to pay; call this to get the fast path from the first record, or to move the
 * compilation (tens of milliseconds) to a moment of your choice, such as server start-up. Where code generation is not allowed (strict CSP,
 * Cloudflare Workers, `z.config({ jitless: true })`) it does nothing and the schema keeps
 * Zod's normal parser. Results and issues are the same either way.
 *
 * @returns {@link RecordSchema} itself (kept for code written when this returned a compiled copy)
 * @example
 * ```ts
 * const Records = compileRecordSchema();
 * Records === RecordSchema; // true
 * Records.safeParse({ type: 'event' }).error?.issues[0]?.path; // ['type']
 * ```
 * @category Records
 */
export function compileRecordSchema(): typeof RecordSchema {
  lazyCompiler(RecordSchema)?.compile();
  return RecordSchema;
}
