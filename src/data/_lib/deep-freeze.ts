/**
 * Freezes a JSON value and everything inside it, and returns it with its type unchanged.
 *
 * Used once per shipped table so that a caller cannot mutate the shared reference data.
 *
 * @param value - a JSON value (object, array or primitive)
 * @returns the same value, frozen in depth
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
