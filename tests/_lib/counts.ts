// The figures that tests, the README and the guides state, each computed at test time from what
// it counts. A test compares with these, never with a number copied by hand, so adding a record,
// a schema or a country changes one place: the data.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { countries, referenceRecords } from '../../src/data/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';
import { RECORD_TYPES, TANSIQ_SCHEMAS } from '../../src/schemas/index.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The example dataset (`examples/data`), the one `npm start` and the guides validate. */
export const EXAMPLE_DATASET = resolve(ROOT, 'examples/data/seed-dataset.jsonl');

/** The lines of the example dataset, one record each (blank lines left out). */
export function exampleLines(): string[] {
  return readFileSync(EXAMPLE_DATASET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** The records of the example dataset, parsed (not validated). */
export function exampleRecords(): TansiqRecord[] {
  return exampleLines().map((line) => JSON.parse(line) as TansiqRecord);
}

/** The ISO 3166-1 alpha-2 codes, read from the package the country table is generated from. */
function isoCountryCodes(): string[] {
  const lib = createRequire(import.meta.url)('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };
  return Object.keys(lib.getAlpha2Codes());
}

/** Every count the project states, from its one source. */
export interface Counts {
  /** Records shipped in `tansiq/data` (`referenceRecords`). */
  referenceRecords: number;
  /** Records of the example dataset. */
  exampleRecords: number;
  /** Public schemas in the registry (`TANSIQ_SCHEMAS`). */
  schemas: number;
  /** Record types (`RECORD_TYPES`). */
  recordTypes: number;
  /** Shipped countries (`countries`). */
  countries: number;
  /** What the country table should hold: every ISO 3166-1 country plus the EU. */
  isoCountriesPlusEu: number;
}

/** Computes every count from the data it counts (cheap: the data is already loaded by the tests). */
export function counts(): Counts {
  return {
    referenceRecords: referenceRecords.length,
    exampleRecords: exampleLines().length,
    schemas: TANSIQ_SCHEMAS.length,
    recordTypes: RECORD_TYPES.length,
    countries: countries.length,
    isoCountriesPlusEu: isoCountryCodes().length + 1,
  };
}
