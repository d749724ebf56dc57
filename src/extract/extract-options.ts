import type { TansiqRecord } from '../schemas/index.js';

/**
 * Options of {@link extractMentions} and {@link extractMeetings}.
 *
 * @example
 * ```ts
 * const options: ExtractOptions = { reference: '2022-06-20' };
 * extractMentions('التقى حموشي', options)[0]?.ref; // { kind: 'person', id: 'person.abdellatif-hammouchi' }
 * ```
 * @category Extraction
 */
export interface ExtractOptions {
  /**
   * The article's date (`YYYY-MM-DD` or a `Date`): relative dates ("أمس") are read against it,
   * and a title plus this date identifies the holder of a post. Without it, no title links a
   * person and relative dates are not resolved.
   */
  readonly reference?: string | Date;
  /**
   * The user's own records (agencies, forums, persons, positions, occupancies), linked as well as
   * the shipped reference data. A record with the id of a shipped one replaces it.
   */
  readonly records?: Iterable<TansiqRecord>;
}
