import { analyze } from './_lib/analyze.js';
import { lexiconFor } from './_lib/lexicon.js';
import { findMeetings } from './_lib/meetings.js';
import { readOptions } from './_lib/options.js';
import type { DraftMeeting } from './draft-meeting.js';
import type { ExtractOptions } from './extract-options.js';

/**
 * Reads the meetings an Arabic news text reports as having happened (or happening on the
 * reference date): visits, talks, receptions, calls, signatures, chaired meetings, participation
 * in a forum's meeting.
 *
 * Each sentence with a reporting verb or noun (استقبل، التقى، اجتمع، أجرى مباحثات، بحث مع، زيارة
 * عمل، اتصال هاتفي، وقّع، ترأس، شارك في) gives a draft when it names at least two states, or a
 * forum, or one state and an international organization or two participants. The participants
 * are the persons of the sentence (and the holders of posts named by title alone); the parties
 * are their countries (from the posts they hold on the date, or their nationality), the agencies
 * and forums named, and the countries named. The date is the date expression of the sentence
 * nearest the verb, at the precision the text gives, read against `reference` (a date after the
 * reference, or a clause in the future or of a plan, gives no meeting). The place is a city named
 * as a place in the sentence. Sentences that report the same event (same date where both give
 * one, same forum, the states of one within those of the other) are merged.
 *
 * @param text - Any string.
 * @param options - `reference` (the article's date) and `records` (your own records).
 * @returns The draft meetings in text order.
 * @throws {@link ExtractError} when the options are malformed.
 * @example
 * ```ts
 * const [m] = extractMeetings('اجتمع وزير الداخلية المغربي عبد الوافي لفتيت أمس بنظيره الإسباني في مدريد', { reference: '2022-06-16' });
 * [m?.date, m?.location]; // ['2022-06-15', { city: 'Madrid', country: 'ES' }]
 * m?.parties; // [{ kind: 'country', country: 'ES' }, { kind: 'country', country: 'MA' }, { kind: 'organization', id: 'agency.ma-interior' }]
 * m?.participants.map((p) => p.personId); // ['person.abdelouafi-laftit', 'person.fernando-grande-marlaska']
 * ```
 * @category Extraction
 */
export function extractMeetings(text: string, options?: ExtractOptions): DraftMeeting[] {
  const { reference, records } = readOptions('extractMeetings', options);
  const input = typeof text === 'string' ? text : String(text);
  const lex = lexiconFor(records);
  return findMeetings(input, analyze(input, lex, reference), lex, reference).map((m) => m.draft);
}
