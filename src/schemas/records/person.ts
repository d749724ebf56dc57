import * as z from 'zod';
import { addRuleIssue } from '../_lib/add-rule-issue.js';
import { isOrderedIfValid } from '../_lib/bounds.js';
import { entityMetaShape } from '../_lib/record-base.js';
import { CountryCodeSchema } from '../common/country-code.js';
import { ExternalIdsSchema } from '../common/external-ids.js';
import { LanguageTagSchema } from '../common/language-tag.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { NameSchema } from '../common/name.js';
import { PartialDateSchema } from '../common/partial-date.js';
import { PersonIdSchema } from '../common/typed-ids.js';
import { crossFieldCheck } from '../_lib/run-checks.js';
import { fastByDefault } from '../_lib/guard-parse.js';

/**
 * A person (Popolo Person, FtM Person, schema.org Person): a display `name`, all spellings in
 * `names` (Arabic, romanised, French…), Arabic name parts per language (`nasab`, `laqab`,
 * `nisba`, `kunya`), honorifics, dates, nationalities and external ids. Offices are separate
 * {@link OccupancySchema | occupancy} records. `birthDate <= deathDate` is checked.
 *
 * @example
 * ```ts
 * PersonSchema.parse({
 *   type: 'person',
 *   id: 'person.abdellatif-hammouchi',
 *   name: 'Abdellatif Hammouchi',
 *   names: [{ value: 'عبد اللطيف حموشي', lang: 'ar', kind: 'native' }],
 *   nationalities: ['MA'],
 *   sources: [],
 * }).name; // 'Abdellatif Hammouchi'
 * ```
 * @category Records
 */
export const PersonSchema = /* @__PURE__ */ fastByDefault(
  z
    .strictObject({
      /** Always `person`. */
      type: z.literal('person'),
      /** Id of this record (its prefix is the record type). */
      id: PersonIdSchema,
      /** Display name. */
      name: z.string().min(1),
      /** All spellings: Arabic, romanised, French, … */
      names: z.array(NameSchema).optional(),
      /** Name parts per language. */
      nameParts: z
        .array(
          z.strictObject({
            /** Language of these name parts. */
            lang: LanguageTagSchema,
            /** Given name (ism). */
            given: z.string().min(1).optional(),
            /** Family name. */
            family: z.string().min(1).optional(),
            /** Patronymic. */
            patronymic: z.string().min(1).optional(),
            /** Nasab (lineage, "ibn …"). */
            nasab: z.string().min(1).optional(),
            /** Laqab (epithet). */
            laqab: z.string().min(1).optional(),
            /** Nisba (origin or affiliation adjective). */
            nisba: z.string().min(1).optional(),
            /** Kunya ("Abu …", "Umm …"). */
            kunya: z.string().min(1).optional(),
          }),
        )
        .optional(),
      /** Honorifics ("Général", "السيد"). */
      honorifics: z.array(LocalizedTextSchema).optional(),
      /** Gender. */
      gender: z.literal(['female', 'male', 'other', 'unknown']).optional(),
      /** Date of birth. */
      birthDate: PartialDateSchema.optional(),
      /** Date of death (not before birth). */
      deathDate: PartialDateSchema.optional(),
      /** Nationalities. */
      nationalities: z.array(CountryCodeSchema).optional(),
      /** Identifiers of the same entity elsewhere (Wikidata, OpenSanctions, …). */
      externalIds: ExternalIdsSchema.optional(),
      ...entityMetaShape,
    })
    .check(
      crossFieldCheck(['death_before_birth'], (ctx) => {
        const { birthDate, deathDate } = ctx.value;
        if (birthDate !== undefined && deathDate !== undefined && !isOrderedIfValid(birthDate, deathDate)) {
          addRuleIssue(ctx, ['deathDate'], 'death_before_birth', { birthDate, deathDate }, deathDate);
        }
      }),
    )
    .meta({
      id: 'tansiq.Person',
      title: 'Person',
      description:
        'A person: display name, multilingual names, Arabic name parts, honorifics, dates, nationalities and external ids. Not expressible in JSON Schema: birthDate must not be after deathDate.',
      examples: [
        {
          type: 'person',
          id: 'person.abdellatif-hammouchi',
          name: 'Abdellatif Hammouchi',
          names: [
            { value: 'عبد اللطيف حموشي', lang: 'ar', kind: 'native', preferred: true },
            { value: 'Abdellatif Hammouchi', lang: 'fr', kind: 'transliteration', scheme: 'french-informal' },
          ],
          gender: 'male',
          nationalities: ['MA'],
          sources: [],
        },
      ],
    }),
);

/**
 * A person record.
 *
 * @example
 * ```ts
 * // The value PersonSchema returns, typed; here parsed from the schema's own example:
 * const person: Person = PersonSchema.parse(tansiqRegistry.get(PersonSchema)?.examples[0]);
 * person.id; // 'person.abdellatif-hammouchi'
 * ```
 * @category Records
 */
export type Person = z.infer<typeof PersonSchema>;
