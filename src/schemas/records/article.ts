import * as z from 'zod';
import { entityMetaShape } from '../_lib/record-base.js';
import { CountryCodeSchema } from '../common/country-code.js';
import { DateTimeSchema } from '../common/date-time.js';
import { HttpUrlSchema } from '../common/http-url.js';
import { LanguageTagSchema } from '../common/language-tag.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { PartialDateTimeSchema } from '../common/partial-date-time.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { SpanSchema } from '../common/span.js';
import { TopicCodeSchema } from '../common/topic-code.js';
import { AgencyIdSchema, ArticleIdSchema, MeetingIdSchema, PersonIdSchema } from '../common/typed-ids.js';
import { fastByDefault } from '../_lib/guard-parse.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * A news article or official release that statements are sourced from (schema.org NewsArticle,
 * FtM Article). `body` may be left out where the licence forbids storing text; `bodyHash`
 * (SHA-256, lower-case hex) still identifies it. `mentions` link names in the text (with spans)
 * to parties; `reportsMeetings` links the article to the meetings it reports.
 *
 * @example
 * ```ts
 * const article = ArticleSchema.parse({
 *   type: 'article',
 *   id: 'article.2024-03-05-map-dgsn',
 *   url: 'https://www.mapexpress.ma/ar/example',
 *   headline: { value: 'حموشي يستقبل وفدا أمنيا إسبانيا', lang: 'ar' },
 *   lang: 'ar',
 *   sources: [],
 * });
 * article.lang; // 'ar'
 * ```
 * @category Records
 */
export const ArticleSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `article`. */
      type: z.literal('article'),
      /** Id of this record (its prefix is the record type). */
      id: ArticleIdSchema,
      /** Canonical URL of the article. */
      url: HttpUrlSchema,
      /** URL of an archived copy. */
      archivedUrl: HttpUrlSchema.optional(),
      /** Headline in the original language. */
      headline: LocalizedTextSchema,
      /** Translations of the headline. */
      headlineTranslations: z.array(LocalizedTextSchema).optional(),
      /** Language of the article (mostly `ar`). */
      lang: LanguageTagSchema,
      /** Who published it (a name, optionally an agency record). */
      publisher: z
        .strictObject({
          /** Name as printed. */
          name: z.string().min(1),
          /** The agency record of the publisher, when there is one. */
          agencyId: AgencyIdSchema.optional(),
        })
        .optional(),
      /** Bylines (a name, optionally a person record). */
      authors: z
        .array(
          z.strictObject({
            /** Name as printed. */
            name: z.string().min(1),
            /** The person record of the author, when there is one. */
            personId: PersonIdSchema.optional(),
          }),
        )
        .optional(),
      /** Wire, press release, newspaper, broadcaster or official site. */
      sourceKind: z.literal(['wire', 'press-release', 'newspaper', 'broadcaster', 'official-site']).optional(),
      /** Publication date or date-time. */
      datePublished: PartialDateTimeSchema.optional(),
      /** Last modification date or date-time. */
      dateModified: PartialDateTimeSchema.optional(),
      /** When the article was retrieved. */
      retrievedAt: DateTimeSchema.optional(),
      /** The dateline ("الرباط – …"). */
      dateline: z
        .strictObject({
          /** The dateline as printed. */
          text: z.string().min(1),
          /** City named in the dateline. */
          city: z.string().min(1).optional(),
          /** Country of the dateline city. */
          country: CountryCodeSchema.optional(),
        })
        .optional(),
      /** Full text, when the licence allows storing it. */
      body: z.string().optional(),
      /** SHA-256 of the body (lower-case hex). */
      bodyHash: z
        .string()
        .regex(/^[a-f0-9]{64}$/, {
          error: localizedError(
            'expected a SHA-256 digest in lower-case hex',
            'متوقع بصمة SHA-256 بالنظام الست عشري وبأحرف صغيرة',
          ),
        })
        .optional(),
      /** Section of the publication. */
      section: z.string().min(1).optional(),
      /** Topics of the article. */
      topics: z.array(TopicCodeSchema).optional(),
      /** Names found in the text, linked to parties. */
      mentions: z
        .array(
          z.strictObject({
            /** The dateline as printed. */
            text: z.string().min(1),
            /** The party the mention refers to, when resolved. */
            ref: PartyRefSchema.optional(),
            /** Language of the article (mostly `ar`). */
            lang: LanguageTagSchema.optional(),
            /** Where the mention is in the body. */
            span: SpanSchema.optional(),
          }),
        )
        .optional(),
      /** Meetings this article reports. */
      reportsMeetings: z.array(MeetingIdSchema).optional(),
      /** Articles this one is based on (wire copy). */
      basedOn: z.array(ArticleIdSchema).optional(),
      /** The article this one translates. */
      translationOf: ArticleIdSchema.optional(),
      /** Licence of the article. */
      license: z.string().min(1).optional(),
      ...entityMetaShape,
    })
    .meta({
      id: 'tansiq.Article',
      title: 'Article',
      description:
        'A news article or official release: URL, headline, language, publisher, dates, topics, mentions and reported meetings.',
      examples: [
        {
          type: 'article',
          id: 'article.2024-03-05-map-dgsn',
          url: 'https://www.mapexpress.ma/ar/example',
          headline: { value: 'حموشي يستقبل وفدا أمنيا إسبانيا', lang: 'ar' },
          lang: 'ar',
          sourceKind: 'wire',
          datePublished: '2024-03-05',
          topics: ['police-cooperation'],
          reportsMeetings: ['meeting.2024-03-05-ma-es-rabat'],
          sources: [],
        },
      ],
    }),
);

/**
 * An article record.
 *
 * @example
 * ```ts
 * // The value ArticleSchema returns, typed; here parsed from the schema's own example:
 * const article: Article = ArticleSchema.parse(tansiqRegistry.get(ArticleSchema)?.examples[0]);
 * article.id; // 'article.2024-03-05-map-dgsn'
 * ```
 * @category Records
 */
export type Article = z.infer<typeof ArticleSchema>;
