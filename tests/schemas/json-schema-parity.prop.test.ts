import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, RecordSchema } from '../../src/schemas/index.js';
import { compileAll } from './_lib/ajv.js';
import { loadRecords } from './_lib/fixtures.js';
import { valuePaths } from './_lib/value-paths.js';
import type { Path } from './_lib/value-paths.js';

// Random mutations of the example records: ajv (on the generated record.json) and Zod must agree,
// except where Zod enforces a rule JSON Schema cannot state. Then Zod rejects, ajv accepts, and
// every Zod issue must be one of those documented rules.

const validate = compileAll(jsonSchemaFiles() as Record<string, object>).get('record.json');
const records = loadRecords().map(({ record }) => record);

const NOT_EXPRESSIBLE = [
  / is before /,
  /^span end /,
  /^no delegation with id /,
  /^duplicate delegation id /,
  / is not among the delegation's memberPersonIds$/,
  /cannot be its own parent$/,
  /^duplicate chair /,
];

function mutate(record: unknown, path: Path, op: 'delete' | 'replace' | 'add-key', value: unknown): unknown {
  const copy = structuredClone(record);
  if (path.length === 0) return op === 'replace' ? value : copy;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<
    string | number,
    unknown
  >;
  const key = path[path.length - 1] as string | number;
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (op === 'replace') parent[key] = value;
  else {
    const target = parent[key];
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      (target as Record<string, unknown>).unexpected = value;
    else if (Array.isArray(target)) target.push(value);
    else parent[key] = value;
  }
  return copy;
}

const tricky = fc.constantFrom<unknown>(
  '',
  'x',
  '2021',
  '2021-02-29',
  '2024-02-29',
  '2021-13',
  '2022-06-15T11:00',
  '2022-06-15T11:00Z',
  '1990',
  '2099-12-31',
  'person.abdellatif-hammouchi',
  'agency.ma-dgsn',
  'forum.gctf',
  'article.x',
  'meeting.x',
  'Person.X',
  'MA',
  'XX',
  'EU',
  'ma',
  'https://example.org/',
  'ftp://x',
  'ar',
  'ar-Latn',
  'AR',
  'host',
  'visitor',
  'us',
  'ma',
  0,
  -1,
  1,
  1.5,
  42,
  true,
  null,
  [],
  {},
  { kind: 'country', country: 'MA' },
  { kind: 'organization', id: 'person.x' },
  { start: 5, end: 1 },
  { url: 'https://example.org/' },
  {},
  ['person.a', 'person.a'],
);

describe('ajv and Zod agree on mutated records (property)', () => {
  it('never disagree except on rules JSON Schema cannot express', () => {
    if (validate === undefined) throw new Error('record.json missing');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: records.length - 1 }),
        fc.nat(),
        fc.constantFrom<'delete' | 'replace' | 'add-key'>('delete', 'replace', 'add-key'),
        fc.oneof(tricky, fc.jsonValue({ maxDepth: 2 })),
        (recordIndex, pathSeed, op, value) => {
          const record = records[recordIndex];
          const all = valuePaths(record);
          const path = all[pathSeed % all.length] as Path;
          const mutated = mutate(record, path, op, value);
          const zod = RecordSchema.safeParse(mutated);
          const ajv = validate(mutated);
          if (zod.success) {
            expect(ajv, JSON.stringify(validate.errors)).toBe(true);
          } else if (ajv) {
            for (const issue of zod.error.issues) {
              expect(issue.code).toBe('custom');
              expect(
                NOT_EXPRESSIBLE.some((re) => re.test(issue.message)),
                issue.message,
              ).toBe(true);
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
