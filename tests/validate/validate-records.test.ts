import { describe, expect, it } from 'vitest';
import { validateRecords } from '../../src/validate/index.js';

const src = [{ url: 'https://example.org/' }];
const forum = {
  type: 'forum',
  id: 'forum.t',
  names: [{ value: 'T', lang: 'en', kind: 'official' }],
  kind: 'informal-platform',
  founded: '2011-09-22',
  chairModel: { seats: 2 },
  sources: src,
};
const person = (slug: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'person',
  id: `person.${slug}`,
  name: slug,
  sources: src,
  ...extra,
});
const term = (slug: string, start: string, end: string, countries: string[]): Record<string, unknown> => ({
  type: 'co-chair-term',
  id: `co-chair-term.${slug}`,
  bodyId: 'forum.t',
  chairs: countries.map((country) => ({ party: { kind: 'country', country } })),
  interval: { start, end },
  sources: src,
});

function codes(records: unknown[], options = {}): string[] {
  return validateRecords(records, options).issues.map((i) => `${i.code} ${i.pointer}`);
}

describe('validateRecords: records one by one', () => {
  it('returns no issue for valid records', () => {
    const r = validateRecords([forum, person('a')]);
    expect(r.issues).toEqual([]);
    expect(r.summary).toMatchObject({
      files: 0,
      records: 2,
      invalidRecords: 0,
      errors: 0,
      warnings: 0,
      truncated: false,
    });
    expect(r.files).toEqual([]);
  });

  it('reports every schema issue of a record (not only the first), with pointers relative to the array', () => {
    const r = validateRecords([
      person('ok'),
      { type: 'person', id: 'person.bad', name: 1, gender: 'robot', nmae: 'x', sources: src },
    ]);
    expect(r.issues.map((i) => `${i.code} ${i.pointer}`)).toEqual([
      'invalid_type /1/name',
      'invalid_value /1/gender',
      'unrecognized_keys /1/nmae',
    ]);
    expect(r.issues.every((i) => i.recordId === 'person.bad' && i.line === undefined && i.file === undefined)).toBe(
      true,
    );
    expect(r.summary.invalidRecords).toBe(1);
  });

  it('maps an unknown type to invalid_record_type and non-objects to not_a_record', () => {
    expect(codes([{ type: 'meating' }, 42, null, [1]])).toEqual([
      'invalid_record_type /0/type',
      'not_a_record /1',
      'not_a_record /2',
      'not_a_record /3',
    ]);
  });

  it('maps a non-finite number to number_out_of_range', () => {
    const r = validateRecords([{ ...person('n'), sources: [{ url: 'https://example.org/', confidence: Infinity }] }]);
    expect(r.issues.map((i) => i.code)).toEqual(['number_out_of_range']);
  });

  it('reports __proto__ / constructor keys of in-memory objects as unsafe_key', () => {
    const ext = JSON.parse('{"__proto__": {"x": 1}, "ok": {"constructor": 1}}') as unknown;
    expect(codes([{ ...person('p'), extensions: ext }])).toEqual([
      'unsafe_key /0/extensions/__proto__',
      'unsafe_key /0/extensions/ok/constructor',
    ]);
  });

  it('stops walking at maxDepth with too_deep', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10; i++) {
      const next = {};
      deep['a'] = next;
      deep = next;
    }
    expect(codes([{ ...person('d'), extensions: root }], { maxDepth: 5 })).toEqual(['too_deep /0/extensions/a/a/a/a']);
  });

  it('warns about records without a source, but not about articles', () => {
    expect(codes([person('s', { sources: [] })])).toEqual(['missing_source /0/sources']);
    const article = {
      type: 'article',
      id: 'article.a',
      url: 'https://example.org/a',
      headline: { value: 'H', lang: 'en' },
      lang: 'en',
      sources: [],
    };
    expect(codes([article])).toEqual([]);
  });

  it('warns about names inspectName flags (bidi controls, look-alike letters)', () => {
    // U+200F RIGHT-TO-LEFT MARK inside an Arabic name; Cyrillic а (U+0430) inside a Latin name.
    const r = validateRecords([
      person('n', { name: 'H\u0430mmouchi', names: [{ value: 'عبد اللطيف\u200F حموشي', lang: 'ar', kind: 'native' }] }),
    ]);
    expect(r.issues.map((i) => `${i.code} ${i.pointer} ${i.severity}`)).toEqual([
      'suspicious_name /0/name warning',
      'suspicious_name /0/names/0/value warning',
    ]);
    expect(r.issues[1]?.message).toContain('bidi-control');
  });
});

describe('validateRecords: checks across records', () => {
  it('duplicate ids (the second is reported and points to the first)', () => {
    const r = validateRecords([person('a'), person('b'), person('a')]);
    expect(r.issues).toEqual([
      {
        pointer: '/2/id',
        recordId: 'person.a',
        code: 'duplicate_id',
        severity: 'error',
        message: 'duplicate id "person.a" (first declared at /0)',
      },
    ]);
    expect(r.summary.invalidRecords).toBe(1);
  });

  it('unknown references, in any order of declaration', () => {
    const m = {
      type: 'membership',
      id: 'membership.m',
      member: { kind: 'person', id: 'person.a' },
      organizationId: 'forum.t',
      sources: [{ articleId: 'article.nope' }],
    };
    expect(codes([m, person('a'), forum], { referenceData: false })).toEqual([
      'unknown_reference /0/sources/0/articleId',
    ]);
  });

  it('resolves references against the shipped reference data unless turned off', () => {
    const m = {
      type: 'membership',
      id: 'membership.m',
      member: { kind: 'country', country: 'MA' },
      organizationId: 'forum.gctf',
      sources: src,
    };
    expect(codes([m])).toEqual([]);
    expect(codes([m], { referenceData: false })).toEqual(['unknown_reference /0/organizationId']);
  });

  it('a record of the dataset replaces the shipped record of the same id (no duplicate_id)', () => {
    const gctf = { ...forum, id: 'forum.gctf', founded: '2015' };
    const m = {
      type: 'forum-membership',
      id: 'forum-membership.g',
      forumId: 'forum.gctf',
      member: { kind: 'country', country: 'MA' },
      status: 'member',
      interval: { start: '2012', end: '2013' },
      sources: src,
    };
    // The dataset's founding year (2015) is used, not the shipped one.
    expect(codes([gctf, m])).toEqual(['outside_lifetime /1/interval']);
  });

  it('a reference to a record whose type disagrees with the field: wrong_reference_type', () => {
    const impostor = { type: 'person', id: 'agency.x', name: 'X', sources: src };
    const m = {
      type: 'membership',
      id: 'membership.m',
      member: { kind: 'country', country: 'MA' },
      organizationId: 'agency.x',
      sources: src,
    };
    const r = validateRecords([impostor, m]);
    expect(r.issues.map((i) => `${i.code} ${i.pointer}`)).toEqual([
      'invalid_format /0/id',
      'wrong_reference_type /1/organizationId',
    ]);
    expect(r.issues[1]?.message).toBe('"agency.x" is a person record; expected agency or forum');
  });

  it('overlapping co-chair terms (a handover day is allowed) and too many chairs', () => {
    expect(
      codes([
        forum,
        term('a', '2016-09-21', '2019-09-25', ['MA', 'NL']),
        term('b', '2019-09-25', '2022-09-21', ['MA', 'CA']),
      ]),
    ).toEqual([]);
    expect(codes([forum, term('a', '2021', '2023', ['MA', 'NL']), term('b', '2023', '2025', ['MA', 'CA'])])).toEqual(
      [],
    );
    expect(
      codes([forum, term('a', '2016', '2019', ['MA', 'NL']), term('b', '2018', '2021', ['MA', 'CA', 'EG'])]),
    ).toEqual(['too_many_chairs /2/chairs', 'overlapping_co_chair_terms /2/interval']);
  });

  it('a term overlapping many others is reported once, with the count and the first three partners', () => {
    const copies = Array.from({ length: 2000 }, (_, i) => term(`c${i}`, '2016', '2019', ['MA', 'NL']));
    const r = validateRecords([forum, ...copies, term('late', '2030', '2031', ['MA'])]);
    const overlaps = r.issues.filter((i) => i.code === 'overlapping_co_chair_terms');
    // One issue per term that overlaps earlier ones (1,999), not one per pair (1,999,000).
    expect(overlaps).toHaveLength(1999);
    expect(r.summary.errors).toBe(1999);
    expect(overlaps[0]).toMatchObject({
      pointer: '/2/interval',
      recordId: 'co-chair-term.c1',
      related: { count: 1, first: [{ recordId: 'co-chair-term.c0', pointer: '/1' }] },
    });
    expect(overlaps[0]?.message).toBe('co-chair term of "forum.t" overlaps "co-chair-term.c0" (/1)');
    const last = overlaps[overlaps.length - 1];
    expect(last?.related).toEqual({
      count: 1999,
      first: [
        { recordId: 'co-chair-term.c0', pointer: '/1' },
        { recordId: 'co-chair-term.c1', pointer: '/2' },
        { recordId: 'co-chair-term.c2', pointer: '/3' },
      ],
    });
    expect(last?.message).toBe(
      'co-chair term of "forum.t" overlaps 1999 other terms ("co-chair-term.c0" (/1), "co-chair-term.c1" (/2), "co-chair-term.c2" (/3) and 1996 more)',
    );
  });

  it('the same record twice is not an overlap with itself, but both copies overlap a third term', () => {
    const a = term('a', '2016', '2019', ['MA']);
    const r = validateRecords([forum, a, a, term('b', '2017', '2018', ['NL'])]);
    expect(r.issues.map((i) => `${i.code} ${i.pointer} ${i.related?.count ?? ''}`)).toEqual([
      'duplicate_id /2/id ',
      'overlapping_co_chair_terms /3/interval 2',
    ]);
  });

  it('two holders of a single-holder post at once (acting holders and handover days allowed)', () => {
    const agency = {
      type: 'agency',
      id: 'agency.p',
      names: [{ value: 'P', lang: 'en', kind: 'official' }],
      kind: 'police',
      sources: src,
    };
    const pos = {
      type: 'position',
      id: 'position.d',
      organizationId: 'agency.p',
      label: [{ value: 'Director', lang: 'en' }],
      role: 'director-general',
      sources: src,
    };
    const occ = (slug: string, start: string, end: string | undefined, extra = {}): Record<string, unknown> => ({
      type: 'occupancy',
      id: `occupancy.${slug}`,
      personId: `person.${slug}`,
      positionId: 'position.d',
      interval: end === undefined ? { start, status: 'current' } : { start, end },
      sources: src,
      ...extra,
    });
    const base = [agency, pos, person('a'), person('b'), person('c')];
    expect(codes([...base, occ('a', '2006', '2015-05-15'), occ('b', '2015-05-15', undefined)])).toEqual([]);
    expect(codes([...base, occ('a', '2006', '2016'), occ('b', '2015', undefined)])).toEqual([
      'overlapping_occupancy /6/interval',
    ]);
    // Many holders at once: one issue per holder, with the count of the others.
    const crowd = Array.from({ length: 500 }, (_, i) => ({
      ...occ('a', '2006', '2016'),
      id: `occupancy.x${i}`,
      personId: `person.x${i}`,
    }));
    const r = validateRecords([...base, ...Array.from({ length: 500 }, (_, i) => person(`x${i}`)), ...crowd], {
      referenceData: false,
    });
    const overlaps = r.issues.filter((i) => i.code === 'overlapping_occupancy');
    expect(overlaps).toHaveLength(499);
    expect(overlaps[498]?.related?.count).toBe(499);
    expect(overlaps[498]?.message).toMatch(
      /^"person\.x499" holds single-holder post "position\.d" at the same time as 499 other holders \("person\.x0" \(\/505\), "person\.x1" \(\/506\), "person\.x2" \(\/507\) and 496 more\)$/,
    );
    expect(codes([...base, occ('a', '2006', '2016'), occ('c', '2015', '2015-06', { acting: true })])).toEqual([]);
    const deputy = { ...pos, role: 'deputy-head' };
    expect(
      codes([agency, deputy, person('a'), person('b'), occ('a', '2006', '2016'), occ('b', '2015', undefined)]),
    ).toEqual([]);
  });

  it('memberships, terms and meetings outside the lifetime of their forum / working group / agency', () => {
    const wg = {
      type: 'working-group',
      id: 'working-group.w',
      forumId: 'forum.t',
      names: [{ value: 'W', lang: 'en', kind: 'official' }],
      kind: 'thematic',
      interval: { start: '2012', end: '2015' },
      sources: src,
    };
    const meeting = (slug: string, start: string, extra: Record<string, unknown>): Record<string, unknown> => ({
      type: 'meeting',
      id: `meeting.${slug}`,
      kind: 'plenary',
      status: 'held',
      start,
      sources: src,
      ...extra,
    });
    const fm = {
      type: 'forum-membership',
      id: 'forum-membership.f',
      forumId: 'forum.t',
      member: { kind: 'country', country: 'MA' },
      status: 'member',
      interval: { start: '2005', end: '2008' },
      sources: src,
    };
    expect(
      codes([
        meeting('a', '2010-01-01', { forumId: 'forum.t' }),
        meeting('b', '2016-05', { workingGroupId: 'working-group.w' }),
        meeting('c', '2013', { workingGroupId: 'working-group.w' }),
        fm,
        forum,
        wg,
      ]),
    ).toEqual(['outside_lifetime /0/start', 'outside_lifetime /1/start', 'outside_lifetime /3/interval']);
    // 2011 may be after 2011-09-22: not certainly outside.
    expect(codes([forum, meeting('d', '2011', { forumId: 'forum.t' })])).toEqual([]);
  });

  it("meeting participants that are not in the delegations' parties", () => {
    const agencyFr = {
      type: 'agency',
      id: 'agency.fr',
      names: [{ value: 'FR', lang: 'en', kind: 'official' }],
      kind: 'police',
      country: 'FR',
      sources: src,
    };
    const agencyEs = { ...agencyFr, id: 'agency.es', country: 'ES' };
    const meeting = {
      type: 'meeting',
      id: 'meeting.m',
      kind: 'bilateral-visit',
      status: 'held',
      delegations: [
        {
          id: 'ma',
          party: { kind: 'country', country: 'MA' },
          headPersonId: 'person.a',
          memberPersonIds: ['person.a'],
        },
        { id: 'es', party: { kind: 'country', country: 'ES' }, onBehalfOf: { kind: 'country', country: 'FR' } },
      ],
      participants: [
        { ref: { kind: 'person', id: 'person.a' }, delegationId: 'ma', roles: ['host'] },
        { ref: { kind: 'person', id: 'person.b' }, delegationId: 'ma', roles: ['member'] },
        { ref: { kind: 'organization', id: 'agency.es' }, delegationId: 'es', roles: ['visitor'] },
        { ref: { kind: 'organization', id: 'agency.fr' }, roles: ['visitor'] },
        { ref: { kind: 'country', country: 'DE' }, roles: ['visitor'] },
        { ref: { kind: 'country', country: 'DE' }, roles: ['observer'] },
        { ref: { kind: 'person', id: 'person.b' }, delegationId: 'es', roles: ['visitor'] },
        { ref: { kind: 'country', country: 'FR' }, delegationId: 'es', roles: ['signatory'] },
      ],
      sources: src,
    };
    expect(codes([meeting, person('a'), person('b'), agencyFr, agencyEs])).toEqual([
      'participant_not_in_delegation /0/participants/1/ref/id',
      'participant_not_in_delegation /0/participants/4/ref',
      'participant_not_in_delegation /0/participants/3/ref/id',
    ]);
  });

  it('maxErrors stops early; cross-record checks needing the whole dataset are then skipped', () => {
    const r = validateRecords([42, 43, 44, { ...person('x'), organizationId: 1 }], { maxErrors: 2 });
    expect(r.issues.map((i) => i.code)).toEqual(['not_a_record', 'not_a_record']);
    expect(r.summary.truncated).toBe(true);
  });

  it('gives the result of its TSDoc example', () => {
    const { issues, summary } = validateRecords([
      { type: 'person', id: 'person.x', name: 'X', sources: [] },
      { type: 'person', id: 'person.x', name: 'Y', sources: [] },
    ]);
    expect(issues.map((i) => i.code)).toEqual(['missing_source', 'missing_source', 'duplicate_id']);
    expect(summary.errors).toBe(1);
  });

  it('accepts any iterable', () => {
    function* gen(): Generator<unknown> {
      yield person('a');
      yield person('a');
    }
    expect(validateRecords(gen()).issues.map((i) => i.code)).toEqual(['duplicate_id']);
  });
});
