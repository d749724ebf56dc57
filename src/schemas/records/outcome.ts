import * as z from 'zod';
import { DateClaimSchema } from '../common/date-claim.js';
import { HttpUrlSchema } from '../common/http-url.js';
import { LocalizedTextSchema } from '../common/localized-text.js';
import { PartyRefSchema } from '../common/party-ref.js';
import { SourceRefSchema } from '../common/source-ref.js';
import { TopicCodeSchema } from '../common/topic-code.js';

/**
 * The kinds of meeting outcome.
 *
 * @example
 * ```ts
 * OUTCOME_KINDS.includes('mou'); // true
 * ```
 * @category Records
 */
export const OUTCOME_KINDS = /* @__PURE__ */ Object.freeze([
  'mou',
  'agreement',
  'joint-statement',
  'action-plan',
  'commitment',
  'intelligence-sharing',
  'judicial-cooperation',
  'training',
] as const);

/**
 * What a meeting produced: a memorandum of understanding, agreement, joint statement, action
 * plan, commitment, intelligence-sharing or judicial-cooperation commitment, or training; with
 * title, date (a {@link DateClaimSchema | date claim}), document URL, parties and topics.
 *
 * @example
 * ```ts
 * OutcomeSchema.parse({
 *   kind: 'mou',
 *   parties: [{ kind: 'country', country: 'MA' }, { kind: 'country', country: 'ES' }],
 * }).kind; // 'mou'
 * ```
 * @category Records
 */
export const OutcomeSchema = /* @__PURE__ */ z
  .strictObject({
    /** Kind of outcome. */
    kind: z.literal(OUTCOME_KINDS),
    /** Title of the document or commitment. */
    title: z.array(LocalizedTextSchema).optional(),
    /** When it was signed or adopted. */
    date: DateClaimSchema.optional(),
    /** URL of the document. */
    documentUrl: HttpUrlSchema.optional(),
    /** Parties to the outcome. */
    parties: z.array(PartyRefSchema).optional(),
    /** Topics of the outcome. */
    topics: z.array(TopicCodeSchema).optional(),
    /** Where the outcome is reported. */
    sources: z.array(SourceRefSchema).optional(),
  })
  .meta({
    id: 'tansiq.Outcome',
    title: 'Meeting outcome',
    description:
      'A typed meeting outcome (MoU, agreement, joint statement, action plan, commitment, intelligence sharing, …).',
    examples: [
      {
        kind: 'intelligence-sharing',
        parties: [
          { kind: 'country', country: 'MA' },
          { kind: 'country', country: 'ES' },
        ],
      },
    ],
  });

/**
 * A meeting outcome.
 *
 * @example
 * ```ts
 * // The value OutcomeSchema returns, typed; here parsed from the schema's own example:
 * const outcome: Outcome = OutcomeSchema.parse(tansiqRegistry.get(OutcomeSchema)?.examples[0]);
 * outcome.kind; // 'intelligence-sharing'
 * ```
 * @category Records
 */
export type Outcome = z.infer<typeof OutcomeSchema>;
