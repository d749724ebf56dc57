import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { isOrderedIfValid } from '../_lib/bounds.js';
import { PartialDateSchema } from './partial-date.js';
import { crossFieldCheck } from '../_lib/run-checks.js';

/**
 * A time span `{ start?, end?, status? }` of {@link PartialDateSchema | partial dates}, e.g. a
 * term of office or a membership.
 *
 * `status` tells "no end known" (`unknown`) from "still running" (`current`) and "over, end date
 * unknown" (`ended`). `start <= end` is checked across precisions by bounds: the interval is valid
 * when the first day of `start` is not after the last day of `end`, so `{ start: '2021-03',
 * end: '2021' }` is valid (they overlap) and `{ start: '2022', end: '2021' }` is not. The ordering
 * rule cannot be written in JSON Schema; the generated file documents it in `description`.
 *
 * @example
 * ```ts
 * IntervalSchema.parse({ start: '2023-09', end: '2025-09', status: 'ended' }).end; // '2025-09'
 * IntervalSchema.safeParse({ start: '2022', end: '2021' }).error?.issues[0]?.path; // ['end']
 * ```
 * @category Building blocks
 */
export const IntervalSchema = /* @__PURE__ */ z
  .strictObject({
    /** First day (partial date); open when missing. */
    start: PartialDateSchema.optional(),
    /** Last day (partial date); open when missing; not before start. */
    end: PartialDateSchema.optional(),
    /** `current` (still running), `ended`, or `unknown`. */
    status: z.literal(['current', 'ended', 'unknown']).optional(),
  })
  .check(
    crossFieldCheck(['interval_end_before_start'], (ctx) => {
      const { start, end } = ctx.value;
      if (start !== undefined && end !== undefined && !isOrderedIfValid(start, end)) {
        addRuleIssue(ctx, ['end'], 'interval_end_before_start', { start, end }, end);
      }
    }),
  )
  .meta({
    id: 'tansiq.Interval',
    title: 'Interval',
    description:
      'A span of partial dates with a status (current, ended, unknown). Not expressible in JSON Schema: the first day of start must not be after the last day of end.',
    examples: [
      { start: '2023-09', end: '2025-09', status: 'ended' },
      { start: '2016', status: 'current' },
    ],
  });

/**
 * An interval `{ start?, end?, status? }`.
 *
 * @example
 * ```ts
 * // An Interval is what IntervalSchema returns once the input is valid:
 * const result = IntervalSchema.safeParse({});
 * const value: Interval | undefined = result.success ? result.data : undefined;
 * value; // {} (every field is optional)
 * ```
 * @category Building blocks
 */
export type Interval = z.infer<typeof IntervalSchema>;
