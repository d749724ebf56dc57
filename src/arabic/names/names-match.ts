import { checkOptionsObject } from '../_lib/check-options.js';
import { compareNames } from './compare-names.js';
import { NAME_MATCH_THRESHOLD } from './name-match-threshold.js';

/**
 * Options of {@link namesMatch}.
 *
 * @example
 * ```ts
 * const options: NamesMatchOptions = { threshold: 0.8 };
 * ```
 * @category Names
 */
export interface NamesMatchOptions {
  /**
   * Minimum {@link compareNames} score for a match, in [0, 1]. Default
   * {@link NAME_MATCH_THRESHOLD} (0.65). Anything else than a number in [0, 1] is a `TypeError`.
   */
  readonly threshold?: number;
}

/**
 * Whether two names designate the same person: `compareNames(a, b) >= threshold`.
 *
 * Works across scripts and romanization styles like {@link compareNames}; a distinctive surname
 * alone matches the full name at the default threshold, a common given name alone does not.
 * Symmetric; never throws on any pair of strings.
 *
 * @param a - A person's name in any script.
 * @param b - Another person's name in any script.
 * @param options - `threshold` (default {@link NAME_MATCH_THRESHOLD}, 0.65).
 * @returns `true` when the names match.
 * @throws {TypeError} When `options` is not an object, has an unknown key, or `threshold` is not a number in [0, 1].
 * @example
 * ```ts
 * namesMatch('كريستوفر راي', 'Christopher Wray'); // true
 * namesMatch('عمر', 'عمرو'); // false
 * ```
 * @category Names
 */
export function namesMatch(a: string, b: string, options?: NamesMatchOptions): boolean {
  let threshold = NAME_MATCH_THRESHOLD;
  if (options !== undefined) {
    const t = checkOptionsObject('namesMatch', options, ['threshold']).threshold;
    if (t !== undefined) {
      if (typeof t !== 'number' || !(t >= 0 && t <= 1)) {
        throw new TypeError(
          `namesMatch: options.threshold must be a number from 0 to 1, got ${typeof t === 'number' ? String(t) : typeof t === 'string' ? `'${t}'` : t === null ? 'null' : typeof t}`,
        );
      }
      threshold = t;
    }
  }
  return compareNames(a, b) >= threshold;
}
