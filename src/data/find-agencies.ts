import type { Agency } from '../schemas/index.js';
import { searchTokens } from './_lib/search-key.js';
import { AGENCIES } from './_lib/tables.js';

/** Whether `needle` occurs as a contiguous run inside `haystack`. */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Finds shipped agencies by any of their names or acronyms, in any language or script.
 *
 * Every name of every agency is compared with the query after normalization: Arabic through
 * the shared normalizer (tashkeel, tatweel, alef and hamza forms, ta marbuta, alef maqsura
 * folded, the article `ال` ignored), Latin without case or accents, punctuation ignored (so
 * `F.B.I.`, `FBI`, `إف.بي.آي`, `الـ"إف بي آي"` and `أف بي آي` all work). Agencies with a name
 * equal to the query come first and alone; when no name is equal, the agencies with a name that
 * contains the query as a run of whole words are returned (for one-word queries, only words of
 * four letters or more). Within a tier, the table order is kept. An empty query finds nothing.
 *
 * @param query - a name, acronym or press spelling, e.g. `'أف بي آي'`, `'Guardia Civil'`
 * @returns the matching agencies, best first (empty when none match)
 * @example
 * ```ts
 * findAgencies('أف بي آي').map((a) => a.id); // ['agency.us-fbi']
 * findAgencies('FBI').map((a) => a.id); // ['agency.us-fbi']
 * findAgencies('مراقبة التراب الوطني').map((a) => a.id); // ['agency.ma-dgst']
 * findAgencies('Guardia Civil').map((a) => a.id); // ['agency.es-gc']
 * findAgencies('سي آي إيه').map((a) => a.id); // ['agency.us-cia']
 * findAgencies('nothing like this'); // []
 * ```
 * @category Reference data
 */
export function findAgencies(query: string): readonly Agency[] {
  const wanted = searchTokens(query);
  if (wanted.length === 0) return [];
  const wantedKey = wanted.join(' ');
  const wantedCompact = wanted.join('');
  const allowRun = wanted.length >= 2 || (wanted[0] as string).length >= 4;
  const exact: Agency[] = [];
  const partial: Agency[] = [];
  for (const agency of AGENCIES) {
    let best = 0;
    for (const name of agency.names) {
      const tokens = searchTokens(name.value);
      if (tokens.join(' ') === wantedKey || tokens.join('') === wantedCompact) {
        best = 2;
        break;
      }
      if (allowRun && containsRun(tokens, wanted)) best = 1;
    }
    if (best === 2) exact.push(agency);
    else if (best === 1) partial.push(agency);
  }
  return exact.length > 0 ? exact : partial;
}
