import type * as z from 'zod';

/**
 * Appends a custom issue at `path` (relative to the value being checked). The issue is marked
 * `continue: true`: the value is still well-typed, so the checks of enclosing objects still run
 * and one parse reports every problem of a record.
 */
export function addIssue(
  ctx: z.core.ParsePayload<unknown>,
  path: readonly PropertyKey[],
  message: string,
  input: unknown,
): void {
  ctx.issues.push({ code: 'custom', message, input, path: [...path], continue: true });
}
