import { describe, expect, it } from 'vitest';
import { countries, getCountry } from '../../src/data/index.js';
import { counts } from '../_lib/counts.js';

describe('countries', () => {
  it('lists every ISO 3166-1 country plus the EU, frozen', () => {
    expect(countries.length).toBe(counts().isoCountriesPlusEu);
    expect(countries.at(-1)?.code).toBe('EU');
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    expect(Object.isFrozen(countries)).toBe(true);
    expect(Object.isFrozen(countries[0]?.names.ar)).toBe(true);
    for (const c of countries)
      for (const lang of ['ar', 'en', 'fr', 'es'] as const) expect(c.names[lang].length, c.code).toBeGreaterThan(0);
  });
});

describe('getCountry', () => {
  it('finds by alpha-2, alpha-3 or numeric code, in any case', () => {
    expect(getCountry('MA')?.names.en[0]).toBe('Morocco');
    expect(getCountry('ma')?.code).toBe('MA');
    expect(getCountry(' esp ')?.code).toBe('ES');
    expect(getCountry('504')?.code).toBe('MA');
    expect(getCountry('4')?.code).toBe('AF');
    expect(getCountry('EU')?.names.ar[0]).toBe('الاتحاد الأوروبي');
    expect(getCountry('EU')?.kind).toBe('union');
  });
  it('returns undefined for unknown or malformed codes, never throws', () => {
    for (const code of ['XX', 'XXX', '999', '', 'Morocco', '12345']) expect(getCountry(code)).toBeUndefined();
  });
});
