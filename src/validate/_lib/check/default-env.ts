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
  const env: CheckEnv = {
    // Fast path: the compiled assert-only validator builds no output. tansiq's schemas have no
    // transforms or defaults, so a valid input is its own output. Only invalid records pay for a
    // full parse, which collects every issue. The first call has `validate` generate the
    // validator; later calls go to it directly (see `directValidator`).
    accepts: (value) => {
      const accepted = schema.validate(value);
      env.accepts = directValidator(schema) ?? ((next) => schema.validate(next));
      return accepted;
    },
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
  return env;
}

/** What zod's generated code returns for a value it does not accept (`z.INVALID`). */
const INVALID: unknown = Symbol.for('zod.compile.invalid');

/**
 * The schema's generated assert-only validator, called without `schema.validate` around it,
 * once `validate` has generated it (zod keeps it as `_zod.bag.validator`); `undefined` while
 * there is none (code generation not allowed: `validate` then runs the runtime parser). Where
 * the validator offers its answer as a boolean (`accepts`, on tansiq's record validators), that
 * is called instead: the same answer with fewer calls in between.
 *
 * `validate` answers `false` without more work for a value the validator rejects when the
 * rejection is definite, and otherwise asks the runtime parser; here a rejected value always
 * goes to `parse`, which runs the runtime parser and reports its issues, or accepts it: the same
 * outcome for every record, with one wrapper and one runtime pass fewer.
 */
function directValidator(schema: {
  _zod: { bag: Record<string, unknown> };
}): ((value: unknown) => boolean) | undefined {
  const validator = schema._zod.bag['validator'];
  if (typeof validator !== 'function') return undefined;
  const accepts = (validator as { accepts?: unknown }).accepts;
  if (typeof accepts === 'function') return accepts as (value: unknown) => boolean;
  const generated = validator as (value: unknown) => unknown;
  return (value) => generated(value) !== INVALID;
}
