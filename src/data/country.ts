/**
 * A country of ISO 3166-1, or the European Union (`EU`), as shipped in {@link countries}.
 *
 * Generated at build time from `i18n-iso-countries` (CLDR names) by `scripts/generate-countries.ts`.
 *
 * @example
 * ```ts
 * const morocco: Country | undefined = getCountry('MA');
 * morocco?.alpha3; // 'MAR'
 * morocco?.names.ar[0]; // 'المغرب'
 * ```
 * @category Reference data
 */
export interface Country {
  /** ISO 3166-1 alpha-2 code in upper case, or `EU` for the European Union. */
  readonly code: string;
  /** ISO 3166-1 alpha-3 code (`MAR`), or `null` for the EU. */
  readonly alpha3: string | null;
  /** ISO 3166-1 numeric code as a three-digit string (`504`), or `null` for the EU. */
  readonly numeric: string | null;
  /** `'country'` for ISO 3166-1 entries, `'union'` for the European Union. */
  readonly kind: 'country' | 'union';
  /** Names by language (`ar`, `en`, `fr`, `es`); the first name of each list is the usual short name. */
  readonly names: {
    /** Arabic names. */
    readonly ar: readonly string[];
    /** English names. */
    readonly en: readonly string[];
    /** French names. */
    readonly fr: readonly string[];
    /** Spanish names. */
    readonly es: readonly string[];
  };
}
