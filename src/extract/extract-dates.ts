import type { ArabicDate } from '../arabic/index.js';
import { readOptions } from './_lib/options.js';
import { findDatesAsGiven } from './_lib/presentation-forms.js';
import type { ExtractOptions } from './extract-options.js';

/**
 * Finds the date expressions of an Arabic article, as the extractor reads them for its meetings.
 *
 * This is {@link findArabicDates} for whole articles, with two differences: options are checked
 * like those of the other extraction functions (an {@link ExtractError}, not a `TypeError`), and
 * text written in Arabic presentation forms (ﻋﺒﺪ، ﻻ: text extracted from PDFs) is read as the
 * letters it stands for, with offsets into the text as given (`d.text === text.slice(d.index,
 * d.endIndex)`; a date that starts or ends inside a ligature takes all of it). `options.records`
 * plays no part here.
 *
 * @param text - Any string (Arabic news text).
 * @param options - `reference`: the article's date, for relative dates and missing years.
 * @returns The dates, in order and non-overlapping.
 * @throws {@link ExtractError} when the options are malformed (never because of the text).
 * @example
 * ```ts
 * extractDates('ﺍﺟﺘﻤﻊ ﺍﻟﻮﺯﻳﺮﺍﻥ ﺃﻣﺲ ﻓﻲ ﺍﻟﺮﺑﺎﻁ', { reference: '2022-06-20' }).map((d) => [d.iso, d.index]);
 * // [['2022-06-19', 15]]
 * ```
 * @category Extraction
 */
export function extractDates(text: string, options?: ExtractOptions): ArabicDate[] {
  const { reference } = readOptions('extractDates', options);
  const input = typeof text === 'string' ? text : String(text);
  return findDatesAsGiven(input, reference === undefined ? undefined : { reference });
}
