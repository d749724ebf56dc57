// Golden outputs of the four exporters on a small hand-written dataset (tests/fixtures/export).
// UPDATE_GOLDEN=1 rewrites them (a missing one fails otherwise); review the diff before committing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countries } from '../../src/data/index.js';
import { toFollowTheMoney, toJsonLd, toPlover, toPopolo } from '../../src/export/index.js';
import type { TansiqRecord } from '../../src/schemas/index.js';
import { checkFtm } from './_lib/ftm-check.js';
import { checkExpansion, checkTerms } from './_lib/json-ld-check.js';
import { checkPlover } from './_lib/plover-check.js';
import { checkPopolo } from './_lib/popolo-check.js';
import { expectGolden } from '../_lib/golden.js';

const DIR = resolve(import.meta.dirname, '../fixtures/export');
const records = readFileSync(join(DIR, 'sample.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as TansiqRecord);

const golden = (name: string, text: string): void => expectGolden(join(DIR, 'golden', name), text);

const lines = (items: Iterable<unknown>): string => [...items].map((x) => `${JSON.stringify(x)}\n`).join('');

describe('golden exports of tests/fixtures/export/sample.jsonl', () => {
  it('ftm', () => {
    const entities = [...toFollowTheMoney(records)];
    expect(checkFtm(entities)).toEqual([]);
    golden('ftm.jsonl', lines(entities));
  });

  it('popolo', () => {
    const doc = toPopolo(records);
    expect(checkPopolo(doc)).toEqual([]);
    golden('popolo.json', `${JSON.stringify(doc, null, 2)}\n`);
  });

  it('jsonld', async () => {
    const doc = toJsonLd(records);
    expect(checkTerms(doc)).toEqual([]);
    expect(await checkExpansion(doc)).toEqual([]);
    golden('jsonld.json', `${JSON.stringify(doc, null, 2)}\n`);
  });

  it('plover', () => {
    const events = [...toPlover(records)];
    expect(checkPlover(events, new Set(countries.map((c) => c.alpha3 ?? '')))).toEqual([]);
    golden('plover.jsonl', lines(events));
  });
});
