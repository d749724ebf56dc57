import * as z from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { zodLocaleLanguage } from '../../../src/schemas/index.js';
import type { RecordRuleId, RecordType } from '../../../src/schemas/index.js';
import { formatRuleMessage, RECORD_RULES, RECORD_TYPES, RecordSchema } from '../../../src/schemas/index.js';
import { loadRecords } from '../_lib/fixtures.js';

type Json = Record<string, unknown>;
const records = loadRecords().map(({ record }) => record as Json);
const first = (type: string): Json => structuredClone(records.find((r) => r['type'] === type)) as Json;

/** Every schema node under `node` (its definition's schema-valued fields), each once. */
function* nodes(node: z.core.$ZodType, seen = new Set<unknown>()): Generator<z.core.$ZodType> {
  if (seen.has(node)) return;
  seen.add(node);
  yield node;
  const isSchema = (v: unknown): v is z.core.$ZodType =>
    typeof v === 'object' && v !== null && '_zod' in v && 'run' in (v as z.core.$ZodType)._zod;
  for (const value of Object.values(node._zod.def as unknown as Json)) {
    const children = Array.isArray(value)
      ? value
      : typeof value === 'object' && value !== null && !isSchema(value)
        ? Object.values(value)
        : [value];
    for (const child of children) if (isSchema(child)) yield* nodes(child, seen);
  }
}

/** The rules declared by the checks reachable from a record type's schema. */
function declaredRules(type: RecordType): Set<RecordRuleId> {
  const schema = RecordSchema.options.find((option) => option.shape.type.value === type) as unknown as z.core.$ZodType;
  const rules = new Set<RecordRuleId>();
  for (const node of nodes(schema)) {
    for (const check of (node._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? []) {
      for (const rule of (check._zod.def as { rules?: RecordRuleId[] }).rules ?? []) rules.add(rule);
    }
  }
  return rules;
}

/** One record per rule that breaks it (and nothing else), built from the example records. */
const TRIGGERS: Record<RecordRuleId, () => Json> = {
  interval_end_before_start: () => ({ ...first('occupancy'), interval: { start: '2022', end: '2021' } }),
  span_end_not_after_start: () => ({
    ...first('meeting'),
    sources: [{ url: 'https://example.org/a', quote: 'x', span: { start: 5, end: 5 } }],
  }),
  source_without_reference: () => ({ ...first('meeting'), sources: [{}] }),
  location_lat_without_lon: () => ({ ...first('meeting'), location: { city: 'Rabat', lat: 34 } }),
  location_lon_without_lat: () => ({ ...first('meeting'), location: { city: 'Rabat', lon: -6.8 } }),
  name_valid_to_before_valid_from: () => ({
    ...first('person'),
    names: [{ value: 'X', lang: 'en', kind: 'official', validFrom: '2020', validTo: '2019' }],
  }),
  death_before_birth: () => ({ ...first('person'), birthDate: '1966', deathDate: '1965' }),
  dissolved_before_founded: () => ({ ...first('forum'), founded: '2011', dissolved: '2010' }),
  duplicate_predecessor: () => ({ ...first('agency'), predecessors: ['agency.a', 'agency.a'] }),
  duplicate_successor: () => ({ ...first('agency'), successors: ['agency.a', 'agency.a'] }),
  forum_own_parent: () => ({ ...first('forum'), parentForumId: first('forum')['id'] }),
  occupancy_without_position: () => {
    const r = first('occupancy');
    delete r['positionId'];
    delete r['organizationId'];
    delete r['role'];
    return r;
  },
  meeting_own_parent: () => ({ ...first('meeting'), parentMeetingId: first('meeting')['id'] }),
  duplicate_delegation_id: () => ({
    ...first('meeting'),
    delegations: [
      { id: 'ma', party: { kind: 'country', country: 'MA' } },
      { id: 'ma', party: { kind: 'country', country: 'ES' } },
    ],
    participants: [],
  }),
  unknown_delegation: () => ({
    ...first('meeting'),
    delegations: [],
    participants: [{ ref: { kind: 'country', country: 'ES' }, roles: ['visitor'], delegationId: 'es' }],
  }),
  delegation_head_not_member: () => ({
    ...first('meeting'),
    delegations: [
      { id: 'ma', party: { kind: 'country', country: 'MA' }, headPersonId: 'person.a', memberPersonIds: ['person.b'] },
    ],
    participants: [],
  }),
  duplicate_delegation_member: () => ({
    ...first('meeting'),
    delegations: [{ id: 'ma', party: { kind: 'country', country: 'MA' }, memberPersonIds: ['person.b', 'person.b'] }],
    participants: [],
  }),
  duplicate_role: () => ({
    ...first('meeting'),
    delegations: [],
    participants: [{ ref: { kind: 'country', country: 'ES' }, roles: ['visitor', 'visitor'] }],
  }),
  duplicate_chair: () => {
    const r = first('co-chair-term');
    const chairs = r['chairs'] as Json[];
    r['chairs'] = [chairs[0], chairs[0]];
    return r;
  },
};

const issuesOf = (value: unknown) => RecordSchema.safeParse(value).error?.issues ?? [];

afterEach(() => {
  z.config({ localeError: undefined });
});

describe('RECORD_RULES', () => {
  const ids = Object.keys(RECORD_RULES) as RecordRuleId[];

  it('has snake_case ids, a summary, a place and a message in both languages for each rule', () => {
    expect(ids.length).toBeGreaterThanOrEqual(17);
    for (const id of ids) {
      const info = RECORD_RULES[id];
      expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(info.summary).toMatch(/\.$/);
      expect(info.where.length).toBeGreaterThan(3);
      expect(info.message.ar).toMatch(/[\u0600-\u06FF]/);
      // The same placeholders in both languages.
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(info.message.ar)).toEqual(names(info.message.en));
    }
  });

  it('lists, for each rule, exactly the record types whose schema checks it', () => {
    const derived = Object.fromEntries(ids.map((id) => [id, [] as RecordType[]]));
    for (const type of RECORD_TYPES) for (const rule of declaredRules(type)) derived[rule]?.push(type);
    expect(Object.keys(derived).sort()).toEqual([...ids].sort());
    expect(Object.fromEntries(ids.map((id) => [id, [...RECORD_RULES[id].appliesTo].sort()]))).toEqual(
      Object.fromEntries(ids.map((id) => [id, (derived[id] as RecordType[]).sort()])),
    );
  });

  it.each(ids)('%s: a record that breaks it gets one custom issue carrying the rule id', (id) => {
    const issues = issuesOf(TRIGGERS[id]());
    expect(issues).toHaveLength(1);
    const issue = issues[0] as z.core.$ZodIssueCustom;
    expect(issue.code).toBe('custom');
    expect(issue.params?.['rule']).toBe(id);
    expect(issue.message).toBe(formatRuleMessage(id, issue.params ?? {}));
    expect(issue.message).not.toMatch(/\{\w+\}/);
  });

  it('keeps the English messages of before (golden outputs do not move)', () => {
    expect(issuesOf(TRIGGERS.interval_end_before_start())[0]?.message).toBe('end 2021 is before start 2022');
    expect(issuesOf(TRIGGERS.duplicate_delegation_id())[0]?.message).toBe('duplicate delegation id "ma"');
    expect(issuesOf(TRIGGERS.delegation_head_not_member())[0]?.message).toBe(
      "head person.a is not among the delegation's memberPersonIds",
    );
    expect(issuesOf(TRIGGERS.duplicate_role())[0]?.message).toBe('duplicate role "visitor"');
    expect(issuesOf(TRIGGERS.occupancy_without_position())[0]?.message).toBe(
      'an occupancy needs a positionId, or an organizationId and a role',
    );
  });

  it("writes the messages in Arabic under zod's Arabic locale, like zod's own messages", () => {
    z.config(z.locales.ar());
    expect(zodLocaleLanguage()).toBe('ar');
    for (const id of ids) {
      const issues = issuesOf(TRIGGERS[id]());
      expect(issues[0]?.message).toBe(formatRuleMessage(id, (issues[0] as z.core.$ZodIssueCustom).params ?? {}, 'ar'));
    }
    expect(issuesOf(TRIGGERS.interval_end_before_start())[0]?.message).toBe(
      'تاريخ النهاية 2021 يسبق تاريخ البداية 2022',
    );
    // zod's own messages follow the same locale, in the same parse.
    const mixed = issuesOf({ ...TRIGGERS.death_before_birth(), gender: 'x' });
    expect(mixed.map((i) => /[\u0600-\u06FF]/.test(i.message))).toEqual([true, true]);
  });

  it('keeps English under any other locale', () => {
    z.config(z.locales.fa());
    expect(zodLocaleLanguage()).toBe('en');
    z.config(z.locales.fr());
    expect(issuesOf(TRIGGERS.death_before_birth())[0]?.message).toBe('deathDate 1965 is before birthDate 1966');
  });

  it('recognises the Arabic locale by the probe message zod gives', () => {
    expect(zodLocaleLanguage()).toBe('en');
    const probe = { code: 'unrecognized_keys', keys: ['x'], path: [], input: {} } as unknown as z.core.$ZodRawIssue;
    expect(z.locales.ar().localeError?.(probe)).toBe('معرف غريب: "x"');
  });
});

describe('formatRuleMessage', () => {
  it('fills placeholders from the values and leaves missing ones as written', () => {
    expect(formatRuleMessage('dissolved_before_founded', { founded: '2011', dissolved: '2010' })).toBe(
      'dissolved 2010 is before founded 2011',
    );
    expect(formatRuleMessage('dissolved_before_founded', { founded: '2011' })).toBe(
      'dissolved {dissolved} is before founded 2011',
    );
    expect(formatRuleMessage('duplicate_chair', { chair: 'EG' }, 'ar')).toBe('الرئيس المشارك EG مكرر');
    expect(formatRuleMessage('duplicate_chair', { chair: { toString: () => 'x' } })).toBe('duplicate chair {chair}');
  });
});
