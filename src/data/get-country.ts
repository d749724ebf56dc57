import { countries } from './countries.js';
import type { Country } from './country.js';

/**
 * Looks a country up by its ISO 3166-1 alpha-2, alpha-3 or numeric code (or `EU`).
 *
 * Letter codes are matched case-insensitively and surrounding spaces are ignored; a numeric code
 * may omit its leading zeros (`4` finds Afghanistan, `004`). Unknown codes return `undefined`.
 *
 * @param code - `MA`, `mar`, `504`, `EU`…
 * @returns the country, or `undefined` when no country has that code
 * @example
 * ```ts
 * getCountry('MA')?.names.en[0]; // 'Morocco'
 * getCountry('esp')?.code; // 'ES'
 * getCountry('504')?.code; // 'MA'
 * getCountry('EU')?.names.ar[0]; // 'الاتحاد الأوروبي'
 * getCountry('XX'); // undefined
 * ```
 * @category Reference data
 */
export function getCountry(code: string): Country | undefined {
  const wanted = String(code).trim().toUpperCase();
  if (wanted === '') return undefined;
  if (/^\d{1,3}$/.test(wanted)) {
    const numeric = wanted.padStart(3, '0');
    return countries.find((c) => c.numeric === numeric);
  }
  if (wanted.length === 2) return countries.find((c) => c.code === wanted);
  if (wanted.length === 3) return countries.find((c) => c.alpha3 === wanted);
  return undefined;
}
