import * as z from 'zod';
import { COUNTRY_CODES } from './country-code-list.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A country: an ISO 3166-1 alpha-2 code in upper case, or `EU`, checked against the shipped list
 * (not a regex): `XX` and `ma` are rejected. The JSON Schema is an `enum` of the same list.
 *
 * @example
 * ```ts
 * CountryCodeSchema.parse('MA'); // 'MA'
 * CountryCodeSchema.parse('EU'); // 'EU'
 * CountryCodeSchema.safeParse('XX').success; // false
 * ```
 * @category Building blocks
 */
export const CountryCodeSchema = /* @__PURE__ */ z
  .enum(COUNTRY_CODES as readonly [string, ...string[]], {
    error: localizedError(
      'expected an ISO 3166-1 alpha-2 country code in upper case, or EU',
      'متوقع رمز بلد ISO 3166-1 من حرفين لاتينيين كبيرين، أو EU',
    ),
  })
  .meta({
    id: 'tansiq.CountryCode',
    title: 'Country code',
    description: 'An ISO 3166-1 alpha-2 country code (upper case) or EU.',
    examples: ['MA', 'ES', 'EU'],
  });

/**
 * A country code string such as `'MA'` or `'EU'`.
 *
 * @example
 * ```ts
 * const value: CountryCode = CountryCodeSchema.parse('MA');
 * value; // 'MA'
 * ```
 * @category Building blocks
 */
export type CountryCode = z.infer<typeof CountryCodeSchema>;
