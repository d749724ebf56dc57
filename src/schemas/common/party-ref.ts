import * as z from 'zod';
import { CountryCodeSchema } from './country-code.js';
import { OrganizationIdSchema, PersonIdSchema } from './typed-ids.js';

/**
 * A party to a meeting, membership or co-chairmanship: a country (`{ kind: 'country', country }`),
 * an organization (`{ kind: 'organization', id }`, an agency or forum id) or a person
 * (`{ kind: 'person', id }`). States and the EU can sit side by side without inventing
 * "Government of X" organizations.
 *
 * @example
 * ```ts
 * PartyRefSchema.parse({ kind: 'country', country: 'MA' }); // { kind: 'country', country: 'MA' }
 * PartyRefSchema.parse({ kind: 'organization', id: 'agency.ma-dgsn' }).kind; // 'organization'
 * PartyRefSchema.safeParse({ kind: 'organization', id: 'person.x' }).success; // false
 * ```
 * @category Building blocks
 */
export const PartyRefSchema = /* @__PURE__ */ z
  .discriminatedUnion('kind', [
    z.strictObject({
      /** Which kind of party this is. */
      kind: z.literal('country'),
      /** The country (ISO 3166-1 alpha-2 or EU). */
      country: CountryCodeSchema,
    }),
    z.strictObject({
      /** Which kind of party this is. */
      kind: z.literal('organization'),
      /** Id of the organization (agency or forum) or person record. */
      id: OrganizationIdSchema,
    }),
    z.strictObject({
      /** Which kind of party this is. */
      kind: z.literal('person'),
      /** Id of the organization (agency or forum) or person record. */
      id: PersonIdSchema,
    }),
  ])
  .meta({
    id: 'tansiq.PartyRef',
    title: 'Party reference',
    description: 'A country (ISO code or EU), an organization (agency or forum id) or a person id.',
    examples: [
      { kind: 'country', country: 'MA' },
      { kind: 'organization', id: 'agency.ma-dgsn' },
      { kind: 'person', id: 'person.abdellatif-hammouchi' },
    ],
  });

/**
 * A party reference: country, organization or person.
 *
 * @example
 * ```ts
 * // The value PartyRefSchema returns, typed; here parsed from the schema's own example:
 * const partyRef: PartyRef = PartyRefSchema.parse(tansiqRegistry.get(PartyRefSchema)?.examples[0]);
 * partyRef.kind; // 'country'
 * ```
 * @category Building blocks
 */
export type PartyRef = z.infer<typeof PartyRefSchema>;
