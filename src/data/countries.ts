import table from './_generated/countries.json' with { type: 'json' };
import { parseTable } from './_lib/tables.js';
import type { Country } from './country.js';

/**
 * Every ISO 3166-1 country plus the European Union (`EU`, last), with alpha-2, alpha-3 and numeric
 * codes and names in Arabic, English, French and Spanish.
 *
 * The table is generated from `i18n-iso-countries` (ISO codes, CLDR names) and frozen. It is
 * sorted by alpha-2 code, with `EU` appended at the end.
 *
 * @example
 * ```ts
 * countries.length; // 251 (250 ISO 3166-1 entries + EU)
 * countries.find((c) => c.code === 'ES')?.names.fr[0]; // 'Espagne'
 * ```
 * @category Reference data
 */
export const countries: readonly Country[] = /* @__PURE__ */ parseTable<Country[]>(table);
