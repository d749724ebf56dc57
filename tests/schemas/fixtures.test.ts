import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../../src/schemas/index.js';
import { loadCases, loadRecords, schemaById } from './_lib/fixtures.js';

const records = loadRecords();
const cases = loadCases();

describe('example records', () => {
  it('has one example of every record type', () => {
    const types = new Set(records.map(({ record }) => (record as { type: string }).type));
    expect([...types].sort()).toEqual([
      'agency',
      'article',
      'co-chair-term',
      'forum',
      'forum-membership',
      'meeting',
      'membership',
      'occupancy',
      'person',
      'position',
      'working-group',
    ]);
  });

  it.each(records)('$name is a valid record', ({ record }) => {
    const result = RecordSchema.safeParse(record);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(record);
  });
});

describe('schema cases', () => {
  it('covers valid and broken values', () => {
    expect(cases.filter((c) => c.valid).length).toBeGreaterThan(5);
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(40);
  });

  it.each(cases)('$name: $description', (c) => {
    const result = schemaById(c.schema).safeParse(c.value);
    expect(result.success).toBe(c.valid);
    const issues = (result.error?.issues ?? []).map((issue) => ({ path: issue.path, code: issue.code }));
    expect(issues).toEqual(c.issues ?? []);
    for (const issue of result.error?.issues ?? []) expect(issue.message.length).toBeGreaterThan(5);
  });
});

describe('RecordSchema with and without its generated fast path', () => {
  const recordInputs = [
    ...records.map(({ name, record }) => ({ name, value: record })),
    ...cases.filter((c) => c.schema === 'tansiq.Record').map((c) => ({ name: c.name, value: c.value })),
  ];

  it.each(recordInputs)('$name: same result and issues as the runtime parser', ({ value }) => {
    const a = RecordSchema.safeParse(value, { jitless: true });
    const b = RecordSchema.safeParse(value);
    expect(b.success).toBe(a.success);
    expect(b.data).toEqual(a.data);
    expect(b.error?.issues).toEqual(a.error?.issues);
  });
});
