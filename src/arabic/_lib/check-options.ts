// Run-time checks of the options objects that JavaScript callers (whom the types do not protect)
// pass to the functions of `tansiq/arabic`. A bad option is a programming error, so it throws a
// TypeError that names the function, the option and what is allowed — never a silent default.

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' || typeof value === 'function') return `a ${typeof value}`;
  return typeof value === 'symbol' ? 'a symbol' : String(value);
}

/**
 * Checks that `options` is `undefined` or a plain object whose keys are all in `known`, and returns
 * it as a record (or an empty one) for the per-option checks.
 */
export function checkOptionsObject(
  fn: string,
  options: unknown,
  known: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const allowed = known.length === 0 ? 'it takes no options' : `allowed: ${known.map((k) => `'${k}'`).join(', ')}`;
      throw new TypeError(`${fn}: unknown option '${key}' (${allowed})`);
    }
  }
  return options as Readonly<Record<string, unknown>>;
}

/** Checks that an option is `undefined` or one of `allowed`; returns it typed. */
export function checkOneOf<T extends string>(
  fn: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new TypeError(
    `${fn}: options.${option} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`,
  );
}

/** Checks that an option is `undefined` or a boolean; returns it. */
export function checkBoolean(fn: string, option: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new TypeError(`${fn}: options.${option} must be true or false, got ${describeValue(value)}`);
}
