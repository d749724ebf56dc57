import type { CheckEnv } from '../check/check-record.js';
import { collectFacts } from './collect-facts.js';
import { emptyFacts } from './facts.js';
import type { Facts } from './facts.js';
import { typeIndex } from '../check/record-types.js';
import { hashId } from './id-table.js';

/**
 * Facts of already-valid records (tansiq's shipped reference data): ids, lifetimes, seats,
 * terms… so that datasets may reference them. No schema check: the data is validated by its
 * own tests.
 */
export function referenceFacts(records: readonly unknown[], env: CheckEnv): Facts {
  const f = emptyFacts();
  for (const value of records) {
    const rec = value as Record<string, unknown>;
    const id = rec['id'];
    const type = typeof rec['type'] === 'string' ? typeIndex(rec['type']) : -1;
    if (typeof id !== 'string' || type < 0) continue;
    const decl = f.declId.length;
    f.declId.push(id);
    f.declHash.push(hashId(id));
    f.declType.push(type);
    f.declLine.push(0);
    f.declBase.push('');
    f.declOk.push(1);
    collectFacts(rec, 0, decl, f, env.references);
  }
  return f;
}
