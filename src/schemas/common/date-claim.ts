import * as z from 'zod';
import { PartialDateTimeSchema } from './partial-date-time.js';

/**
 * A date stated as a claim: a {@link PartialDateTimeSchema | partial date-time} `value` with how
 * sure it is (`certainty`: exact, approximate, before or after) and where it came from (`basis`:
 * reported in the text, or inferred from the publication date, as for "yesterday").
 *
 * @example
 * ```ts
 * DateClaimSchema.parse({ value: '2026-01', certainty: 'approximate' });
 * // { value: '2026-01', certainty: 'approximate' }
 * DateClaimSchema.safeParse({ value: '2026-01', certainty: 'roughly' }).success; // false
 * ```
 * @category Building blocks
 */
export const DateClaimSchema = /* @__PURE__ */ z
  .strictObject({
    /** The date, as a partial date or date-time. */
    value: PartialDateTimeSchema,
    /** How sure the date is: exact, approximate, or a bound (before / after). */
    certainty: z.literal(['exact', 'approximate', 'before', 'after']).optional(),
    /** Reported in the text, or inferred from the publication date ("yesterday"). */
    basis: z.literal(['reported', 'inferred-from-publication']).optional(),
  })
  .meta({
    id: 'tansiq.DateClaim',
    title: 'Date claim',
    description:
      'A date with its certainty (exact, approximate, before, after) and basis (reported, or inferred from the publication date).',
    examples: [{ value: '2026-01', certainty: 'approximate', basis: 'reported' }],
  });

/**
 * A date claim `{ value, certainty?, basis? }`.
 *
 * @example
 * ```ts
 * // The value DateClaimSchema returns, typed; here parsed from the schema's own example:
 * const dateClaim: DateClaim = DateClaimSchema.parse(tansiqRegistry.get(DateClaimSchema)?.examples[0]);
 * dateClaim.value; // '2026-01'
 * ```
 * @category Building blocks
 */
export type DateClaim = z.infer<typeof DateClaimSchema>;
