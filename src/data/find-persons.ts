import { compareNames, NAME_MATCH_THRESHOLD, nameKey } from '../arabic/index.js';
import type { Person } from '../schemas/index.js';
import { personCountries, personNameKeys } from './_lib/indexes.js';

/**
 * Options of {@link findPersons}.
 *
 * @example
 * ```ts
 * const options: FindPersonsOptions = { country: 'TN' };
 * findPersons('Charfeddine', options).length; // 1
 * ```
 * @category Reference data
 */
export interface FindPersonsOptions {
  /**
   * Keep only the persons tied to this country (ISO 3166-1 alpha-2, any case): by nationality or
   * by a post they held in that country.
   */
  readonly country?: string;
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
 * Every Latin spelling the sources used is among a person's names, so press variants
 * (`Kehal`/`Kahal`, `Rachedi`/`Rachdi`, `Husni`/`Hosni`) are found in tier 1 or 2. `country`
 * narrows the search. An empty query finds nothing. The name index is built on the first call.
 *
 * @param name - a full or partial name, e.g. `'عبد اللطيف الحموشي'`, `'Abdellatif Hammouchi'`
 * @param options - `country` keeps only persons tied to that country
 * @returns the matching persons, best first (empty when none match)
 * @example
 * ```ts
 * findPersons('عبد اللطيف الحموشي').map((p) => p.id); // ['person.abdellatif-hammouchi']
 * findPersons('Abdellatif Hammouchi').map((p) => p.id); // ['person.abdellatif-hammouchi']
 * findPersons('Hamouchi').map((p) => p.id); // ['person.abdellatif-hammouchi']
 * findPersons('كريستوفر راي').map((p) => p.id); // ['person.christopher-wray']
 * findPersons('Jamal Kahal').map((p) => p.id); // ['person.djamel-kehal-medjdoub']
 * findPersons('عباس كامل').map((p) => p.id); // ['person.abbas-kamel']
 * findPersons('Mechichi', { country: 'TN' }).map((p) => p.id); // ['person.hichem-mechichi']
 * findPersons('Nobody Known'); // []
 * ```
 * @category Reference data
 */
export function findPersons(name: string, options: FindPersonsOptions = {}): readonly Person[] {
  const query = String(name);
  const wanted = nameKey(query)
    .split(' ')
    .filter((t) => t !== '');
  if (wanted.length === 0) return [];
  const country = options.country === undefined ? undefined : String(options.country).trim().toUpperCase();
  const countries = country === undefined ? undefined : personCountries();
  const keep = (person: Person): boolean => country === undefined || (countries?.get(person.id)?.has(country) ?? false);
  const wantedKey = wanted.join(' ');
  const wantedCompact = wanted.join('');
  const wordsOnly = wanted.every((t) => t.length >= 3);
  const exact: Person[] = [];
  const containing: Person[] = [];
  const entries = personNameKeys();
  for (const { record, keys } of entries) {
    if (!keep(record)) continue;
    let tier = 0;
    for (const key of keys) {
      if (key.spaced === wantedKey || key.compact === wantedCompact) {
        tier = 2;
        break;
      }
      if (wordsOnly && wanted.every((t) => key.tokens.includes(t))) tier = 1;
    }
    if (tier === 2) exact.push(record);
    else if (tier === 1) containing.push(record);
  }
  if (exact.length > 0) return exact;
  if (containing.length > 0) return containing;
  const scored: { person: Person; score: number }[] = [];
  for (const { record, values } of entries) {
    if (!keep(record)) continue;
    let best = 0;
    for (const value of values) best = Math.max(best, compareNames(query, value));
    if (best >= NAME_MATCH_THRESHOLD) scored.push({ person: record, score: best });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.person);
}
