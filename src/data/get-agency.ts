import type { Agency } from '../schemas/index.js';
import { AGENCIES } from './_lib/tables.js';

/**
 * Finds a shipped agency by id.
 *
 * Ids follow `agency.<country>-<acronym>` for national bodies (`agency.ma-dgsn`, `agency.us-fbi`)
 * and `agency.<name>` for international ones (`agency.interpol`, `agency.europol`).
 *
 * @param id - an agency id
 * @returns the agency, or `undefined` for an unknown id (never throws)
 * @example
 * ```ts
 * getAgency('agency.us-fbi')?.names[0]?.value; // 'Federal Bureau of Investigation'
 * getAgency('agency.ma-dgst')?.founded; // '1973-01-12'
 * getAgency('agency.unknown'); // undefined
 * ```
 * @category Reference data
 */
export function getAgency(id: string): Agency | undefined {
  return AGENCIES().find((agency) => agency.id === id);
}
