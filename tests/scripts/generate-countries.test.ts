import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCountryTable, renderCountryCodesModule } from '../../scripts/generate-countries.js';

const root = resolve(import.meta.dirname, '../..');

describe('generate-countries', () => {
  const table = buildCountryTable();

  it('covers every ISO 3166-1 country plus the EU, with names in four languages', () => {
    expect(table.length).toBeGreaterThanOrEqual(250);
    const morocco = table.find((c) => c.code === 'MA');
    expect(morocco).toMatchObject({ alpha3: 'MAR', numeric: '504' });
    expect(morocco?.names.ar).toContain('المغرب');
    expect(morocco?.names.fr).toContain('Maroc');
    expect(table.find((c) => c.code === 'EU')?.names.en).toEqual(['European Union']);
    for (const row of table)
      for (const lang of ['ar', 'en', 'fr', 'es'] as const)
        expect(row.names[lang].length, `${row.code} ${lang}`).toBeGreaterThan(0);
  });

  it('matches the committed generated files', () => {
    const json = JSON.parse(readFileSync(resolve(root, 'src/data/_generated/countries.json'), 'utf8')) as unknown;
    expect(json).toEqual(table);
    const module = readFileSync(resolve(root, 'src/schemas/common/country-code-list.ts'), 'utf8');
    expect(module).toBe(renderCountryCodesModule(table.map((r) => r.code)));
  });
});
