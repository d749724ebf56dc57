import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { isOrderedIfValid } from '../_lib/bounds.js';
import { entityMetaShape } from '../_lib/record-base.js';
import { uniqueStrings } from '../_lib/unique-strings.js';
import { CountryCodeSchema } from '../common/country-code.js';
import { ExternalIdsSchema } from '../common/external-ids.js';
import { HttpUrlSchema } from '../common/http-url.js';
import { IntervalSchema } from '../common/interval.js';
import { LocationSchema } from '../common/location.js';
import { NameSchema } from '../common/name.js';
import { PartialDateSchema } from '../common/partial-date.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { AgencyIdSchema, ForumIdSchema } from '../common/typed-ids.js';
import { crossFieldCheck } from '../_lib/run-checks.js';
import { fastByDefault } from '../_lib/guard-parse.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * The kinds of agency; they drive the CAMEO/PLOVER sector (police → COP, intelligence → SPY,
 * ministries → GOV, justice → JUD, military → MIL, igo → IGO).
 *
 * @example
 * ```ts
 * AGENCY_KINDS.includes('domestic-intelligence'); // true
 * ```
 * @category Records
 */
export const AGENCY_KINDS = /* @__PURE__ */ Object.freeze([
  'police',
  'gendarmerie',
  'domestic-intelligence',
  'foreign-intelligence',
  'intelligence-coordination',
  'interior-ministry',
  'foreign-ministry',
  'justice-ministry',
  'prosecution',
  'customs',
  'border-guard',
  'coast-guard',
  'military',
  'fiu',
  'igo',
  'secretariat',
  'media',
  'other',
] as const);

/**
 * A government agency, ministry, intergovernmental organization, secretariat or media outlet
 * (Popolo Organization, FtM PublicBody, schema.org GovernmentOrganization). `parents` are dated
 * reporting lines; `predecessors`/`successors` link replaced and merged services (a service
 * renamed without changing identity keeps one record with dated names). `country` is left out
 * for IGOs. `governments` says which of rival executives the agency answers to (Libya), and
 * `forumId` which forum an office or secretariat belongs to. `founded <= dissolved` is checked.
 *
 * @example
 * ```ts
 * AgencySchema.parse({
 *   type: 'agency',
 *   id: 'agency.ma-dgsn',
 *   names: [{ value: 'DGSN', lang: 'fr', kind: 'acronym' }],
 *   kind: 'police',
 *   country: 'MA',
 *   sources: [],
 * }).kind; // 'police'
 * ```
 * @category Records
 */
export const AgencySchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `agency`. */
      type: z.literal('agency'),
      /** Id of this record (its prefix is the record type). */
      id: AgencyIdSchema,
      /** Names: official, acronyms, former names. */
      names: z
        .array(NameSchema)
        .min(1, { error: localizedError('an agency needs at least one name', 'تحتاج الجهة إلى اسم واحد على الأقل') }),
      /** Kind of agency (drives the CAMEO/PLOVER sector). */
      kind: z.literal(AGENCY_KINDS),
      /** Country (left out for IGOs). */
      country: CountryCodeSchema.optional(),
      /** Agencies it reports to, with dates. */
      parents: z
        .array(
          z.strictObject({
            /** The parent agency. */
            agencyId: AgencyIdSchema,
            /** When it reported to that parent. */
            interval: IntervalSchema.optional(),
          }),
        )
        .optional(),
      /** Founding date. */
      founded: PartialDateSchema.optional(),
      /** Dissolution date (not before founded). */
      dissolved: PartialDateSchema.optional(),
      /** Agencies it replaced (renamed or merged services). */
      predecessors: uniqueStrings(AgencyIdSchema, 'duplicate_predecessor').optional(),
      /** Agencies that replaced it. */
      successors: uniqueStrings(AgencyIdSchema, 'duplicate_successor').optional(),
      /** Where it is based. */
      headquarters: LocationSchema.optional(),
      /** Official website. */
      website: HttpUrlSchema.optional(),
      /**
       * The government (executive authority) the agency belongs to, with dates, where a country has
       * rival governments each with its own ministries (e.g. Libya's Tripoli and eastern executives).
       */
      governments: z
        .array(
          z.strictObject({
            /** Stable slug of the government, e.g. `ly-gnu`. */
            key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
              error: localizedError(
                'expected a lower-case slug such as ly-gnu',
                'متوقع مفتاح بأحرف لاتينية صغيرة مثل ly-gnu',
              ),
            }),
            /** Name of the government, in several languages. */
            label: z.array(LocalizedTextSchema).min(1, {
              error: localizedError('a government needs at least one label', 'تحتاج الحكومة إلى تسمية واحدة على الأقل'),
            }),
            /** When the agency belonged to that government. */
            interval: IntervalSchema.optional(),
          }),
        )
        .optional(),
      /** The forum this body is an office, organ or secretariat of (e.g. an office of the Council of Arab Interior Ministers). */
      forumId: ForumIdSchema.optional(),
      /** Identifiers of the same entity elsewhere (Wikidata, OpenSanctions, …). */
      externalIds: ExternalIdsSchema.optional(),
      ...entityMetaShape,
    })
    .check(
      crossFieldCheck(['dissolved_before_founded'], (ctx) => {
        const { founded, dissolved } = ctx.value;
        if (founded !== undefined && dissolved !== undefined && !isOrderedIfValid(founded, dissolved)) {
          addRuleIssue(ctx, ['dissolved'], 'dissolved_before_founded', { founded, dissolved }, dissolved);
        }
      }),
    )
    .meta({
      id: 'tansiq.Agency',
      title: 'Agency',
      description:
        'A government agency, ministry, IGO, secretariat or media outlet with names, kind, country, dated parents, succession, the government it belongs to (rival executives) and the forum it serves. Not expressible in JSON Schema: founded must not be after dissolved.',
      examples: [
        {
          type: 'agency',
          id: 'agency.ma-dgsn',
          names: [
            { value: 'المديرية العامة للأمن الوطني', lang: 'ar', kind: 'official', preferred: true },
            { value: 'Direction générale de la sûreté nationale', lang: 'fr', kind: 'official' },
            { value: 'DGSN', lang: 'fr', kind: 'acronym' },
          ],
          kind: 'police',
          country: 'MA',
          externalIds: { website: 'https://www.dgsn.gov.ma/' },
          sources: [],
        },
        {
          type: 'agency',
          id: 'agency.ly-interior-east',
          names: [{ value: 'وزارة الداخلية', lang: 'ar', kind: 'official' }],
          kind: 'interior-ministry',
          country: 'LY',
          governments: [
            {
              key: 'ly-gns',
              label: [{ value: 'Government of National Stability', lang: 'en' }],
              interval: { start: '2022-03-03', end: '2023-05-16' },
            },
          ],
          sources: [{ url: 'https://www.libyaakhbar.com/libya-news/1972932.html' }],
        },
      ],
    }),
);

/**
 * An agency record.
 *
 * @example
 * ```ts
 * // The value AgencySchema returns, typed; here parsed from the schema's own example:
 * const agency: Agency = AgencySchema.parse(tansiqRegistry.get(AgencySchema)?.examples[0]);
 * agency.id; // 'agency.ma-dgsn'
 * ```
 * @category Records
 */
export type Agency = z.infer<typeof AgencySchema>;
