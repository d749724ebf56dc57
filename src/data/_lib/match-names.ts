import type { NameKey } from './indexes.js';
import { searchTokens } from './search-key.js';

/** Whether `needle` occurs as a contiguous run inside `haystack`. */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Ranks records by how well one of their names matches a query (see `findAgencies`): records with
 * a name equal to the query (ignoring spaces too) come first and alone; otherwise the records
 * with a name containing the query as a run of whole words (one-word queries need four letters or
 * more), the tighter match first (the share of the name's words the query covers), table order
 * within ties.
 *
 * @param query - the query text, any script
 * @param entries - each record with the search keys of its names, in table order
 * @param keep - which records may be returned (e.g. a country filter)
 * @returns the matching records, best first
 */
export function rankByNames<T>(
  query: string,
  entries: readonly { readonly record: T; readonly keys: readonly NameKey[] }[],
  keep: (record: T) => boolean,
): T[] {
  const wanted = searchTokens(String(query));
  if (wanted.length === 0) return [];
  const spaced = wanted.join(' ');
  const compact = wanted.join('');
  const allowRun = wanted.length >= 2 || (wanted[0] as string).length >= 4;
  const exact: T[] = [];
  const partial: { record: T; score: number; order: number }[] = [];
  entries.forEach(({ record, keys }, order) => {
    if (!keep(record)) return;
    let score = 0;
    for (const key of keys) {
      if (key.spaced === spaced || key.compact === compact) {
        score = 2;
        break;
      }
      if (allowRun && key.tokens.length > 0 && containsRun(key.tokens, wanted)) {
        score = Math.max(score, wanted.length / key.tokens.length);
      }
    }
    if (score === 2) exact.push(record);
    else if (score > 0) partial.push({ record, score, order });
  });
  if (exact.length > 0) return exact;
  return partial.sort((a, b) => b.score - a.score || a.order - b.order).map((p) => p.record);
}
