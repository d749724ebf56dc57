import * as z from 'zod';
import { PARTIAL_DATE_TIME_RE } from '../_lib/patterns.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A {@link PartialDateSchema | partial date}, or a full date with a time and a mandatory UTC
 * offset: `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`.
 *
 * Meetings happen at local times; the offset keeps them unambiguous (FtM exporters convert to
 * UTC). A time without an offset is rejected.
 *
 * @example
 * ```ts
 * PartialDateTimeSchema.parse('2024-03-05T10:30+01:00'); // '2024-03-05T10:30+01:00'
 * PartialDateTimeSchema.parse('2024-03'); // '2024-03'
 * PartialDateTimeSchema.safeParse('2024-03-05T10:30').success; // false (no offset)
 * ```
 * @category Building blocks
 */
export const PartialDateTimeSchema = /* @__PURE__ */ z
  .string()
  .regex(PARTIAL_DATE_TIME_RE, {
    error: localizedError(
      'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM) with a real calendar date',
      'متوقع YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM) بتاريخ تقويمي حقيقي',
    ),
  })
  .meta({
    id: 'tansiq.PartialDateTime',
    title: 'Partial date or date-time',
    description:
      'A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or a date-time with an offset (YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)).',
    examples: ['2024-03', '2024-03-05', '2024-03-05T10:30+01:00'],
  });

/**
 * A partial date or a date-time with offset, e.g. `'2024-03-05T10:30+01:00'`.
 *
 * @example
 * ```ts
 * const value: PartialDateTime = PartialDateTimeSchema.parse('2024-03');
 * value; // '2024-03'
 * ```
 * @category Building blocks
 */
export type PartialDateTime = z.infer<typeof PartialDateTimeSchema>;
