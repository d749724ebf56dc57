import type { Person } from '../schemas/index.js';
import { PERSONS } from './_lib/tables.js';

/**
 * Finds a shipped person by id (`person.<given>-<family>` in ASCII, e.g. `person.abdellatif-hammouchi`).
 *
 * @param id - a person id
 * @returns the person, or `undefined` for an unknown id (never throws)
 * @example
 * ```ts
 * getPerson('person.christopher-wray')?.name; // 'Christopher Wray'
 * getPerson('person.nobody'); // undefined
 * ```
 * @category Reference data
 */
export function getPerson(id: string): Person | undefined {
  return PERSONS().find((person) => person.id === id);
}
