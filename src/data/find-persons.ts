import { compareNames, NAME_MATCH_THRESHOLD, nameKey } from '../arabic/index.js';
import type { Person } from '../schemas/index.js';
import { PERSONS } from './_lib/tables.js';

function tokensOf(text: string): string[] {
  return nameKey(text).split(' ').filter((t) => t !== '');
}

function namesOf(person: Person): string[] {
  return [person.name, ...(person.names ?? []).map((n) => n.value)];
}

/**
 * Finds shipped persons by name, in Arabic or Latin script, full or partial, in any spelling.
 *
 * Three tiers, the first that finds someone wins:
 * 1. a name equal to the query under the Arabic name key of `tansiq/arabic` (`nameKey`:
 *    tashkeel, alef and hamza forms, the article `ال`/`El`, `عبد` compounds, spacing and Latin
 *    case are normalized), also ignoring spaces;
 * 2. a name that contains every word of the query, when each word has three letters or more
 *    (`حموشي`, `Wray`, `مارلاسكا`);
 * 3. a name that `compareNames` scores at least `NAME_MATCH_THRESHOLD` against the query, across
 *    scripts and romanization styles (`Hamouchi`, `Abdul Latif Hamouchi`, `Kristofer Ray`),
 *    best score first.
 *
 * An empty query finds nothing.
 *
 * @param name - a full or partial name, e.g. `'عبد اللطيف الحموشي'`, `'Abdellatif Hammouchi'`
 * @returns the matching persons, best first (empty when none match)
 * @example
 * ```ts
 * findPersons('عبد اللطيف الحموشي').map((p) => p.id); // ['person.abdellatif-hammouchi']
 * findPersons('Abdellatif Hammouchi').map((p) => p.id); // ['person.abdellatif-hammouchi']
 * findPersons('Hamouchi').map((p) => p.id); // ['person.abdellatif-hammouchi']
 * findPersons('كريستوفر راي').map((p) => p.id); // ['person.christopher-wray']
 * findPersons('Nobody Known'); // []
 * ```
 * @category Reference data
 */
export function findPersons(name: string): readonly Person[] {
  const query = String(name);
  const wanted = tokensOf(query);
  if (wanted.length === 0) return [];
  const wantedKey = wanted.join(' ');
  const wantedCompact = wanted.join('');
  const wordsOnly = wanted.every((t) => t.length >= 3);
  const exact: Person[] = [];
  const containing: Person[] = [];
  for (const person of PERSONS) {
    let tier = 0;
    for (const value of namesOf(person)) {
      const tokens = tokensOf(value);
      if (tokens.join(' ') === wantedKey || tokens.join('') === wantedCompact) {
        tier = 2;
        break;
      }
      if (wordsOnly && wanted.every((t) => tokens.includes(t))) tier = 1;
    }
    if (tier === 2) exact.push(person);
    else if (tier === 1) containing.push(person);
  }
  if (exact.length > 0) return exact;
  if (containing.length > 0) return containing;
  const scored: { person: Person; score: number }[] = [];
  for (const person of PERSONS) {
    let best = 0;
    for (const value of namesOf(person)) best = Math.max(best, compareNames(query, value));
    if (best >= NAME_MATCH_THRESHOLD) scored.push({ person, score: best });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.person);
}
