import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { DateTimeSchema } from './date-time.js';
import { HttpUrlSchema } from './http-url.js';
import { LanguageTagSchema } from './language-tag.js';
import { PartialDateTimeSchema } from './partial-date-time.js';
import { SpanSchema } from './span.js';
import { ArticleIdSchema } from './typed-ids.js';
import { crossFieldCheck } from '../_lib/run-checks.js';

/**
 * Where a statement comes from: an article record (`articleId`) or a `url` (at least one), with
 * an optional short `quote` in the original language, a character `span` in the article body,
 * the extraction `method` (manual, rule, model) and a `confidence` in [0, 1].
 *
 * The "articleId or url" rule is written in the JSON Schema as `anyOf` of two `required` lists.
 *
 * @example
 * ```ts
 * SourceRefSchema.parse({ articleId: 'article.2024-03-05-map', span: { start: 0, end: 42 } }).articleId;
 * // 'article.2024-03-05-map'
 * SourceRefSchema.safeParse({ quote: 'بحث سبل التعاون' }).success; // false (no articleId or url)
 * ```
 * @category Building blocks
 */
export const SourceRefSchema = /* @__PURE__ */ z
  .strictObject({
    /** The article record the statement comes from. */
    articleId: ArticleIdSchema.optional(),
    /** URL of the source when there is no article record (or in addition). */
    url: HttpUrlSchema.optional(),
    /** Title of the source. */
    title: z.string().min(1).optional(),
    /** Publisher of the source, as a name. */
    publisher: z.string().min(1).optional(),
    /** When the source was published. */
    publishedAt: PartialDateTimeSchema.optional(),
    /** When the source was retrieved. */
    retrievedAt: DateTimeSchema.optional(),
    /** Language of the source. */
    lang: LanguageTagSchema.optional(),
    /** Short quote in the original language supporting the statement. */
    quote: z.string().min(1).optional(),
    /** Character span of the quote in the article body. */
    span: SpanSchema.optional(),
    /** How the statement was extracted: manual, rule or model. */
    method: z.literal(['manual', 'rule', 'model']).optional(),
    /** Confidence of the extraction, from 0 to 1. */
    confidence: z.number().min(0).max(1).optional(),
  })
  .check(
    crossFieldCheck(['source_without_reference'], (ctx) => {
      if (ctx.value.articleId === undefined && ctx.value.url === undefined) {
        addRuleIssue(ctx, ['articleId'], 'source_without_reference', {}, ctx.value);
      }
    }),
  )
  .meta({
    id: 'tansiq.SourceRef',
    title: 'Source reference',
    description:
      'Provenance of a statement: an article id or a URL (at least one), optional quote, character span, extraction method and confidence.',
    examples: [
      {
        articleId: 'article.2024-03-05-map-dgsn-fbi',
        quote: 'بحث سبل تعزيز التعاون الأمني',
        span: { start: 120, end: 148 },
        method: 'manual',
      },
    ],
    // Each branch names its property so that ajv's strict mode (strictRequired) accepts it.
    anyOf: [
      { properties: { articleId: true }, required: ['articleId'] },
      { properties: { url: true }, required: ['url'] },
    ],
  });

/**
 * A source reference.
 *
 * @example
 * ```ts
 * // The value SourceRefSchema returns, typed; here parsed from the schema's own example:
 * const sourceRef: SourceRef = SourceRefSchema.parse(tansiqRegistry.get(SourceRefSchema)?.examples[0]);
 * sourceRef.articleId; // 'article.2024-03-05-map-dgsn-fbi'
 * ```
 * @category Building blocks
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;
