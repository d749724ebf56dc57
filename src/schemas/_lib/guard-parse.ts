import * as z from 'zod';
import type { LazyCompiler } from './lazy-compile.js';
import { fallbackParams, installLazyCompile, INVALID } from './lazy-compile.js';

// `safeParse` must never throw. The schemas' own checks never coerce a raw value (see
// `isOrderedIfValid`), but Zod itself reads every property of the input, so a getter or a Proxy
// trap that throws escapes from it. The guard below costs nothing on the normal path (one
// try/catch around the parse); when the parse throws, the input is copied into plain values
// with each read guarded, and every value that could not be read becomes an `invalid_type`
// issue at its own path.

/** Stands in for a value whose read threw, in the guarded copy of an input. */
class Unreadable {
  constructor(readonly reason: string) {}
}

/** Deepest nesting copied; deeper values are left out (the parse reports them as missing). */
const MAX_COPY_DEPTH = 512;

/** The message of anything thrown, without ever throwing itself. */
function reasonOf(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') return error.message;
    if (typeof error === 'string') return error;
  } catch {
    // a hostile error object: fall through
  }
  return 'unknown error';
}

/** Reads `key` of `value`, turning a throw into an {@link Unreadable}. */
function read(value: object, key: PropertyKey): unknown {
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch (error) {
    return new Unreadable(reasonOf(error));
  }
}

/**
 * A copy of `input` made of plain arrays and plain objects (own enumerable string keys), with an
 * {@link Unreadable} wherever a read threw. Iterative (no recursion): any depth is safe.
 */
function guardedCopy(input: unknown, unreadable: { path: PropertyKey[]; reason: string }[]): unknown {
  const root: { value: unknown } = { value: input };
  const stack: { from: object; to: Record<PropertyKey, unknown>; path: PropertyKey[] }[] = [];
  const copyOf = (value: unknown, path: PropertyKey[]): unknown => {
    if (value instanceof Unreadable) {
      unreadable.push({ path, reason: value.reason });
      return value;
    }
    if (typeof value !== 'object' || value === null || path.length > MAX_COPY_DEPTH) return value;
    let isArray: boolean;
    try {
      isArray = Array.isArray(value); // throws for a revoked Proxy
    } catch (error) {
      unreadable.push({ path, reason: reasonOf(error) });
      return new Unreadable(reasonOf(error));
    }
    const to: Record<PropertyKey, unknown> = isArray ? ([] as unknown as Record<PropertyKey, unknown>) : {};
    stack.push({ from: value, to, path });
    return to;
  };
  root.value = copyOf(input, []);
  while (stack.length > 0) {
    const { from, to, path } = stack.pop() as (typeof stack)[number];
    let keys: string[];
    try {
      keys = Array.isArray(from)
        ? Array.from({ length: (from as unknown[]).length }, (_, i) => String(i))
        : Object.keys(from);
    } catch (error) {
      unreadable.push({ path, reason: reasonOf(error) });
      continue;
    }
    for (const key of keys) {
      const childPath = [...path, Array.isArray(to) ? Number(key) : key];
      to[key] = copyOf(read(from, key), childPath);
    }
  }
  return root.value;
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

type SafeParse = (data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => z.ZodSafeParseResult<unknown>;

/** Parses `data` after a throw: on the guarded copy, with the unreadable values as issues. */
function fallback(
  safeParse: SafeParse,
  data: unknown,
  params: z.core.ParseContext<z.core.$ZodIssue> | undefined,
  first: unknown,
): z.ZodSafeParseResult<unknown> {
  const unreadable: { path: PropertyKey[]; reason: string }[] = [];
  let issues: z.core.$ZodIssue[];
  try {
    const copy = guardedCopy(data, unreadable);
    const result = safeParse(copy, params);
    issues = result.success
      ? []
      : [...result.error.issues].filter((i) => !unreadable.some((u) => samePath(u.path, i.path)));
  } catch (error) {
    // Still throwing on plain data: report it on the whole value rather than throw.
    issues = [
      { code: 'custom', path: [], message: `the value could not be checked (${reasonOf(error)})`, input: undefined },
    ];
  }
  for (const u of unreadable) {
    issues.push({
      code: 'invalid_type',
      expected: 'unknown' as never,
      path: u.path,
      message: `the value could not be read (${u.reason})`,
      input: undefined,
    });
  }
  if (issues.length === 0)
    issues.push({
      code: 'custom',
      path: [],
      message: `the value could not be checked (${reasonOf(first)})`,
      input: undefined,
    });
  return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<unknown>;
}

/**
 * Makes `schema.safeParse` total (it never throws, whatever the input: throwing getters,
 * Proxies, revoked Proxies) and `schema.parse` throw only `ZodError`. With a `compiler` (see
 * {@link fastByDefault}), both try its generated parser first, with nothing in between.
 * Returns the same schema.
 */
export function guardParse<S extends z.ZodType>(schema: S, compiler?: LazyCompiler): S {
  const safeParse = schema.safeParse.bind(schema) as SafeParse;
  const guardedSafeParse: SafeParse = (data, params) => {
    try {
      if (compiler !== undefined && params?.jitless !== true) {
        const parser = compiler.use();
        if (parser !== undefined) {
          const out = parser(data);
          if (out !== INVALID) return { success: true, data: out } as z.ZodSafeParseResult<unknown>;
        }
        // The runtime parses (this use is counted once, and nested fast paths are skipped).
        params = fallbackParams(params);
      }
      const result = safeParse(data, params);
      // Zod builds the error on first read, and formatting a message inspects the input (a
      // revoked Proxy throws there): build it inside the guard.
      if (!result.success) void result.error.issues;
      return result;
    } catch (error) {
      return fallback(safeParse, data, params, error);
    }
  };
  const parse = schema.parse.bind(schema) as (data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => unknown;
  const guardedParse = (data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>): unknown => {
    try {
      if (compiler !== undefined && params?.jitless !== true) {
        const parser = compiler.use();
        if (parser !== undefined) {
          const out = parser(data);
          if (out !== INVALID) return out;
        }
        // The runtime parses (this use is counted once, and nested fast paths are skipped).
        params = fallbackParams(params);
      }
      return parse(data, params);
    } catch (error) {
      if (error instanceof z.ZodError) throw error;
      const result = fallback(safeParse, data, params, error);
      if (result.success) return result.data;
      throw result.error;
    }
  };
  Object.assign(schema, { safeParse: guardedSafeParse, parse: guardedParse });
  return schema;
}

/**
 * A record schema as users get it: compiled once used where code generation is allowed (see
 * `installLazyCompile`), with a total `safeParse`. Returns the same schema.
 */
export function fastByDefault<S extends z.ZodType>(schema: S): S {
  return guardParse(schema, installLazyCompile(schema));
}
