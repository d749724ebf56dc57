// The "Mapping to other models" table of docs/guides/data-model.md, generated from what the four
// exporters really write for the example dataset, the export test sample and the shipped data:
// every output object is traced back to the record it comes from by its id (a record id, or a
// derived id `<record id>.<field>.<index>`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { referenceRecords } from '../../../src/data/index.js';
import { toFollowTheMoney, toJsonLd, toPlover, toPopolo } from '../../../src/export/index.js';
import type { TansiqRecord } from '../../../src/schemas/index.js';
import { RECORD_TYPES } from '../../../src/schemas/index.js';
import { exampleRecords } from '../../_lib/counts.js';

const SAMPLE = resolve(import.meta.dirname, '../../fixtures/export/sample.jsonl');
const FORMATS = ['FollowTheMoney', 'Popolo', 'schema.org JSON-LD', 'PLOVER'] as const;
type Format = (typeof FORMATS)[number];
const POPOLO_CLASS: Readonly<Record<string, string>> = {
  persons: 'Person',
  organizations: 'Organization',
  memberships: 'Membership',
  posts: 'Post',
  events: 'Event',
  areas: 'Area',
};
const BASE = 'urn:tansiq:';

/** The records the table is generated from (first of each id). */
function records(): TansiqRecord[] {
  const sample = readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as TansiqRecord);
  const seen = new Set<string>();
  return [...exampleRecords(), ...sample, ...referenceRecords].filter(
    (r) => !seen.has(r.id) && seen.add(r.id) !== undefined,
  );
}

/** The table, one row per record type: what each format makes of it. */
export function exportMappingTable(): string {
  const all = records();
  const typeOf = new Map<string, string>(all.map((r) => [r.id, r.type]));
  /** `type|format` → field path ('' for the record's own object) → classes. */
  const cells = new Map<string, Map<string, Set<string>>>();
  /** Files `what` under the record that `id` comes from; a derived id adds its field path. */
  const add = (format: Format, id: string, what: string): void => {
    const parts = id.split('.');
    for (let i = parts.length; i >= 2; i--) {
      const type = typeOf.get(parts.slice(0, i).join('.'));
      if (type === undefined) continue;
      const field = parts
        .slice(i)
        .filter((p) => !/^\d+$/.test(p))
        .join('.');
      const key = `${type}|${format}`;
      const fields = cells.get(key) ?? new Map<string, Set<string>>();
      cells.set(key, fields);
      fields.set(field, (fields.get(field) ?? new Set<string>()).add(what));
      return;
    }
  };
  const cell = (key: string): string => {
    const fields = cells.get(key);
    if (fields === undefined) return '—';
    return [...fields]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([field, whats]) => `${field === '' ? '' : `\`${field}\` → `}${[...whats].sort().join(' / ')}`)
      .join('; ');
  };
  for (const e of toFollowTheMoney(all)) add('FollowTheMoney', e.id, `\`${e.schema}\``);
  for (const [list, objects] of Object.entries(toPopolo(all)))
    for (const o of objects as { id: string }[]) add('Popolo', o.id, `\`${POPOLO_CLASS[list] ?? list}\``);
  const walk = (node: unknown, property: string): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, property);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    const id = n['@id'];
    const type = n['@type'];
    if (typeof id === 'string' && id.startsWith(BASE) && typeof type === 'string')
      add(
        'schema.org JSON-LD',
        id.slice(BASE.length),
        property === '' ? `\`${type}\`` : `\`${type}\` (as \`${property}\`)`,
      );
    for (const [key, value] of Object.entries(n)) if (!key.startsWith('@')) walk(value, key);
  };
  walk(toJsonLd(all)['@graph'], '');
  for (const e of toPlover(all)) for (const code of e.event) add('PLOVER', e.id, `\`${code}\``);
  const rows = RECORD_TYPES.map((type) => `| \`${type}\` | ${FORMATS.map((f) => cell(`${type}|${f}`)).join(' | ')} |`);
  return [`| tansiq | ${FORMATS.join(' | ')} |`, `| --- | ${FORMATS.map(() => '---').join(' | ')} |`, ...rows].join(
    '\n',
  );
}
