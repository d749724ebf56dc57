import * as z from 'zod';
import { localizedError } from '../_lib/localized-error.js';

/**
 * The 16 PLOVER event types (PLOVER manual draft 2.0).
 *
 * @example
 * ```ts
 * PLOVER_EVENTS.includes('CONSULT'); // true
 * ```
 * @category Records
 */
export const PLOVER_EVENTS = /* @__PURE__ */ Object.freeze([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const);

/**
 * Event-data codes for a meeting: CAMEO codes (2 to 4 digits, e.g. `042`), PLOVER event types
 * with modes and contexts, and an ACLED event type. Usually derived by a helper, stored when
 * overridden by hand.
 *
 * @example
 * ```ts
 * EventCodingSchema.parse({ cameo: ['042', '043'], plover: { event: ['CONSULT'], mode: ['visit'] } }).cameo;
 * // ['042', '043']
 * EventCodingSchema.safeParse({ cameo: ['42'] }).success; // true (2 digits is a root code)
 * EventCodingSchema.safeParse({ cameo: ['4'] }).success; // false
 * ```
 * @category Records
 */
export const EventCodingSchema = /* @__PURE__ */ z
  .strictObject({
    /** CAMEO event codes (2 to 4 digits). */
    cameo: z
      .array(
        z.string().regex(/^\d{2,4}$/, {
          error: localizedError('expected a CAMEO code of 2 to 4 digits', 'متوقع رمز CAMEO من 2 إلى 4 أرقام'),
        }),
      )
      .optional(),
    /** PLOVER event types, modes and contexts. */
    plover: z
      .strictObject({
        /** PLOVER event types (at least one). */
        event: z.array(z.literal(PLOVER_EVENTS)).min(1),
        /** PLOVER modes (e.g. `visit`, `phone`). */
        mode: z
          .array(
            z.string().regex(/^[a-z][a-z_-]*$/, {
              error: localizedError('expected a PLOVER mode name', 'متوقع اسم نمط (mode) من PLOVER'),
            }),
          )
          .optional(),
        /** PLOVER contexts (e.g. `terrorism`). */
        context: z
          .array(
            z.string().regex(/^[a-z][a-z_]*$/, {
              error: localizedError('expected a PLOVER context name', 'متوقع اسم سياق (context) من PLOVER'),
            }),
          )
          .optional(),
      })
      .optional(),
    /** ACLED event type. */
    acled: z
      .strictObject({
        /** ACLED event type. */
        eventType: z.string().min(1),
        /** ACLED sub-event type. */
        subEventType: z.string().min(1).optional(),
      })
      .optional(),
  })
  .meta({
    id: 'tansiq.EventCoding',
    title: 'Event coding',
    description: 'CAMEO codes, PLOVER event/mode/context and ACLED event type of a meeting.',
    examples: [{ cameo: ['042', '043'], plover: { event: ['CONSULT'], mode: ['visit'], context: ['terrorism'] } }],
  });

/**
 * Event-data coding of a meeting.
 *
 * @example
 * ```ts
 * // An EventCoding is what EventCodingSchema returns once the input is valid:
 * const result = EventCodingSchema.safeParse({});
 * const value: EventCoding | undefined = result.success ? result.data : undefined;
 * value; // {} (every field is optional)
 * ```
 * @category Records
 */
export type EventCoding = z.infer<typeof EventCodingSchema>;
