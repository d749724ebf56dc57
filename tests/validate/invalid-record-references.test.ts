import { describe, expect, it } from 'vitest';
import { validateRecords } from '../../src/validate/index.js';

// A record that fails the schema still has its well-formed references checked, so one run
// reports a dangling id together with the record's other problems; malformed ids are left to
// the schema issue already reported at the same place.
const meeting = {
  type: 'meeting',
  id: 'meeting.m',
  kind: 'bilateral-talks',
  status: 'held',
  start: '2022-06-15',
  end: '2022-06-14', // before start: the record fails the schema
  sources: [{ url: 'https://example.org/a' }],
  participants: [
    { ref: { kind: 'person', id: 'person.nobody' }, roles: ['host'] },
    { ref: { kind: 'person', id: 'Person.Bad' }, roles: ['visitor'] },
    { ref: { kind: 'organization', id: 'person.wrong-kind' }, roles: ['observer'] },
  ],
};

describe('references of records that fail the schema', () => {
  const { issues, summary } = validateRecords([meeting], { referenceData: false });
  // In-memory records are addressed by their index: the first record's pointers start with /0.
  const at = (pointer: string) => issues.filter((i) => i.pointer === `/0${pointer}`).map((i) => i.code);

  it('reports a well-formed dangling id in the same run', () => {
    expect(at('/participants/0/ref/id')).toEqual(['unknown_reference']);
    expect(at('/end')).toEqual(['custom']);
  });

  it('leaves malformed or wrongly typed ids to their schema issue alone', () => {
    expect(at('/participants/1/ref/id')).toEqual(['invalid_format']);
    expect(at('/participants/2/ref/id')).toEqual(['invalid_format']);
  });

  it('counts the record once as invalid', () => {
    expect(summary.records).toBe(1);
    expect(summary.invalidRecords).toBe(1);
  });
});
