import { describe, expect, it } from 'vitest';
import { getAgency, getForum, getPerson, getRecord, referenceRecords } from '../../src/data/index.js';

describe('getters', () => {
  it('find records by id', () => {
    expect(getAgency('agency.us-fbi')?.names[0]?.value).toBe('Federal Bureau of Investigation');
    expect(getAgency('agency.ma-dgst')?.founded).toBe('1973-01-12');
    expect(getPerson('person.abdellatif-hammouchi')?.name).toBe('Abdellatif Hammouchi');
    expect(getForum('forum.gctf')?.founded).toBe('2011-09-22');
    expect(getRecord('position.us-fbi-director')?.type).toBe('position');
    for (const r of referenceRecords) expect(getRecord(r.id)).toBe(r);
  });
  it('return undefined for unknown ids and ids of another type', () => {
    expect(getAgency('agency.nope')).toBeUndefined();
    expect(getAgency('forum.gctf')).toBeUndefined();
    expect(getPerson('agency.us-fbi')).toBeUndefined();
    expect(getForum('working-group.gctf-cve')).toBeUndefined();
    expect(getRecord('')).toBeUndefined();
    expect(getRecord('nothing')).toBeUndefined();
  });
  it('ship the agencies the issue names, in every language that has them', () => {
    const expected = [
      'ma-dgsn',
      'ma-dgst',
      'ma-dged',
      'ma-interior',
      'ma-gr',
      'ma-bcij',
      'us-fbi',
      'us-cia',
      'us-odni',
      'us-dhs',
      'us-doj',
      'us-state-ct',
      'es-interior',
      'es-cni',
      'es-gc',
      'es-pn',
      'fr-dgsi',
      'fr-dgse',
      'europol',
      'interpol',
    ];
    for (const slug of expected) expect(getAgency(`agency.${slug}`), slug).toBeDefined();
    const dgsn = getAgency('agency.ma-dgsn');
    expect(new Set(dgsn?.names.map((n) => n.lang))).toEqual(new Set(['ar', 'fr', 'en']));
    expect(getAgency('agency.ma-bcij')?.parents).toEqual([
      { agencyId: 'agency.ma-dgst', interval: { start: '2015-03-20' } },
    ]);
  });
});
