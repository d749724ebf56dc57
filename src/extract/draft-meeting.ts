import type { MEETING_KINDS, PARTICIPANT_ROLES, PartyRef } from '../schemas/index.js';
import type { TextSpan } from './extracted-mention.js';

/**
 * A role at a meeting (the schema's participant roles).
 *
 * @example
 * ```ts
 * const [meeting] = extractMeetings('استقبل وزير الداخلية المغربي عبد الوافي لفتيت أمس نظيره الإسباني', { reference: '2022-06-16' });
 * const roles: DraftParticipantRole[] = meeting?.participants.map((p) => p.role) ?? [];
 * roles; // ['host', 'visitor']
 * ```
 * @category Extraction
 */
export type DraftParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * A kind of meeting (the schema's meeting kinds).
 *
 * @example
 * ```ts
 * const [call] = extractMeetings('أجرى وزير الداخلية المغربي عبد الوافي لفتيت اتصالا هاتفيا مع نظيره الإسباني');
 * const kind: DraftMeetingKind | undefined = call?.kind;
 * kind; // 'phone-call'
 * ```
 * @category Extraction
 */
export type DraftMeetingKind = (typeof MEETING_KINDS)[number];

/**
 * A participant of a {@link DraftMeeting}: the name as the text gives it (or the post, for a
 * participant named by title only), the person record when it is sure, and the role.
 *
 * @example
 * ```ts
 * const [meeting] = extractMeetings('استقبل وزير الداخلية المغربي عبد الوافي لفتيت أمس نظيره الإسباني', { reference: '2022-06-16' });
 * const host: DraftParticipant | undefined = meeting?.participants[0];
 * host; // { name: 'عبد الوافي لفتيت', personId: 'person.abdelouafi-laftit', role: 'host', country: 'MA' }
 * ```
 * @category Extraction
 */
export interface DraftParticipant {
  /** The name as written (or the title, for a participant named by post). */
  readonly name: string;
  /** The person record, when the link is sure. */
  readonly personId?: string;
  /** Role at the meeting, when the wording gives it (استقبل: host and visitor). */
  readonly role?: DraftParticipantRole;
  /** Country the participant acts for, when known. */
  readonly country?: string;
}

/**
 * A meeting that {@link extractMeetings} read in the text: a draft to check, with the span of the
 * clause that reports it.
 *
 * @example
 * ```ts
 * const [meeting] = extractMeetings('استقبل وزير الداخلية المغربي عبد الوافي لفتيت أمس نظيره الإسباني', { reference: '2022-06-16' });
 * meeting?.date; // '2022-06-15'
 * ```
 * @category Extraction
 */
export interface DraftMeeting {
  /** Partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at the precision the text gives. */
  readonly date?: string;
  /** Where it took place, when the text says. */
  readonly location?: {
    /** The city (English name). */
    readonly city?: string;
    /** Its country (ISO 3166-1 alpha-2). */
    readonly country?: string;
  };
  /** The parties: countries, then organizations (agencies and forums), each once. */
  readonly parties: PartyRef[];
  /** The persons taking part. */
  readonly participants: DraftParticipant[];
  /** Kind of meeting, from the wording (visit, talks, call, signing …). */
  readonly kind?: DraftMeetingKind;
  /** The forum it is a meeting of or in, when one is named and known. */
  readonly forumId?: string;
  /** The clause that reports it. */
  readonly evidence: TextSpan;
  /** How sure the extractor is, 0 to 1. */
  readonly confidence: number;
}
