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
 * // A ChairModel is what ChairModelSchema returns once the input is valid:
 * const result = ChairModelSchema.safeParse({});
 * const value: ChairModel | undefined = result.success ? result.data : undefined;
 * value; // undefined
 * ```
 * @category Building blocks
 */
export type ChairModel = z.infer<typeof ChairModelSchema>;

/**
 * Input type of {@link ChairModelSchema} (same as {@link ChairModel}).
 *
 * @example
 * ```ts
 * // A ChairModelInput is what ChairModelSchema accepts before parsing:
 * const isValid = (input: ChairModelInput): boolean => ChairModelSchema.safeParse(input).success;
 * typeof isValid; // 'function'
 * ```
 * @category Building blocks
 */
export type ChairModelInput = z.input<typeof ChairModelSchema>;
