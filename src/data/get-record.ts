import type { TansiqRecord } from '../schemas/index.js';
import { referenceRecords } from './reference-records.js';

/**
 * Finds any shipped record by its id (`agency.us-fbi`, `meeting.2020-09-29-gctf-cc-17`, …).
 *
 * @param id - a record id; any string is accepted
 * @returns the record, or `undefined` for an unknown id (never throws)
 * @example
 * ```ts
 * getRecord('position.us-fbi-director')?.type; // 'position'
 * getRecord('meeting.2022-06-15-ma-es-madrid')?.type; // 'meeting'
 * getRecord('agency.nope'); // undefined
 * ```
 * @category Reference data
 */
export function getRecord(id: string): TansiqRecord | undefined {
  return referenceRecords.find((record) => record.id === id);
}
