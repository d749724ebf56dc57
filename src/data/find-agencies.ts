import type { Agency } from '../schemas/index.js';
import { agencyNameKeys } from './_lib/indexes.js';
import { rankByNames } from './_lib/match-names.js';

/**
 * Options of {@link findAgencies}.
 *
 * @example
 * ```ts
 * const options: FindAgenciesOptions = { country: 'DZ' };
 * findAgencies('DGSN', options).map((a) => a.id); // ['agency.dz-dgsn']
 * ```
 * @category Reference data
 */
export interface FindAgenciesOptions {
  /**
   * Keep only the agencies of this country (ISO 3166-1 alpha-2, any case), to narrow names that
   * many countries share ("Ministry of Interior", "وزارة الداخلية", "DGSN"). International bodies,
   * which have no country, are left out when a country is given.
   */
  readonly country?: string;
}

/**
 * Finds shipped agencies by any of their names or acronyms, in any language or script.
 *
 * Every name of every agency (official, short, former, acronyms in Latin and Arabic letters, press
 * spellings) is compared with the query after normalization: Arabic through the shared normalizer
 * (tashkeel, tatweel, alef and hamza forms, ta marbuta, alef maqsura folded, the article `ال`
 * ignored), Latin without case or accents, punctuation ignored (so `F.B.I.`, `FBI`, `إف.بي.آي`,
 * `الـ"إف بي آي"` and `أف بي آي` all work). Agencies with a name equal to the query come first
 * and alone, in table order; when no name is equal, the agencies with a name that contains the
 * query as a run of whole words are returned (for one-word queries, only words of four letters or
 * more), ranked by how much of that name the query covers. An empty query finds nothing.
 *
 * The index of names is built on the first call.
 *
 * @param query - a name, acronym or press spelling, e.g. `'أف بي آي'`, `'Guardia Civil'`
 * @param options - `country` narrows the search to one country's agencies
 * @returns the matching agencies, best first (empty when none match)
 * @example
 * ```ts
 * findAgencies('أف بي آي').map((a) => a.id); // ['agency.us-fbi']
 * findAgencies('FBI').map((a) => a.id); // ['agency.us-fbi']
 * findAgencies('مراقبة التراب الوطني').map((a) => a.id); // ['agency.ma-dgst']
 * findAgencies('Guardia Civil').map((a) => a.id); // ['agency.es-gc']
 * findAgencies('سي آي إيه').map((a) => a.id); // ['agency.us-cia']
 * findAgencies('DGSN', { country: 'DZ' }).map((a) => a.id); // ['agency.dz-dgsn']
 * findAgencies('وزارة الداخلية', { country: 'JO' }).map((a) => a.id); // ['agency.jo-interior']
 * findAgencies('المخابرات العامة', { country: 'EG' }).map((a) => a.id); // ['agency.eg-gis']
 * findAgencies('nothing like this'); // []
 * ```
 * @category Reference data
 */
export function findAgencies(query: string, options: FindAgenciesOptions = {}): readonly Agency[] {
  const country = options.country === undefined ? undefined : String(options.country).trim().toUpperCase();
  return rankByNames(query, agencyNameKeys(), (agency) => country === undefined || agency.country === country);
}
