import * as z from 'zod';
import { LanguageTagSchema } from './language-tag.js';

/**
 * A non-empty text with its language: `{ value, lang }`. Used for headlines, titles and labels.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ value: 'المدير العام للأمن الوطني', lang: 'ar' }).lang; // 'ar'
 * LocalizedTextSchema.safeParse({ value: '', lang: 'ar' }).success; // false
 * ```
 * @category Building blocks
 */
export const LocalizedTextSchema = /* @__PURE__ */ z
  .strictObject({
    /** The text (non-empty). */
    value: z.string().min(1),
    /** BCP 47 language tag, e.g. `ar`, `ar-Latn`, `fr`. */
    lang: LanguageTagSchema,
  })
  .meta({
    id: 'tansiq.LocalizedText',
    title: 'Localized text',
    description: 'A non-empty text and its BCP 47 language tag.',
    examples: [{ value: 'Director General of National Security', lang: 'en' }],
  });

/**
 * A text with its language tag.
 *
 * @example
 * ```ts
 * // The value LocalizedTextSchema returns, typed; here parsed from the schema's own example:
 * const localizedText: LocalizedText = LocalizedTextSchema.parse(tansiqRegistry.get(LocalizedTextSchema)?.examples[0]);
 * localizedText.value; // 'Director General of National Security'
 * ```
 * @category Building blocks
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
