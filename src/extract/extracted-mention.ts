import type { PartyRef } from '../schemas/index.js';

/**
 * The kinds of mention {@link extractMentions} reports.
 *
 * @example
 * ```ts
 * const kinds: MentionKind[] = extractMentions('استقبل حموشي السفير الأمريكي').map((m) => m.kind);
 * kinds; // ['person', 'country']
 * ```
 * @category Extraction
 */
export type MentionKind = 'person' | 'agency' | 'forum' | 'country';

/**
 * A span of text: UTF-16 offsets into the input as given, `start` inclusive, `end` exclusive.
 *
 * @example
 * ```ts
 * const span: TextSpan = { start: 0, end: 6 };
 * 'المغرب يستقبل'.slice(span.start, span.end); // 'المغرب'
 * ```
 * @category Extraction
 */
export interface TextSpan {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset after the last code unit. */
  readonly end: number;
}

/**
 * One mention found by {@link extractMentions}: where it is, what kind of entity it names and,
 * when the link is sure, the record or country it refers to.
 *
 * @example
 * ```ts
 * const [mention] = extractMentions('أكد المغرب');
 * mention; // { text: 'المغرب', span: { start: 4, end: 10 }, kind: 'country', ref: { kind: 'country', country: 'MA' }, confidence: 0.95 }
 * ```
 * @category Extraction
 */
export interface ExtractedMention {
  /** The text of the mention: `input.slice(span.start, span.end)`. */
  readonly text: string;
  /** Where it is in the input. */
  readonly span: TextSpan;
  /** Person, agency, forum or country. */
  readonly kind: MentionKind;
  /** The record or country it refers to, only when the link is sure. */
  readonly ref?: PartyRef;
  /** How sure the extractor is of the mention and its link, 0 to 1. */
  readonly confidence: number;
  /** A readable Latin form of the name of a person the data does not know (or could not link). */
  readonly name?: string;
}
