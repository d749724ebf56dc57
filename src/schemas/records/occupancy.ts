import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { relationMetaShape } from '../_lib/record-base.js';
import { IntervalSchema } from '../common/interval.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { OccupancyIdSchema, OrganizationIdSchema, PersonIdSchema, PositionIdSchema } from '../common/typed-ids.js';
import { POSITION_ROLES } from './position.js';
import { crossFieldCheck } from '../_lib/run-checks.js';
import { fastByDefault } from '../_lib/guard-parse.js';

/**
 * A person holding an office for a time (Popolo Membership with post, FtM Occupancy, Wikidata
 * P39): `personId`, and either `positionId` or `organizationId` with `role` (when no position
 * record exists), the `interval`, `acting` and `concurrent` flags, `heldAs` (the capacity, e.g.
 * held by the head of government), the persons replaced and replacing (`predecessorId`, `successorId`), why it ended and the title as reported. At least
 * one source.
 *
 * @example
 * ```ts
 * OccupancySchema.parse({
 *   type: 'occupancy',
 *   id: 'occupancy.hammouchi-dgsn',
 *   personId: 'person.abdellatif-hammouchi',
 *   positionId: 'position.ma-dgsn-director-general',
 *   interval: { start: '2015-05', status: 'current' },
 *   sources: [{ url: 'https://www.dgsn.gov.ma/' }],
 * }).interval.status; // 'current'
 * ```
 * @category Records
 */
export const OccupancySchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `occupancy`. */
      type: z.literal('occupancy'),
      /** Id of this record (its prefix is the record type). */
      id: OccupancyIdSchema,
      /** The holder. */
      personId: PersonIdSchema,
      /** The position held (or give organizationId and role). */
      positionId: PositionIdSchema.optional(),
      /** The organization, when there is no position record. */
      organizationId: OrganizationIdSchema.optional(),
      /** The role, when there is no position record. */
      role: z.literal(POSITION_ROLES).optional(),
      /** Term of office. */
      interval: IntervalSchema,
      /** Acting (interim) holder. */
      acting: z.boolean().optional(),
      /** Held at the same time as another office. */
      concurrent: z.boolean().optional(),
      /**
       * In what capacity a holder of another office held this one: the head of state or of government
       * (Qatar's prime ministers as interior ministers, a prime minister running an intelligence
       * service himself), a deputy head of government, or a minister of another portfolio standing in.
       */
      heldAs: z
        .literal(['head-of-state', 'head-of-government', 'deputy-head-of-government', 'minister-of-another-portfolio'])
        .optional(),
      /** The person this holder replaced. */
      predecessorId: PersonIdSchema.optional(),
      /** The person who replaced this holder. */
      successorId: PersonIdSchema.optional(),
      /** Why the occupancy ended. */
      endCause: z
        .literal([
          'term-end',
          'resignation',
          'dismissal',
          'death',
          'reassignment',
          'retirement',
          'restructuring',
          'other',
        ])
        .optional(),
      /** Title as the sources reported it. */
      titleAsReported: z.array(LocalizedTextSchema).optional(),
      ...relationMetaShape,
    })
    .check(
      crossFieldCheck(['occupancy_without_position'], (ctx) => {
        const { positionId, organizationId, role } = ctx.value;
        if (positionId === undefined && (organizationId === undefined || role === undefined)) {
          addRuleIssue(ctx, ['positionId'], 'occupancy_without_position', {}, ctx.value);
        }
      }),
    )
    .meta({
      id: 'tansiq.Occupancy',
      title: 'Occupancy',
      description:
        'A person holding a position (or an organization role) during an interval, with acting/concurrent flags, the capacity it was held in (e.g. by the head of government), succession, end cause and title as reported.',
      examples: [
        {
          type: 'occupancy',
          id: 'occupancy.hammouchi-dgsn',
          personId: 'person.abdellatif-hammouchi',
          positionId: 'position.ma-dgsn-director-general',
          interval: { start: '2015-05', status: 'current' },
          concurrent: true,
          sources: [{ url: 'https://www.dgsn.gov.ma/' }],
        },
      ],
      // Each branch names its properties so that ajv's strict mode (strictRequired) accepts it.
      anyOf: [
        { properties: { positionId: true }, required: ['positionId'] },
        { properties: { organizationId: true, role: true }, required: ['organizationId', 'role'] },
      ],
    }),
);

/**
 * An occupancy record.
 *
 * @example
 * ```ts
 * // The value OccupancySchema returns, typed; here parsed from the schema's own example:
 * const occupancy: Occupancy = OccupancySchema.parse(tansiqRegistry.get(OccupancySchema)?.examples[0]);
 * occupancy.id; // 'occupancy.hammouchi-dgsn'
 * ```
 * @category Records
 */
export type Occupancy = z.infer<typeof OccupancySchema>;
