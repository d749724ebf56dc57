import * as z from 'zod';

/**
 * tansiq's own topic vocabulary for security-cooperation news. {@link TOPIC_MAPPINGS} maps each
 * code to IPTC Media Topics, FollowTheMoney topics and PLOVER contexts.
 *
 * @example
 * ```ts
 * TOPIC_CODES.includes('terrorism'); // true
 * ```
 * @category Building blocks
 */
export const TOPIC_CODES = /* @__PURE__ */ Object.freeze([
  'terrorism',
  'violent-extremism',
  'terrorist-financing',
  'foreign-terrorist-fighters',
  'organized-crime',
  'human-trafficking',
  'migrant-smuggling',
  'irregular-migration',
  'drug-trafficking',
  'cybercrime',
  'intelligence',
  'border-security',
  'judicial-cooperation',
  'police-cooperation',
  'diplomacy',
] as const);

/**
 * One of tansiq's {@link TOPIC_CODES}.
 *
 * @example
 * ```ts
 * TopicCodeSchema.parse('drug-trafficking'); // 'drug-trafficking'
 * TopicCodeSchema.safeParse('crime.terror').success; // false (an FtM topic, not a tansiq code)
 * ```
 * @category Building blocks
 */
export const TopicCodeSchema = /* @__PURE__ */ z.literal(TOPIC_CODES).meta({
  id: 'tansiq.TopicCode',
  title: 'Topic code',
  description: "A code of tansiq's topic vocabulary (mapped to IPTC Media Topics, FtM topics and PLOVER contexts).",
  examples: ['terrorism', 'police-cooperation'],
});

/**
 * A tansiq topic code such as `'terrorism'`.
 *
 * @example
 * ```ts
 * const value: TopicCode = TopicCodeSchema.parse('terrorism');
 * value; // 'terrorism'
 * ```
 * @category Building blocks
 */
export type TopicCode = z.infer<typeof TopicCodeSchema>;
