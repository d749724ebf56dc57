import { analyze } from './_lib/analyze.js';
import { lexiconFor } from './_lib/lexicon.js';
import { readOptions } from './_lib/options.js';
import type { ExtractOptions } from './extract-options.js';
import type { ExtractedMention } from './extracted-mention.js';
import { toMentions } from './_lib/to-mentions.js';

/**
 * Finds the mentions of persons, agencies, forums and countries in Arabic news text, linked to
 * records where the link is sure.
 *
 * Names are matched on folded word sequences (alef, hamza, ta marbuta, tashkeel and invisible
 * characters do not matter) against every name and acronym of the shipped reference data and of
 * `options.records`: Arabic and Latin script, acronyms written in Arabic letters (أف بي آي), the
 * longest name winning. Separable proclitics (و ف ب ل ك) stay outside spans, and a fused لل
 * starts the span at its second ل. Country names and nisba adjectives (المغربي، الإسبانية) are
 * country mentions; a capital is one only where it acts as its state (أكدت الرباط). Titles and
 * honorifics are outside a person's span but identify the holder of the post on the reference
 * date, which links a partial or misspelled name; a person named by a title alone is not a
 * mention; a surname after the full name is a mention with the same link; unknown persons after
 * a title or honorific are reported without `ref`, with a readable Latin `name`.
 *
 * Links are precision first: an agency name several records share is linked only when the
 * country in the text decides it, and a person only on an exact name, a post held on the date or
 * a close spelling of one person's name. Mentions are sorted and never overlap; spans are UTF-16
 * offsets into the input as given (`text === input.slice(start, end)`), also for text in Arabic
 * presentation forms (ﻋﺒﺪ، ﻻ: text extracted from PDFs), read as the letters it stands for. Any
 * string is read without throwing, in linear time; the name index is built on first use.
 *
 * @param text - Any string (Arabic news text; Latin names and acronyms inside it are read too).
 * @param options - `reference` (the article's date) and `records` (your own records).
 * @returns The mentions, sorted by position.
 * @throws {@link ExtractError} when the options are malformed (never because of the text).
 * @example
 * ```ts
 * extractMentions('استقبل المدير العام للأمن الوطني عبد اللطيف حموشي السفير الأمريكي', { reference: '2022-06-20' })
 *   .map((m) => [m.text, m.kind, m.ref]);
 * // [
 * //   ['لأمن الوطني', 'agency', { kind: 'organization', id: 'agency.ma-dgsn' }],
 * //   ['عبد اللطيف حموشي', 'person', { kind: 'person', id: 'person.abdellatif-hammouchi' }],
 * //   ['الأمريكي', 'country', { kind: 'country', country: 'US' }],
 * // ]
 * ```
 * @category Extraction
 */
export function extractMentions(text: string, options?: ExtractOptions): ExtractedMention[] {
  const { reference, records } = readOptions('extractMentions', options);
  const input = typeof text === 'string' ? text : String(text);
  const analysis = analyze(input, lexiconFor(records), reference);
  return toMentions(input, analysis);
}
