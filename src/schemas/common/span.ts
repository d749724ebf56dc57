import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { crossFieldCheck } from '../_lib/run-checks.js';

/**
 * A character span `{ start, end }` in an article body: UTF-16 code-unit offsets, `start`
 * inclusive and `end` exclusive, so `start < end` (an empty span is an error). The ordering rule
 * is not expressible in JSON Schema.
 *
 * @example
 * ```ts
 * SpanSchema.parse({ start: 120, end: 164 }); // { start: 120, end: 164 }
 * SpanSchema.safeParse({ start: 5, end: 5 }).error?.issues[0]?.path; // ['end']
 * ```
 * @category Building blocks
 */
export const SpanSchema = /* @__PURE__ */ z
  .strictObject({
    /** Offset of the first character (UTF-16 code units, inclusive). */
    start: z.int().min(0),
    /** Offset after the last character (exclusive); greater than start. */
    end: z.int().min(1),
  })
  .check(
    crossFieldCheck(['span_end_not_after_start'], (ctx) => {
      // The raw values may be anything (the check runs whatever their issues): compare numbers
      // only, since `>=` and the template would coerce (and throw on) a Symbol or odd object.
      const { start, end } = ctx.value as { start: unknown; end: unknown };
      if (typeof start === 'number' && typeof end === 'number' && start >= end) {
        addRuleIssue(ctx, ['end'], 'span_end_not_after_start', { start, end }, end);
      }
    }),
  )
  .meta({
    id: 'tansiq.Span',
    title: 'Text span',
    description:
      'UTF-16 offsets into an article body, start inclusive, end exclusive. Not expressible in JSON Schema: start < end.',
    examples: [{ start: 120, end: 164 }],
  });

/**
 * A text span `{ start, end }`.
 *
 * @example
 * ```ts
 * // The value SpanSchema returns, typed; here parsed from the schema's own example:
 * const span: Span = SpanSchema.parse(tansiqRegistry.get(SpanSchema)?.examples[0]);
 * span.start; // 120
 * ```
 * @category Building blocks
 */
export type Span = z.infer<typeof SpanSchema>;
