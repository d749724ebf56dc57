import * as z from 'zod';

/**
 * How a forum or working group is chaired: the number of co-chair `seats` and the usual term
 * length in months (GCTF: two co-chairs, 24 months).
 *
 * @example
 * ```ts
 * ChairModelSchema.parse({ seats: 2, termMonths: 24 }); // { seats: 2, termMonths: 24 }
 * ChairModelSchema.safeParse({ seats: 0 }).success; // false
 * ```
 * @category Building blocks
 */
export const ChairModelSchema = /* @__PURE__ */ z
  .strictObject({
    /** Number of co-chair seats (at least 1). */
    seats: z.int().min(1),
    /** Usual term length in months. */
    termMonths: z.int().min(1).optional(),
  })
  .meta({
    id: 'tansiq.ChairModel',
    title: 'Chair model',
    description: 'Number of co-chair seats and usual term length in months.',
    examples: [{ seats: 2, termMonths: 24 }],
  });

/**
 * A chair model `{ seats, termMonths? }`.
 *
 * @example
 * ```ts
 * // The value ChairModelSchema returns, typed; here parsed from the schema's own example:
 * const chairModel: ChairModel = ChairModelSchema.parse(tansiqRegistry.get(ChairModelSchema)?.examples[0]);
 * chairModel.seats; // 2
 * ```
 * @category Building blocks
 */
export type ChairModel = z.infer<typeof ChairModelSchema>;
