import type * as z from 'zod';
import * as zcore from 'zod/v4/core';
import type { RecordRuleId } from '../helpers/record-rules.js';

/**
 * `when` options for the schemas' cross-field checks.
 *
 * By default Zod skips an object's checks as soon as any of its fields has an issue, so a record
 * with a typo in one field and, say, an end date before its start would report only the typo, and
 * the ordering problem would appear only after the first fix. The checks below run whenever the
 * value has the right container shape instead (they guard every field they read), so one parse
 * reports every problem of a record.
 */

/** Run the check whenever the value is a plain object, whatever issues its fields have. */
export function whenObject(payload: z.core.ParsePayload): boolean {
  const value = payload.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Run the check whenever the value is an array, whatever issues its items have. */
export function whenArray(payload: z.core.ParsePayload): boolean {
  return Array.isArray(payload.value);
}

/** The items of a field that should be an array, or none when it is not one. */
export function itemsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A field of a value that should be an object, or `undefined` when it is not one. */
export function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * A custom check that runs under `when` (default {@link whenObject}) rather than Zod's default of
 * "only while nothing has failed". A plain check function (not `superRefine`, which allocates a
 * closure on every call) keeps the hot path cheap. `rules` lists the record rules the check
 * reports (see `addRuleIssue`); they are kept on the check's definition as `rules`, where a test
 * finds them to derive which record types each rule applies to.
 */
export function crossFieldCheck<T>(
  rules: readonly RecordRuleId[],
  fn: (payload: z.core.ParsePayload<T>) => void,
  when: (payload: z.core.ParsePayload) => boolean = whenObject,
): z.core.$ZodCheck<T> {
  const check = zcore._check<T>(fn, { when });
  (check._zod.def as { rules?: readonly RecordRuleId[] }).rules = Object.freeze([...rules]);
  return check;
}
