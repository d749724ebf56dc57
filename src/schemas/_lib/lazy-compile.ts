import * as z from 'zod';
import { withoutWhen } from './without-when.js';

// The record schemas compile themselves once they are used. `z.compile` generates a parser with
// `new Function` that accepts valid values several times faster than Zod's runtime parser, and
// hands everything else back to the runtime, which reports every issue. Nothing is generated at
// import. A schema parses its first COMPILE_AFTER_USES values on the runtime parser (a script that
// checks a handful of records never pays for code generation), then compiles, and from there on
// every parse tries the generated parser first: through `safeParse`, `parse` and `validate`, and
// through `z.array(schema)`, `schema.optional()` or any object that holds the schema, since the
// fast path is installed on the schema's own `_zod.run`.
//
// Where code generation is not allowed (`z.config({ jitless: true })`, a strict Content
// Security Policy, Cloudflare Workers, `node --disallow-code-generation-from-strings`: zod's own
// `allowsEval` probe), or when a parse passes `{ jitless: true }`, the schema keeps running on
// the runtime parser, silently. Issues always come from the runtime parser, so they are the same
// either way.

/**
 * Parses a schema runs on the runtime parser before it compiles. Compiling `RecordSchema` costs
 * about as much as a thousand runtime parses of a typical record, so a program never spends more
 * than about twice the best possible time on the choice (the ski-rental bound), and one that
 * parses a few records never compiles.
 */
export const COMPILE_AFTER_USES = 1000;

/** What the generated parser returns for a value it does not accept (zod's `INVALID`). */
export const INVALID: unknown = z.INVALID;

/**
 * Zod's marker, on a parse context, of a parse that has fallen back to the runtime: nested
 * compiled schemas skip their fast path for the rest of it (the outer generated parser already
 * tried and failed), so an invalid value is never run through generated code twice.
 */
const FALLBACK: unique symbol = Symbol.for('zod.compile.fallback') as never;

type Run = (
  payload: z.core.ParsePayload,
  ctx: z.core.ParseContextInternal,
) => z.core.ParsePayload | Promise<z.core.ParsePayload>;
type Parser = ((input: unknown) => unknown) & { definite?: boolean | undefined };
type Context = z.core.ParseContextInternal & { [FALLBACK]?: boolean; jitless?: boolean };

/** The generated fast path of one schema, compiled once the schema has been used enough. */
export interface LazyCompiler {
  /** Counts one use; the generated parser once compiled (compiling it on the use that reaches the threshold), else `undefined`. */
  use(): Parser | undefined;
  /** Compiles now (if code generation is allowed and it has not happened yet); the generated parser, or `undefined`. */
  compile(): Parser | undefined;
  /** Whether the parser has been generated. */
  readonly compiled: boolean;
}

/** Where the compiler of a schema is kept on the schema (not enumerable). */
const COMPILER: unique symbol = Symbol('tansiq.compiler') as never;

/** The compiler installed on `schema` by {@link installLazyCompile}, if any. */
export function lazyCompiler(schema: z.core.$ZodType): LazyCompiler | undefined {
  return (schema as { [COMPILER]?: LazyCompiler })[COMPILER];
}

/**
 * Whether zod may generate code here and now: `jitless` not set, `new Function` allowed (zod's
 * own probe), and a zod that has the compiler (≥ 4.6; older zod within the peer range keeps the
 * runtime parser).
 */
export function codeGenerationAllowed(): boolean {
  const allowsEval = (z.util as { allowsEval?: { value: boolean } }).allowsEval;
  return z.config().jitless !== true && typeof z.core.compileFn === 'function' && allowsEval?.value === true;
}

/** Whether a parse with this context may take the generated fast path. */
function fastPathAllowed(ctx: Context | undefined): boolean {
  return (
    ctx === undefined ||
    !(
      ctx.async === true ||
      ctx.direction === 'backward' ||
      ctx.skipChecks === true ||
      ctx.jitless === true ||
      ctx[FALLBACK] === true
    )
  );
}

/**
 * Installs on `schema` (in place) a fast path that is generated once the schema has been used
 * {@link COMPILE_AFTER_USES} times, and returns its compiler (for `guardParse`, whose `safeParse`
 * calls the generated parser directly). The schema's checks are compiled without their `when`
 * conditions (see `withoutWhen`): those only matter once a value has an issue, and such values
 * are handed back to the runtime parser, which runs the checks with their conditions.
 */
export function installLazyCompile(schema: z.core.$ZodType): LazyCompiler {
  const internals = schema._zod as unknown as { run: Run & { __originalRun?: Run }; bag: Record<string, unknown> };
  const live = internals.run;
  // Under zod's global `zod/compile` mode the schema's run is already a shim: start from the
  // runtime beneath it.
  const runtime: Run = live.__originalRun ?? live;
  let uses = 0;
  let state: Parser | null | undefined; // undefined: not tried yet; null: not available

  // A copy to compile, never the schema itself: a part the generator cannot model is run
  // through its `_zod.run`, which must be the runtime, not this fast path.
  const source = (): z.core.$ZodType => {
    const copy = withoutWhen(schema) as z.core.$ZodType;
    return copy === schema ? (z.core.clone(schema as never, schema._zod.def as never) as z.core.$ZodType) : copy;
  };

  const compiler: LazyCompiler = {
    compile() {
      if (state === undefined) {
        state = null;
        if (codeGenerationAllowed()) {
          try {
            state = z.core.compileFn(source()) as Parser;
          } catch {
            state = null;
          }
        }
      }
      return state ?? undefined;
    },
    use() {
      if (state !== undefined) return state ?? undefined;
      return ++uses >= COMPILE_AFTER_USES ? compiler.compile() : undefined;
    },
    get compiled() {
      return typeof state === 'function';
    },
  };

  const run = ((payload, ctx: Context | undefined) => {
    if (!fastPathAllowed(ctx)) return runtime(payload, ctx as z.core.ParseContextInternal);
    const parser = compiler.use();
    if (parser === undefined) return runtime(payload, ctx as z.core.ParseContextInternal);
    const out = parser(payload.value);
    if (out !== INVALID) {
      payload.value = out;
      return payload;
    }
    // Invalid: the runtime reports every issue. Nested compiled schemas skip their fast path
    // during this parse only (the flag is restored: a later valid element of an array of
    // records still takes the fast path).
    const context = (ctx ?? {}) as Context;
    const before = context[FALLBACK];
    context[FALLBACK] = true;
    try {
      return runtime(payload, context);
    } finally {
      if (before === undefined) delete context[FALLBACK];
      else context[FALLBACK] = before;
    }
  }) as Run & { __originalRun?: Run };
  // Lets `z.compile` / `z.withParser` of this schema (and zod's global mode) unwrap to the runtime.
  run.__originalRun = runtime;

  // `schema.validate()` reads these: an assert-only validator (it builds no output), generated
  // on the first `validate` call after the parser, and the runtime to fall back on.
  const lazyValidator: Parser = (input) => {
    if (compiler.use() === undefined) {
      if (state === null) delete internals.bag['validator'];
      return INVALID; // no fast answer yet: `validate` asks the runtime
    }
    let validator: Parser;
    try {
      validator = compileValidator(source());
    } catch {
      delete internals.bag['validator'];
      return INVALID;
    }
    internals.bag['validator'] = validator;
    return validator(input);
  };
  internals.bag['validator'] = lazyValidator;
  internals.bag['fallbackRun'] = runtime;
  internals.run = run;
  Object.defineProperty(schema, COMPILER, { value: compiler });
  return compiler;
}

/** A check function as zod runs it: it reads `payload.value` and pushes issues onto `payload.issues`. */
type CheckFn = (payload: CheckPayload) => unknown;

interface CheckPayload {
  value: unknown;
  issues: unknown[];
  addIssue: (this: CheckPayload, issue: unknown) => void;
}

/** `addIssue` of the payloads the hoisted checks receive (as zod's generated code gives them). */
function pushIssue(this: CheckPayload, issue: unknown): void {
  this.issues.push(issue);
}

/**
 * The schema without its custom checks, and their functions, when it is an object whose checks
 * are all custom check functions (the record schemas' cross-field checks); otherwise `undefined`.
 */
function splitChecks(schema: z.core.$ZodType): { schema: z.core.$ZodType; checks: CheckFn[] } | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & { checks?: z.core.$ZodCheck[] };
  if (def.type !== 'object' || def.checks === undefined || def.checks.length === 0) return undefined;
  const checks: CheckFn[] = [];
  for (const check of def.checks) {
    const fn = (check._zod as { check?: unknown }).check;
    const checkDef = check._zod.def as { check: string; fn?: unknown };
    if (checkDef.check !== 'custom' || checkDef.fn !== undefined || typeof fn !== 'function') return undefined;
    checks.push(fn as CheckFn);
  }
  const { checks: _checks, ...rest } = def;
  return { schema: z.core.clone(schema as never, { ...rest, checks: [] } as never) as z.core.$ZodType, checks };
}

/**
 * The assert-only validator of `source` (a copy already without `when` conditions).
 *
 * Zod's generated validator builds a copy of every node that carries checks, since a check reads
 * the parsed output; the record schemas' cross-field checks sit on the record objects, so it
 * would rebuild every record it accepts, object by object. Here the checks of the record objects
 * (the root object, or each option of a root discriminated union) are taken out of the copy that
 * is compiled, which then builds nothing, and run on the input itself once the generated code
 * has accepted it, in their order. That is the same answer: the record schemas are strict and
 * have no transforms or defaults, so an accepted input is equal to the output the checks would
 * have read (a check that replaces the value sends it to the runtime, which answers instead).
 * Anything else is compiled as it is.
 */
function compileValidator(source: z.core.$ZodType): Parser {
  const def = source._zod.def as z.core.$ZodTypeDef & { discriminator?: unknown; options?: z.core.$ZodType[] };
  if (def.type === 'object') {
    const split = splitChecks(source);
    return split === undefined
      ? (z.core.compileFn(source, { assertOnly: true }) as Parser)
      : withChecks(z.core.compileFn(split.schema, { assertOnly: true }) as Parser, split.checks);
  }
  if (def.type !== 'union' || typeof def.discriminator !== 'string' || !Array.isArray(def.options))
    return z.core.compileFn(source, { assertOnly: true }) as Parser;
  // A discriminated union: zod's generated code builds the output of the option it takes (a
  // copy of the record), so each option is compiled on its own and picked here, as the runtime
  // picks it, from the value of the discriminator; a value no option takes is not accepted.
  const key = def.discriminator;
  const byValue = new Map<unknown, Parser>();
  for (const option of def.options) {
    const values = option._zod.propValues?.[key];
    if (values === undefined || values.size === 0) return z.core.compileFn(source, { assertOnly: true }) as Parser;
    const validator = compileValidator(option);
    for (const value of values) {
      if (byValue.has(value)) return z.core.compileFn(source, { assertOnly: true }) as Parser;
      byValue.set(value, validator);
    }
  }
  const validator: Parser = (input) => {
    if (typeof input !== 'object' || input === null) return INVALID;
    const option = byValue.get((input as Record<string, unknown>)[key]);
    return option === undefined ? INVALID : option(input);
  };
  validator.definite = false;
  return validator;
}

/**
 * `generated` (the validator of an object compiled without its custom checks) followed by
 * those checks, run on the input itself once the generated code has accepted it, in their order.
 */
function withChecks(generated: Parser, checks: readonly CheckFn[]): Parser {
  const payload: CheckPayload = { value: undefined, issues: [], addIssue: pushIssue };
  const validator: Parser = (input) => {
    const out = generated(input);
    if (out === INVALID) return INVALID;
    for (let i = 0; i < checks.length; i++) {
      payload.value = input;
      if (payload.issues.length > 0) payload.issues = [];
      const result = (checks[i] as CheckFn)(payload);
      if (result instanceof Promise) throw new z.core.$ZodAsyncError();
      if (payload.issues.length > 0 || payload.value !== input) {
        payload.issues = [];
        payload.value = undefined;
        return INVALID;
      }
    }
    payload.value = undefined;
    return out;
  };
  // The checks are the schema's own code: a rejection is not proof that the runtime rejects.
  validator.definite = false;
  return validator;
}

/**
 * The parse parameters that make the runtime skip the nested fast paths: for a parse after the
 * generated parser of the outer schema already rejected the value.
 */
export function fallbackParams<C extends object>(params: C | undefined): C {
  return { ...params, [FALLBACK]: true } as C;
}
