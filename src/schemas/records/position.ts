import * as z from 'zod';
import { entityMetaShape } from '../_lib/record-base.js';
import { CountryCodeSchema } from '../common/country-code.js';
import { ExternalIdsSchema } from '../common/external-ids.js';
import { IntervalSchema } from '../common/interval.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { OrganizationIdSchema, PositionIdSchema } from '../common/typed-ids.js';
import { fastByDefault } from '../_lib/guard-parse.js';
import { localizedError } from '../_lib/localized-error.js';

/**
 * The roles a position can have.
 *
 * @example
 * ```ts
 * POSITION_ROLES.includes('director-general'); // true
 * ```
 * @category Records
 */
export const POSITION_ROLES = /* @__PURE__ */ Object.freeze([
  'head',
  'deputy-head',
  'minister',
  'secretary-of-state',
  'director-general',
  'director',
  'ambassador',
  'special-envoy',
  'national-ct-coordinator',
  'spokesperson',
  'other',
] as const);

/**
 * A seat that exists independently of its holder (Popolo Post, FtM Position), in an agency or a
 * forum: `label` in several languages, `role`, optional `country` and `interval` (creation and
 * abolition of the post).
 *
 * @example
 * ```ts
 * PositionSchema.parse({
 *   type: 'position',
 *   id: 'position.ma-dgsn-director-general',
 *   organizationId: 'agency.ma-dgsn',
 *   label: [{ value: 'المدير العام للأمن الوطني', lang: 'ar' }],
 *   role: 'director-general',
 *   sources: [],
 * }).role; // 'director-general'
 * ```
 * @category Records
 */
export const PositionSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `position`. */
      type: z.literal('position'),
      /** Id of this record (its prefix is the record type). */
      id: PositionIdSchema,
      /** The agency or forum the position belongs to. */
      organizationId: OrganizationIdSchema,
      /** Label of the position, in several languages. */
      label: z.array(LocalizedTextSchema).min(1, {
        error: localizedError('a position needs at least one label', 'يحتاج المنصب إلى تسمية واحدة على الأقل'),
      }),
      /** Role of the position. */
      role: z.literal(POSITION_ROLES),
      /** Country of the position. */
      country: CountryCodeSchema.optional(),
      /** When the position existed (creation, abolition). */
      interval: IntervalSchema.optional(),
      /** Identifiers, e.g. the Wikidata position item. */
      externalIds: ExternalIdsSchema.optional(),
      ...entityMetaShape,
    })
    .meta({
      id: 'tansiq.Position',
      title: 'Position',
      description: 'A seat in an agency or forum (independent of its holder): labels, role, country and interval.',
      examples: [
        {
          type: 'position',
          id: 'position.ma-dgsn-director-general',
          organizationId: 'agency.ma-dgsn',
          label: [
            { value: 'المدير العام للأمن الوطني', lang: 'ar' },
            { value: 'Directeur général de la sûreté nationale', lang: 'fr' },
          ],
          role: 'director-general',
          country: 'MA',
          sources: [],
        },
      ],
    }),
);

/**
 * A position record.
 *
 * @example
 * ```ts
 * // The value PositionSchema returns, typed; here parsed from the schema's own example:
 * const position: Position = PositionSchema.parse(tansiqRegistry.get(PositionSchema)?.examples[0]);
 * position.id; // 'position.ma-dgsn-director-general'
 * ```
 * @category Records
 */
export type Position = z.infer<typeof PositionSchema>;
