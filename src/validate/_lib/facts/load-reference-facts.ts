import { referenceRecords } from '../../../data/index.js';
import type { CheckEnv } from '../check/check-record.js';
import type { Facts } from './facts.js';
import { referenceFacts } from './reference-facts.js';

/** Facts of tansiq's shipped reference data (`referenceRecords` of `tansiq/data`). */
export function loadReferenceFacts(env: CheckEnv): Facts {
  return referenceFacts(referenceRecords, env);
}
