import * as z from 'zod';
import { PARTIAL_DATE_RE } from '../_lib/patterns.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A date of year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * Only real calendar dates pass (proleptic Gregorian): `2021-02-29`, `2021-13` and `2021-04-31`
 * are rejected, `2024-02-29` is accepted. The JSON Schema carries the same calendar-aware pattern.
 *
 * @example
 * ```ts
 * PartialDateSchema.parse('2021-09'); // '2021-09'
 * PartialDateSchema.safeParse('2021-02-29').success; // false
 * PartialDateSchema.safeParse('2021-13').success; // false
 * ```
 * @category Building blocks
 */
export const PartialDateSchema = /* @__PURE__ */ z
  .string()
  .regex(PARTIAL_DATE_RE, {
    error: localizedError(
      'expected a real calendar date YYYY, YYYY-MM or YYYY-MM-DD',
      'متوقع تاريخ تقويمي حقيقي بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD',
    ),
  })
  .meta({
    id: 'tansiq.PartialDate',
    title: 'Partial date',
    description: 'A calendar date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD (real dates only).',
    examples: ['2011', '2011-09', '2011-09-22'],
  });

/**
 * A partial date string such as `'2021'`, `'2021-09'` or `'2021-09-22'`.
 *
 * @example
 * ```ts
 * const value: PartialDate = PartialDateSchema.parse('2011');
 * value; // '2011'
 * ```
 * @category Building blocks
 */
export type PartialDate = z.infer<typeof PartialDateSchema>;
