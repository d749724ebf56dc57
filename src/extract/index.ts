/**
 * Extraction from Arabic news text: the mentions of persons, agencies, forums and countries
 * (linked to records where the link is sure), draft meetings, and article records ready to
 * validate. No Node-only API: runs in browsers too.
 *
 * @module tansiq/extract
 */
export { extractMentions } from './extract-mentions.js';
export { extractMeetings } from './extract-meetings.js';
export { extractDates } from './extract-dates.js';
export { annotateArticle } from './annotate-article.js';
export type { AnnotateArticleInput, AnnotatedArticle } from './annotate-article.js';
export { ExtractError } from './extract-error.js';
export type { ExtractErrorCode } from './extract-error.js';
export type { ExtractOptions } from './extract-options.js';
export type { ExtractedMention, MentionKind, TextSpan } from './extracted-mention.js';
export type { DraftMeeting, DraftMeetingKind, DraftParticipant, DraftParticipantRole } from './draft-meeting.js';
