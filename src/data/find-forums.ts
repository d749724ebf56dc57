import type { Forum } from '../schemas/index.js';
import { forumNameKeys } from './_lib/indexes.js';
import { rankByNames } from './_lib/match-names.js';

/**
 * Finds shipped forums (the GCTF, the Global Coalition against Daesh, the Council of Arab Interior
 * Ministers, AFRIPOL, the GCC, MENAFATF, the 5+5 Dialogue, …) by any of their names or acronyms,
 * in any language or script.
 *
 * Matching and ranking are those of {@link findAgencies}: a forum with a name equal to the query
 * (after normalization) comes first and alone; otherwise forums whose names contain the query as
 * a run of whole words, the tightest match first. An empty query finds nothing.
 *
 * @param query - a name or acronym, e.g. `'مجلس وزراء الداخلية العرب'`, `'AFRIPOL'`
 * @returns the matching forums, best first (empty when none match)
 * @example
 * ```ts
 * findForums('مجلس وزراء الداخلية العرب').map((f) => f.id); // ['forum.caim']
 * findForums('AFRIPOL').map((f) => f.id); // ['forum.afripol']
 * findForums('أفريبول').map((f) => f.id); // ['forum.afripol']
 * findForums('حوار 5+5').map((f) => f.id); // ['forum.5plus5-dialogue']
 * findForums('GCTF').map((f) => f.id); // ['forum.gctf']
 * findForums('nothing like this'); // []
 * ```
 * @category Reference data
 */
export function findForums(query: string): readonly Forum[] {
  return rankByNames(query, forumNameKeys(), () => true);
}
