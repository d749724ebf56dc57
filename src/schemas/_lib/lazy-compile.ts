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
      validator = z.core.compileFn(source(), { assertOnly: true }) as Parser;
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

/**
 * The parse parameters that make the runtime skip the nested fast paths: for a parse after the
 * generated parser of the outer schema already rejected the value.
 */
export function fallbackParams<C extends object>(params: C | undefined): C {
  return { ...params, [FALLBACK]: true } as C;
}
