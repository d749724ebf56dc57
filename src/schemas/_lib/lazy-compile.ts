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
type Parser = ((input: unknown) => unknown) & {
  definite?: boolean | undefined;
  /**
   * Where the parser is an assert-only validator built here: the same answer as a boolean (the
   * parser's output is not `INVALID`), in fewer calls. Kept on the validator in the schema's bag,
   * for callers on a hot path that only need the answer (the dataset validator).
   */
  accepts?: ((input: unknown) => boolean) | undefined;
};
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
 * Checks of an object or array of a record, taken out of the code zod generates: where they
 * apply (property names from the root, `null` for every element of an array) and their functions.
 */
interface CheckSite {
  path: readonly (string | null)[];
  checks: readonly CheckFn[];
}

type Def = z.core.$ZodTypeDef & {
  checks?: z.core.$ZodCheck[];
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
};

/** The check functions of a node, or `undefined` when one of them has none zod could run. */
function checkFunctions(checks: readonly z.core.$ZodCheck[]): CheckFn[] | undefined {
  const fns: CheckFn[] = [];
  for (const check of checks) {
    const fn = (check._zod as { check?: unknown }).check;
    if (typeof fn !== 'function' || (check._zod.def as { fn?: unknown }).fn !== undefined) return undefined;
    fns.push(fn as CheckFn);
  }
  return fns;
}

/**
 * A copy of `node` whose objects and arrays (reached through object properties, array elements
 * and `optional`) carry no checks, their checks being added to `sites` (inner nodes first, as
 * zod runs them). Other kinds of nodes are kept as they are, with their checks.
 */
function hoistChecks(node: z.core.$ZodType, path: readonly (string | null)[], sites: CheckSite[]): z.core.$ZodType {
  const def = node._zod.def as Def;
  const next: Def = { ...def };
  let changed = false;
  if (def.type === 'object' && def.shape !== undefined) {
    const shape: Record<string, z.core.$ZodType> = {};
    for (const [key, child] of Object.entries(def.shape)) {
      shape[key] = hoistChecks(child, [...path, key], sites);
      if (shape[key] !== child) changed = true;
    }
    next.shape = shape;
  } else if (def.type === 'array' && def.element !== undefined) {
    next.element = hoistChecks(def.element, [...path, null], sites);
    changed = next.element !== def.element;
  } else if (def.type === 'optional' && def.innerType !== undefined) {
    next.innerType = hoistChecks(def.innerType, path, sites);
    return next.innerType === def.innerType ? node : (z.core.clone(node as never, next as never) as z.core.$ZodType);
  } else {
    return node;
  }
  const checks = def.checks !== undefined && def.checks.length > 0 ? checkFunctions(def.checks) : undefined;
  if (checks !== undefined) {
    sites.push({ path, checks });
    next.checks = [];
    changed = true;
  }
  return changed ? (z.core.clone(node as never, next as never) as z.core.$ZodType) : node;
}

/** A node of the tree of check sites: a property (or every element, `null`) and what is below it. */
interface SiteNode {
  key: string | null;
  children: SiteNode[];
  /** Indices of the check functions that run on the value here. */
  checks: number[];
}

/**
 * One function that runs every check of `sites` on a record that the generated code accepted,
 * and answers whether none reported an issue: generated like zod's own code (each property read
 * once, with a constant name), since this runs for every record. Sites that share a path are
 * walked once; a node's checks run after those below it, as zod runs them.
 */
function generateSiteCheck(sites: readonly CheckSite[]): (input: unknown) => boolean {
  const fns: CheckFn[] = [];
  const root: SiteNode = { key: null, children: [], checks: [] };
  for (const site of sites) {
    let node = root;
    for (const key of site.path) {
      let child = node.children.find((c) => c.key === key);
      if (child === undefined) {
        child = { key, children: [], checks: [] };
        node.children.push(child);
      }
      node = child;
    }
    for (const fn of site.checks) node.checks.push(fns.push(fn) - 1);
  }
  let vars = 0;
  const lines: string[] = [];
  const emit = (node: SiteNode, value: string): void => {
    for (const child of node.children) {
      const v = `v${++vars}`;
      if (child.key === null) {
        const i = `i${vars}`;
        lines.push(`for (let ${i} = 0; ${i} < ${value}.length; ${i}++) { const ${v} = ${value}[${i}];`);
      } else {
        lines.push(`{ const ${v} = ${value}[${JSON.stringify(child.key)}];`);
      }
      lines.push(`if (${v} !== undefined) {`);
      emit(child, v);
      lines.push('} }');
    }
    for (const k of node.checks) {
      lines.push(`P.value = ${value};`);
      lines.push(`if (F[${k}](P) instanceof Promise) A();`);
      // The shared payload is left empty for the next record either way.
      lines.push(
        `if (P.issues.length !== 0 || P.value !== ${value}) { P.value = undefined; P.issues = []; return false; }`,
      );
    }
  };
  emit(root, 'input');
  const payload: CheckPayload = { value: undefined, issues: [], addIssue: pushIssue };
  const throwAsync = (): never => {
    payload.value = undefined;
    payload.issues = [];
    throw new z.core.$ZodAsyncError();
  };
  const body = `return function recordChecks(input) {\n${lines.join('\n')}\nP.value = undefined;\nreturn true;\n};`;
  const make = new Function('F', 'P', 'A', body) as (
    f: CheckFn[],
    p: CheckPayload,
    a: () => never,
  ) => (input: unknown) => boolean;
  return make(fns, payload, throwAsync);
}

/**
 * The assert-only validator of a record object: compiled without the checks of its objects and
 * arrays (see {@link compileValidator}), which run on the input once the generated code has
 * accepted it.
 */
function objectValidator(schema: z.core.$ZodType): Parser {
  const sites: CheckSite[] = [];
  const stripped = hoistChecks(schema, [], sites);
  const generated = z.core.compileFn(stripped, { assertOnly: true }) as Parser;
  if (sites.length === 0) {
    generated.accepts = (input) => generated(input) !== INVALID;
    return generated;
  }
  const checks = generateSiteCheck(sites);
  const validator: Parser = (input) => {
    const out = generated(input);
    return out === INVALID || !checks(input) ? INVALID : out;
  };
  // The checks are the schema's own code: a rejection is not proof that the runtime rejects.
  validator.definite = false;
  validator.accepts = (input) => generated(input) !== INVALID && checks(input);
  return validator;
}

/**
 * The assert-only validator of `source` (a copy already without `when` conditions).
 *
 * Zod's generated validator builds a copy of every node that carries checks, since a check reads
 * the parsed output (and so of every node above it); the record schemas carry cross-field checks
 * on the record objects and checks on many arrays and objects inside them, so it would rebuild
 * most of every record it accepts. Here the checks of the objects and arrays of a record object
 * (the root, or each option of a root discriminated union) are taken out of the copy that is
 * compiled, which then builds nothing, and run on the input itself, in zod's order, once the
 * generated code has accepted it. That is the same answer: the record schemas are strict and
 * have no transforms or defaults, so an accepted input equals the output the checks would have
 * read (a check that replaces the value sends the input to the runtime, which answers instead).
 * Anything else is compiled as it is.
 */
function compileValidator(source: z.core.$ZodType): Parser {
  const def = source._zod.def as z.core.$ZodTypeDef & { discriminator?: unknown; options?: z.core.$ZodType[] };
  if (def.type === 'object') return objectValidator(source);
  if (def.type !== 'union' || typeof def.discriminator !== 'string' || !Array.isArray(def.options))
    return z.core.compileFn(source, { assertOnly: true }) as Parser;
  // A discriminated union: zod's generated code builds the output of the option it takes (a
  // copy of the record), so each option is compiled on its own and picked here, as the runtime
  // picks it, from the value of the discriminator; a value no option takes is not accepted.
  const key = def.discriminator;
  const byValue = new Map<unknown, Parser>();
  // The same options as booleans (`Parser.accepts`), one call fewer per record.
  const acceptsByValue = new Map<unknown, (input: unknown) => boolean>();
  for (const option of def.options) {
    const values = option._zod.propValues?.[key];
    if (values === undefined || values.size === 0 || option._zod.def.type !== 'object')
      return z.core.compileFn(source, { assertOnly: true }) as Parser;
    const validator = objectValidator(option);
    const accepts = validator.accepts ?? ((input: unknown) => validator(input) !== INVALID);
    for (const value of values) {
      if (byValue.has(value)) return z.core.compileFn(source, { assertOnly: true }) as Parser;
      byValue.set(value, validator);
      acceptsByValue.set(value, accepts);
    }
  }
  const validator: Parser = (input) => {
    if (typeof input !== 'object' || input === null) return INVALID;
    const option = byValue.get((input as Record<string, unknown>)[key]);
    return option === undefined ? INVALID : option(input);
  };
  validator.definite = false;
  validator.accepts = (input) => {
    if (typeof input !== 'object' || input === null) return false;
    const accepts = acceptsByValue.get((input as Record<string, unknown>)[key]);
    return accepts !== undefined && accepts(input);
  };
  return validator;
}

/**
 * The parse parameters that make the runtime skip the nested fast paths: for a parse after the
 * generated parser of the outer schema already rejected the value.
 */
export function fallbackParams<C extends object>(params: C | undefined): C {
  return { ...params, [FALLBACK]: true } as C;
}
