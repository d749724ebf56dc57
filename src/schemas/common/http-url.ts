import * as z from 'zod';
import { localizedError } from '../_lib/localized-error.js';

/**
 * An absolute `http` or `https` URL without whitespace. Deliberately simple so that Zod and the
 * JSON Schema `pattern` agree on every input.
 *
 * @example
 * ```ts
 * HttpUrlSchema.parse('https://www.thegctf.org/'); // 'https://www.thegctf.org/'
 * HttpUrlSchema.safeParse('ftp://example.org').success; // false
 * ```
 * @category Building blocks
 */
export const HttpUrlSchema = /* @__PURE__ */ z
  .string()
  .regex(/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/, {
    error: localizedError('expected an absolute http(s) URL without spaces', 'متوقع عنوان http(s) كامل بلا مسافات'),
  })
  .meta({
    id: 'tansiq.HttpUrl',
    title: 'HTTP URL',
    description: 'An absolute http or https URL without whitespace.',
    examples: ['https://www.thegctf.org/'],
  });

/**
 * An http(s) URL string.
 *
 * @example
 * ```ts
 * const value: HttpUrl = HttpUrlSchema.parse('https://www.thegctf.org/');
 * value; // 'https://www.thegctf.org/'
 * ```
 * @category Building blocks
 */
export type HttpUrl = z.infer<typeof HttpUrlSchema>;
