import * as z from 'zod';
import { DATE_TIME_RE } from '../_lib/patterns.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A full timestamp with a mandatory offset: `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`, used for
 * `retrievedAt`, `createdAt` and `updatedAt`.
 *
 * @example
 * ```ts
 * DateTimeSchema.parse('2024-03-06T08:00:00Z'); // '2024-03-06T08:00:00Z'
 * DateTimeSchema.safeParse('2024-03-06').success; // false
 * ```
 * @category Building blocks
 */
export const DateTimeSchema = /* @__PURE__ */ z
  .string()
  .regex(DATE_TIME_RE, {
    error: localizedError(
      'expected a date-time YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)',
      'متوقع تاريخ ووقت بالشكل YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)',
    ),
  })
  .meta({
    id: 'tansiq.DateTime',
    title: 'Date-time',
    description: 'A timestamp with a real calendar date and a mandatory offset.',
    examples: ['2024-03-06T08:00:00Z', '2024-03-05T10:30+01:00'],
  });

/**
 * A date-time string with offset, e.g. `'2024-03-06T08:00:00Z'`.
 *
 * @example
 * ```ts
 * const value: DateTime = DateTimeSchema.parse('2024-03-06T08:00:00Z');
 * value; // '2024-03-06T08:00:00Z'
 * ```
 * @category Building blocks
 */
export type DateTime = z.infer<typeof DateTimeSchema>;
