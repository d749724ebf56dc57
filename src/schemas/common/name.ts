import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { isOrderedIfValid } from '../_lib/bounds.js';
import { LanguageTagSchema } from './language-tag.js';
import { PartialDateSchema } from './partial-date.js';
import { SourceRefSchema } from './source-ref.js';
import { crossFieldCheck } from '../_lib/run-checks.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * One name of a person, agency, forum or working group, with its language and script (`lang`,
 * BCP 47, e.g. `ar`, `ar-Latn`, `fr`), its `kind`, the transliteration `scheme` for romanised
 * forms (a slug such as `ala-lc`, `iso-233`, `french-informal`), validity dates and a `preferred`
 * flag.
 *
 * `validFrom <= validTo` is checked across precisions (not expressible in JSON Schema).
 *
 * @example
 * ```ts
 * NameSchema.parse({ value: 'المديرية العامة للأمن الوطني', lang: 'ar', kind: 'official' }).kind;
 * // 'official'
 * NameSchema.safeParse({ value: 'DGSN', lang: 'fr', kind: 'abbrev' }).success; // false
 * ```
 * @category Building blocks
 */
export const NameSchema = /* @__PURE__ */ z
  .strictObject({
    /** The name as written. */
    value: z.string().min(1),
    /** BCP 47 language tag, e.g. `ar`, `ar-Latn`, `fr`. */
    lang: LanguageTagSchema,
    /** Official, short, acronym, former, alias, transliteration, native or as-reported. */
    kind: z.literal(['official', 'short', 'acronym', 'former', 'alias', 'transliteration', 'native', 'as-reported']),
    /** Transliteration scheme slug for romanised forms (e.g. `ala-lc`, `iso-233`). */
    scheme: z
      .string()
      .regex(/^[a-z0-9-]+$/, {
        error: localizedError(
          'expected a transliteration scheme slug such as ala-lc or iso-233',
          'متوقع اسم نظام نقحرة مثل ala-lc أو iso-233',
        ),
      })
      .optional(),
    /** First date the name was in use. */
    validFrom: PartialDateSchema.optional(),
    /** Last date the name was in use. */
    validTo: PartialDateSchema.optional(),
    /** Whether this is the preferred name for its language. */
    preferred: z.boolean().optional(),
    /** Where this name was seen. */
    sources: z.array(SourceRefSchema).optional(),
  })
  .check(
    crossFieldCheck(['name_valid_to_before_valid_from'], (ctx) => {
      const { validFrom, validTo } = ctx.value;
      if (validFrom !== undefined && validTo !== undefined && !isOrderedIfValid(validFrom, validTo)) {
        addRuleIssue(ctx, ['validTo'], 'name_valid_to_before_valid_from', { validFrom, validTo }, validTo);
      }
    }),
  )
  .meta({
    id: 'tansiq.Name',
    title: 'Name',
    description:
      'A name with language/script tag, kind, transliteration scheme, validity dates and preferred flag. Not expressible in JSON Schema: validFrom must not be after validTo.',
    examples: [
      { value: 'المديرية العامة للأمن الوطني', lang: 'ar', kind: 'official', preferred: true },
      { value: 'al-Mudīrīya al-ʿĀmma li-l-Amn al-Waṭanī', lang: 'ar-Latn', kind: 'transliteration', scheme: 'ala-lc' },
      { value: 'DGSN', lang: 'fr', kind: 'acronym' },
    ],
  });

/**
 * A name `{ value, lang, kind, scheme?, validFrom?, validTo?, preferred?, sources? }`.
 *
 * @example
 * ```ts
 * // The value NameSchema returns, typed; here parsed from the schema's own example:
 * const name: Name = NameSchema.parse(tansiqRegistry.get(NameSchema)?.examples[0]);
 * name.value; // 'المديرية العامة للأمن الوطني'
 * ```
 * @category Building blocks
 */
export type Name = z.infer<typeof NameSchema>;
