/** A path into a JSON value: object keys and array indexes. */
export type Path = (string | number)[];

/**
 * Every path into a value, the value itself first, then depth first: where the property tests
 * mutate records.
 *
 * @example
 * ```ts
 * valuePaths({ a: [1] }); // [[], ['a'], ['a', 0]]
 * ```
 */
export function valuePaths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...valuePaths(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) out.push(...valuePaths(child, [...prefix, key]));
  }
  return out;
}
