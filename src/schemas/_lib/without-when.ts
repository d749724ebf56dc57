import * as z from 'zod';

// `z.compile` refuses checks with a custom `when` (the schemas' cross-field checks use one so that
// a record reports every problem in one parse). Those conditions only matter once a value already
// has an issue, and the compiled fast path only ever accepts fully valid values, handing anything
// else to the runtime parser. So the fast path can be compiled from a copy of the schema whose
// checks have no `when`, and installed on the original schema with `z.withParser`: valid records
// take the compiled path, invalid ones are parsed by the original and get every issue.

type AnySchema = z.core.$ZodType;
type AnyCheck = z.core.$ZodCheck;

function isSchema(value: unknown): value is AnySchema {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_zod' in value &&
    'def' in (value as AnySchema)._zod &&
    'run' in (value as AnySchema)._zod
  );
}

function isCheck(value: unknown): value is AnyCheck {
  return typeof value === 'object' && value !== null && '_zod' in value && 'check' in (value as AnyCheck)._zod;
}

/**
 * The same check without its `when`. Checks built from a function (`superRefine`) keep that
 * function on their internals rather than in their definition, so the copy shares the internals
 * and replaces only the definition.
 */
function checkWithoutWhen(check: AnyCheck): AnyCheck {
  const copy = Object.create(Object.getPrototypeOf(check) as object) as AnyCheck;
  const { when: _when, ...def } = check._zod.def;
  Object.assign(copy, check, { _zod: { ...check._zod, def } });
  return copy;
}

/** A copy of `schema` (deeply) whose checks carry no custom `when`; shared subtrees stay shared. */
export function withoutWhen<T extends AnySchema>(schema: T): T {
  const seen = new Map<AnySchema, AnySchema>();

  const mapValue = (value: unknown): unknown => {
    if (isSchema(value)) return copy(value);
    if (Array.isArray(value)) return value.map((item) => (isSchema(item) ? copy(item) : item));
    return value;
  };

  const copy = (node: AnySchema): AnySchema => {
    const done = seen.get(node);
    if (done) return done;
    const def = node._zod.def as unknown as Record<string, unknown>;
    const next: Record<string, unknown> = {};
    let changed = false;
    for (const key of Object.keys(def)) {
      const value = def[key];
      let mapped: unknown;
      if (key === 'checks' && Array.isArray(value)) {
        mapped = value.map((check: unknown) =>
          isCheck(check) && check._zod.def.when !== undefined ? checkWithoutWhen(check) : check,
        );
      } else if (key === 'shape' && typeof value === 'object' && value !== null) {
        mapped = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapValue(v)]));
      } else {
        mapped = mapValue(value);
      }
      if (
        mapped !== value &&
        !(Array.isArray(mapped) && Array.isArray(value) && mapped.every((m, i) => m === value[i]))
      )
        changed = true;
      if (key === 'shape' && typeof value === 'object' && value !== null) {
        const entries = Object.entries(value as Record<string, unknown>);
        if (entries.some(([k, v]) => (mapped as Record<string, unknown>)[k] !== v)) changed = true;
      }
      next[key] = mapped;
    }
    const result = changed ? (z.core.clone(node as never, next as never) as AnySchema) : node;
    seen.set(node, result);
    return result;
  };

  return copy(schema) as T;
}
