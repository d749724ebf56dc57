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
   * {@link NAME_MATCH_THRESHOLD} (0.65). Values outside [0, 1] or `NaN` fall back to the default.
   */
  readonly threshold?: number;
}

/**
 * Whether two names designate the same person: `compareNames(a, b) >= threshold`.
 *
 * Works across scripts and romanization styles like {@link compareNames}; a distinctive surname
 * alone matches the full name at the default threshold, a common given name alone does not.
 * Symmetric; never throws.
 *
 * @param a - A person's name in any script.
 * @param b - Another person's name in any script.
 * @param options - `threshold` (default {@link NAME_MATCH_THRESHOLD}, 0.65).
 * @returns `true` when the names match.
 * @example
 * ```ts
 * namesMatch('كريستوفر راي', 'Christopher Wray'); // true
 * namesMatch('عمر', 'عمرو'); // false
 * ```
 * @category Names
 */
export function namesMatch(a: string, b: string, options?: NamesMatchOptions): boolean {
  const t = options?.threshold;
  const threshold = typeof t === 'number' && t >= 0 && t <= 1 ? t : NAME_MATCH_THRESHOLD;
  return compareNames(a, b) >= threshold;
}
