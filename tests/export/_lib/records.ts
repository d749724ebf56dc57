import { referenceRecords } from '../../../src/data/index.js';
import type { TansiqRecord } from '../../../src/schemas/index.js';
import { exampleRecords } from '../../_lib/counts.js';

export { exampleRecords };

/** The example dataset followed by the whole shipped reference data. */
export function allRecords(): TansiqRecord[] {
  return [...exampleRecords(), ...referenceRecords];
}

/** The ids of the records referenced by the values of `properties` etc.: used by the tests. */
export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}
