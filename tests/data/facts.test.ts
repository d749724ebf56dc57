import { describe, expect, it } from 'vitest';
import {
  coChairsOn,
  forumMembersOn,
  getForum,
  getRecord,
  positionHoldersOn,
  referenceRecords,
  workingGroupsOf,
} from '../../src/data/index.js';
import type { PartyRef } from '../../src/schemas/index.js';

const codes = (parties: readonly PartyRef[] | undefined): string[] =>
  (parties ?? []).map((p) => (p.kind === 'country' ? p.country : p.id)).sort();
const names = (xs: readonly { name: string }[] | undefined): string[] => (xs ?? []).map((x) => x.name);
const ids = (xs: readonly { id: string }[] | undefined): string[] => (xs ?? []).map((x) => x.id);

const FOUNDING = [
  'AE',
  'AU',
  'CA',
  'CH',
  'CN',
  'CO',
  'DE',
  'DK',
  'DZ',
  'EG',
  'ES',
  'EU',
  'FR',
  'GB',
  'ID',
  'IN',
  'IT',
  'JO',
  'JP',
  'MA',
  'NG',
  'NL',
  'NZ',
  'PK',
  'QA',
  'RU',
  'SA',
  'TR',
  'US',
  'ZA',
];

describe('GCTF membership (computed from dated memberships)', () => {
  it('has the 30 founders (29 states and the EU) on the founding day', () => {
    expect(codes(forumMembersOn('forum.gctf', '2011-09-22'))).toEqual(FOUNDING);
    expect(forumMembersOn('forum.gctf', '2011-09-21')).toEqual([]);
  });
  it('has 30 members on 2020-09-29 and 32 on 2024-01-01', () => {
    expect(forumMembersOn('forum.gctf', '2020-09-29')).toHaveLength(30);
    expect(forumMembersOn('forum.gctf', '2024-01-01')).toHaveLength(32);
  });
  it('admitted Kenya and Kuwait on 2023-09-18 (its first expansion)', () => {
    expect(forumMembersOn('forum.gctf', '2023-09-17')).toHaveLength(30);
    expect(codes(forumMembersOn('forum.gctf', '2023-09-18'))).toEqual([...FOUNDING, 'KE', 'KW'].sort());
    expect(forumMembersOn('forum.gctf', new Date('2023-09-18T12:00:00Z'))).toHaveLength(32);
  });
  it('only counts members present for the whole period asked', () => {
    expect(forumMembersOn('forum.gctf', '2023')).toHaveLength(30);
    expect(forumMembersOn('forum.gctf', '2024')).toHaveLength(32);
  });
});

describe('GCTF co-chairs', () => {
  it.each([
    ['2011-09-22', ['TR', 'US']],
    ['2014-06-01', ['TR', 'US']],
    ['2015-12-01', ['NL', 'TR']],
    ['2016-04-13', ['MA', 'NL', 'TR']],
    ['2017-01-01', ['MA', 'NL']],
    ['2019-09-25', ['CA', 'MA', 'NL']],
    ['2020-09-29', ['CA', 'MA']],
    ['2022-06-14', ['CA', 'MA']],
    ['2022-12-01', ['EU', 'MA']],
    ['2023-05-04', ['EG', 'EU', 'MA']],
    ['2024-01-01', ['EG', 'EU']],
  ])('on %s are %j', (date, expected) => {
    expect(codes(coChairsOn('forum.gctf', date))).toEqual(expected);
  });
  it('never has more than two co-chairs per term', () => {
    const terms = referenceRecords.filter((r) => r.type === 'co-chair-term' && r.bodyId === 'forum.gctf');
    expect(terms.length).toBe(6);
    for (const t of terms) if (t.type === 'co-chair-term') expect(t.chairs).toHaveLength(2);
  });
});

describe('GCTF working groups', () => {
  it('were five at the launch, six in 2016, five after September 2017', () => {
    expect(ids(workingGroupsOf('forum.gctf', '2011-11-01'))).toEqual([
      'working-group.gctf-cjrol',
      'working-group.gctf-cve',
      'working-group.gctf-west-africa',
      'working-group.gctf-east-africa',
      'working-group.gctf-southeast-asia',
    ]);
    expect(workingGroupsOf('forum.gctf', '2016-06-01')).toHaveLength(6);
    expect(ids(workingGroupsOf('forum.gctf', '2020-09-29'))).toEqual([
      'working-group.gctf-cjrol',
      'working-group.gctf-cve',
      'working-group.gctf-west-africa',
      'working-group.gctf-east-africa',
      'working-group.gctf-ftf',
    ]);
    expect(workingGroupsOf('forum.gctf')).toHaveLength(7);
    expect(workingGroupsOf('forum.africa-focus-group')).toEqual([]);
  });
  it.each([
    ['working-group.gctf-cve', '2012-01-01', ['AE', 'GB']],
    ['working-group.gctf-cve', '2020-09-29', ['AU', 'ID']],
    ['working-group.gctf-cjrol', '2015-01-01', ['EG', 'US']],
    ['working-group.gctf-cjrol', '2020-09-29', ['CH', 'NG']],
    ['working-group.gctf-cjrol', '2024-05-01', ['IT', 'NG']],
    ['working-group.gctf-west-africa', '2018-01-01', ['CA', 'DZ']],
    ['working-group.gctf-west-africa', '2024-06-01', ['DE', 'DZ']],
    ['working-group.gctf-east-africa', '2015-01-01', ['EU', 'TR']],
    ['working-group.gctf-east-africa', '2020-09-29', ['EG', 'EU']],
    ['working-group.gctf-east-africa', '2024-03-01', ['KE', 'KW']],
    ['working-group.gctf-ftf', '2016-01-01', ['MA', 'NL']],
    ['working-group.gctf-ftf', '2020-09-29', ['JO', 'US']],
    ['working-group.gctf-dr', '2016-01-01', ['AU', 'ID']],
  ])('%s co-chairs on %s are %j', (body, date, expected) => {
    expect(codes(coChairsOn(body, date))).toEqual(expected);
  });
  it('leave unknown periods empty rather than guess', () => {
    expect(coChairsOn('working-group.gctf-cjrol', '2023-06-01')).toEqual([]);
  });
});

describe('Global Coalition and its Africa Focus Group', () => {
  it('links the focus group to the coalition', () => {
    expect(getForum('forum.africa-focus-group')?.parentForumId).toBe('forum.global-coalition-against-daesh');
    expect(getForum('forum.global-coalition-against-daesh')?.founded).toBe('2014-09');
    expect(getForum('forum.africa-focus-group')?.founded).toBe('2021-12-02');
  });
  it('had Italy, Morocco, Niger and the United States as co-chairs at creation', () => {
    expect(codes(coChairsOn('forum.africa-focus-group', '2021-12-02'))).toEqual(['IT', 'MA', 'NE', 'US']);
    expect(coChairsOn('forum.africa-focus-group', '2021-12-01')).toEqual([]);
  });
});

describe('posts and their holders', () => {
  it.each([
    ['position.us-fbi-director', '2022-06-14', ['Christopher Wray']],
    ['position.us-fbi-director', '2015-01-01', ['James Comey']],
    ['position.us-fbi-director', '2017-06-01', []],
    ['position.us-fbi-director', '2025-03-01', ['Kash Patel']],
    ['position.us-cia-director', '2022-06-14', ['William J. Burns']],
    ['position.us-cia-director', '2019-01-01', ['Gina Haspel']],
    ['position.us-dni', '2022-06-14', ['Avril Haines']],
    ['position.us-dni', '2020-06-01', ['John Ratcliffe']],
    ['position.us-dni', '2025-03-01', ['Tulsi Gabbard']],
    ['position.ma-dgsn-director-general', '2022-06-14', ['Abdellatif Hammouchi']],
    ['position.ma-dgsn-director-general', '2013-01-01', ['Bouchaïb Rmail']],
    ['position.ma-dgst-director-general', '2022-06-14', ['Abdellatif Hammouchi']],
    ['position.ma-dgst-director-general', '2004-01-01', ['Ahmed Harrari']],
    ['position.ma-dgst-director-general', '2001-01-01', []],
    ['position.es-interior-minister', '2015-01-01', []],
    ['position.ma-interior-minister', '2022-06-15', ['Abdelouafi Laftit']],
    ['position.ma-interior-minister', '2016-01-01', ['Mohamed Hassad']],
    ['position.es-interior-minister', '2022-06-15', ['Fernando Grande-Marlaska']],
    ['position.es-interior-minister', '2017-01-01', ['Juan Ignacio Zoido']],
  ])('%s on %s: %j', (position, date, expected) => {
    expect(names(positionHoldersOn(position, date))).toEqual(expected);
  });
  it('returns both holders on a hand-over day', () => {
    expect(names(positionHoldersOn('position.ma-dgsn-director-general', '2015-05-15'))).toEqual([
      'Abdellatif Hammouchi',
      'Bouchaïb Rmail',
    ]);
  });
  it('links predecessors and successors both ways', () => {
    const occupancies = referenceRecords.filter((r) => r.type === 'occupancy');
    for (const o of occupancies) {
      if (o.type !== 'occupancy' || o.successorId === undefined) continue;
      const next = occupancies.find(
        (x) => x.type === 'occupancy' && x.personId === o.successorId && x.positionId === o.positionId,
      );
      expect(next, o.id).toBeDefined();
      if (next?.type === 'occupancy') expect(next.predecessorId, o.id).toBe(o.personId);
    }
  });
});

describe('meetings', () => {
  it('records the 17th Coordinating Committee, co-chaired by Morocco and Canada, virtual', () => {
    const m = getRecord('meeting.2020-09-29-gctf-cc-17');
    expect(m?.type).toBe('meeting');
    if (m?.type !== 'meeting') return;
    expect(m).toMatchObject({
      kind: 'coordinating-committee',
      format: 'virtual',
      start: '2020-09-29',
      forumId: 'forum.gctf',
    });
    expect(codes(m.participants?.map((p) => p.ref))).toEqual(['CA', 'MA']);
  });
  it('records confirmed CC meetings and ministerial plenaries of the GCTF', () => {
    const gctf = referenceRecords.filter((r) => r.type === 'meeting' && r.forumId === 'forum.gctf');
    const cc = gctf.filter((m) => m.type === 'meeting' && m.kind === 'coordinating-committee');
    const ministerial = gctf.filter((m) => m.type === 'meeting' && m.kind === 'ministerial');
    expect(cc.length).toBe(13);
    expect(ministerial.length).toBe(11);
    expect(getRecord('meeting.2023-09-18-gctf-cc-22')).toBeDefined();
    expect(getRecord('meeting.2011-09-22-gctf-ministerial-1')).toBeDefined();
  });
  it('holds every GCTF meeting inside the co-chairs it lists', () => {
    for (const m of referenceRecords) {
      if (m.type !== 'meeting' || m.forumId !== 'forum.gctf' || m.start === undefined) continue;
      const listed = codes((m.participants ?? []).filter((p) => p.roles.includes('co-chair')).map((p) => p.ref));
      const days = [m.start, m.end ?? m.start].map((d) => d.slice(0, 10));
      const actual = days.flatMap((d) => codes(coChairsOn('forum.gctf', d)));
      for (const c of listed) expect(actual, m.id).toContain(c);
    }
  });
});
