import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceRecords } from '../../src/data/index.js';
import { RecordSchema, isCountryCode, recordReferences, recordTypeOfId } from '../../src/schemas/index.js';
import type { PartyRef, TansiqRecord } from '../../src/schemas/index.js';

const recordsDir = resolve(import.meta.dirname, '../../src/data/records');
const FILE_TYPES: Record<string, string> = {
  'agencies.json': 'agency',
  'articles.json': 'article',
  'co-chair-terms.json': 'co-chair-term',
  'forum-memberships.json': 'forum-membership',
  'forums.json': 'forum',
  'meetings.json': 'meeting',
  'occupancies.json': 'occupancy',
  'persons.json': 'person',
  'positions.json': 'position',
  'working-groups.json': 'working-group',
};

/** Every `{ kind: 'country', country }` party anywhere in a record. */
function countryCodesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) countryCodesIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    const party = value as Partial<PartyRef> & Record<string, unknown>;
    if (party.kind === 'country' && typeof party.country === 'string') out.push(party.country);
    for (const v of Object.values(value)) countryCodesIn(v, out);
  }
  return out;
}

describe('shipped records', () => {
  it('are the JSON files of src/data/records, one record type per file', () => {
    const files = readdirSync(recordsDir).sort();
    expect(files).toEqual(Object.keys(FILE_TYPES).sort());
    let total = 0;
    for (const file of files) {
      const records = JSON.parse(readFileSync(resolve(recordsDir, file), 'utf8')) as { type: string }[];
      expect(records.length, file).toBeGreaterThan(0);
      for (const r of records) expect(r.type, file).toBe(FILE_TYPES[file]);
      total += records.length;
    }
    expect(referenceRecords).toHaveLength(total);
  });

  it('all validate with RecordSchema', () => {
    const failures = referenceRecords
      .map((r) => ({ id: r.id, result: RecordSchema.safeParse(r) }))
      .filter((x) => !x.result.success)
      .map((x) => `${x.id}: ${JSON.stringify(x.result.error?.issues)}`);
    expect(failures).toEqual([]);
  });

  it('have unique ids whose prefix is their type', () => {
    const ids = referenceRecords.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of referenceRecords) expect(recordTypeOfId(r.id), r.id).toBe(r.type);
  });

  it('each carry at least one source URL (an article carries its own url)', () => {
    const unsourced = referenceRecords.filter((r) => {
      if (r.type === 'article') return !/^https?:\/\//.test(r.url);
      return !r.sources.some((s) => typeof s.url === 'string' && /^https?:\/\//.test(s.url));
    });
    expect(unsourced.map((r) => r.id)).toEqual([]);
  });

  it('reference only ids that exist, with the expected record type', () => {
    const byId = new Map<string, TansiqRecord>(referenceRecords.map((r) => [r.id, r]));
    const dangling: string[] = [];
    for (const record of referenceRecords) {
      for (const ref of recordReferences(record)) {
        const target = byId.get(ref.id);
        if (target === undefined || !ref.expectedTypes.includes(target.type))
          dangling.push(`${record.id}${ref.pointer} → ${ref.id}`);
      }
    }
    expect(dangling).toEqual([]);
    const codes = referenceRecords.flatMap((r) => countryCodesIn(r));
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((c) => !isCountryCode(c))).toEqual([]);
  });

  it('reference every person, position and agency they ship (nothing is orphaned)', () => {
    const referenced = new Set(referenceRecords.flatMap((r) => recordReferences(r).map((ref) => ref.id)));
    const orphans = referenceRecords
      .filter((r) => r.type === 'person' || r.type === 'position')
      .filter((r) => !referenced.has(r.id))
      .map((r) => r.id);
    expect(orphans).toEqual([]);
  });

  it('store no member counts: forum records carry no count field', () => {
    for (const r of referenceRecords) {
      const keys = Object.keys(r);
      expect(
        keys.filter((k) => /^counts?$|Counts?$/.test(k)),
        r.id,
      ).toEqual([]);
    }
  });

  it('are deeply frozen', () => {
    expect(Object.isFrozen(referenceRecords)).toBe(true);
    const fbi = referenceRecords.find((r) => r.id === 'agency.us-fbi');
    expect(fbi && Object.isFrozen(fbi)).toBe(true);
    expect(() => {
      (referenceRecords as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    if (fbi?.type === 'agency') expect(Object.isFrozen(fbi.names[0])).toBe(true);
  });

  it('tag Arabic names as ar and keep Latin out of them', () => {
    const arabic = /[\u0600-\u06FF]/;
    for (const r of referenceRecords) {
      const names = 'names' in r && Array.isArray(r.names) ? r.names : [];
      for (const n of names) {
        if (arabic.test(n.value)) expect(n.lang, `${r.id} ${n.value}`).toBe('ar');
        else expect(n.lang, `${r.id} ${n.value}`).not.toBe('ar');
      }
    }
  });
});
