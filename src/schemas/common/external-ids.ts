import * as z from 'zod';
import { HttpUrlSchema } from './http-url.js';
import { localizedError } from '../_lib/localized-error.js';

/** A Wikidata item id (`Q` and digits), the same check for an entity and for its position. */
const WikidataItemIdSchema = /* @__PURE__ */ z.string().regex(/^Q[1-9]\d*$/, {
  error: localizedError('expected a Wikidata item id Q<digits>', 'متوقع معرّف عنصر في ويكي بيانات بالشكل Q<digits>'),
});

/**
 * Identifiers of the same entity elsewhere: `wikidata` (an item `Q…`), `wikidataPosition` (the
 * Wikidata item of a position), `opensanctions`, `ftm`, `popolo`, `isni` (16 characters),
 * `viaf` (digits), `website` and `official` (an official register number). Unknown keys are
 * errors; put other schemes in the record's `extensions`.
 *
 * @example
 * ```ts
 * ExternalIdsSchema.parse({ wikidata: 'Q42' }); // { wikidata: 'Q42' }
 * ExternalIdsSchema.safeParse({ wikidata: 'q42' }).success; // false
 * ```
 * @category Building blocks
 */
export const ExternalIdsSchema = /* @__PURE__ */ z
  .strictObject({
    /** Wikidata item id (`Q…`). */
    wikidata: WikidataItemIdSchema.optional(),
    /** Wikidata item of a position (`Q…`). */
    wikidataPosition: WikidataItemIdSchema.optional(),
    /** OpenSanctions entity id. */
    opensanctions: z.string().min(1).optional(),
    /** FollowTheMoney entity id. */
    ftm: z.string().min(1).optional(),
    /** Popolo id. */
    popolo: z.string().min(1).optional(),
    /** ISNI (16 characters, no spaces). */
    isni: z
      .string()
      .regex(/^\d{15}[\dX]$/, {
        error: localizedError(
          'expected an ISNI of 16 characters without spaces',
          'متوقع رقم ISNI من 16 محرفًا بلا مسافات',
        ),
      })
      .optional(),
    /** VIAF id (digits). */
    viaf: z
      .string()
      .regex(/^\d+$/, { error: localizedError('expected a VIAF id (digits)', 'متوقع معرّف VIAF من أرقام') })
      .optional(),
    /** Official website. */
    website: HttpUrlSchema.optional(),
    /** Official register number. */
    official: z.string().min(1).optional(),
  })
  .meta({
    id: 'tansiq.ExternalIds',
    title: 'External identifiers',
    description:
      'Identifiers of the same entity in Wikidata, OpenSanctions, FollowTheMoney, Popolo, ISNI, VIAF and official registers.',
    examples: [{ wikidata: 'Q42', website: 'https://www.example.org/' }],
  });

/**
 * External identifiers of an entity.
 *
 * @example
 * ```ts
 * // An ExternalIds is what ExternalIdsSchema returns once the input is valid:
 * const result = ExternalIdsSchema.safeParse({});
 * const value: ExternalIds | undefined = result.success ? result.data : undefined;
 * value; // {} (every field is optional)
 * ```
 * @category Building blocks
 */
export type ExternalIds = z.infer<typeof ExternalIdsSchema>;
