import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { referenceRecords } from '../../../src/data/index.js';
import type { TansiqRecord } from '../../../src/schemas/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The records of the example dataset (examples/data). */
export function exampleRecords(): TansiqRecord[] {
  return readFileSync(resolve(ROOT, 'examples/data/seed-dataset.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as TansiqRecord);
}

/** The example dataset followed by the whole shipped reference data. */
export function allRecords(): TansiqRecord[] {
  return [...exampleRecords(), ...referenceRecords];
}

/** The ids of the records referenced by the values of `properties` etc.: used by the tests. */
export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}
