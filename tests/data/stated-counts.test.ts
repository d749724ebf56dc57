// Figures that the README and the guides state about the shipped data are checked against the
// data itself (tests/_lib/counts.ts), so that prose cannot drift from what ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counts } from '../_lib/counts.js';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDES = join(ROOT, 'docs/guides');
const documents = (): { name: string; text: string }[] => [
  { name: 'README.md', text: readFileSync(join(ROOT, 'README.md'), 'utf8') },
  ...readdirSync(GUIDES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: `docs/guides/${f}`, text: readFileSync(join(GUIDES, f), 'utf8') })),
];
const number = (text: string): number => Number(text.replaceAll(',', ''));

describe('counts stated in the README and the guides', () => {
  const { referenceRecords, countries, isoCountriesPlusEu } = counts();

  it('the shipped record count (`tansiq/data` (N records), N shipped/reference records)', () => {
    const stated: string[] = [];
    for (const { name, text } of documents()) {
      for (const m of text.matchAll(
        /`tansiq\/data` \((\d[\d,]*) records\)|(?<![\d,])(\d[\d,]*) (?:shipped|reference) records/g,
      )) {
        stated.push(name);
        expect(number(m[1] ?? m[2] ?? ''), `${name}: ${m[0]}`).toBe(referenceRecords);
      }
    }
    expect(stated, 'the README states the shipped record count').toContain('README.md');
  });

  it('the country table holds every ISO 3166-1 country plus the EU, as the guides say', () => {
    expect(countries).toBe(isoCountriesPlusEu);
    for (const { name, text } of documents()) {
      for (const m of text.matchAll(/(?<![\d,])(\d[\d,]*) countries and territories/g))
        expect(number(m[1] ?? ''), `${name}: ${m[0]}`).toBe(countries);
    }
  });
});
