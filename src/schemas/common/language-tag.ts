import * as z from 'zod';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A BCP 47 language tag restricted to language, optional script and optional region:
 * `ar`, `ar-Latn`, `ar-MA`, `ar-Latn-MA`, `es-419`. Case is canonical (`ar-Latn-MA`).
 *
 * @example
 * ```ts
 * LanguageTagSchema.parse('ar-Latn'); // 'ar-Latn'
 * LanguageTagSchema.safeParse('AR').success; // false
 * LanguageTagSchema.safeParse('arabic').success; // false
 * ```
 * @category Building blocks
 */
export const LanguageTagSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, {
    error: localizedError(
      'expected a BCP 47 tag: language[-Script][-REGION], e.g. ar, ar-Latn, fr, es-419',
      'متوقع وسم لغة BCP 47 بالشكل language[-Script][-REGION]، مثل ar أو ar-Latn أو fr أو es-419',
    ),
  })
  .meta({
    id: 'tansiq.LanguageTag',
    title: 'Language tag',
    description: 'A BCP 47 tag of language, optional script and optional region, in canonical case.',
    examples: ['ar', 'ar-Latn', 'fr', 'es-419'],
  });

/**
 * A language tag such as `'ar'` or `'ar-Latn'`.
 *
 * @example
 * ```ts
 * const value: LanguageTag = LanguageTagSchema.parse('ar');
 * value; // 'ar'
 * ```
 * @category Building blocks
 */
export type LanguageTag = z.infer<typeof LanguageTagSchema>;
