import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { PopoloDocument, PopoloObject } from '../../../src/export/index.js';

// Popolo 1.0.1's JSON Schemas (draft-03), written here as draft-07 for ajv: `required: true` on a
// property becomes the parent's `required` list. Popolo itself does not forbid unknown keys; its
// JSON patterns appendix asks that non-spec keys be prefixed with `+`, which
// `additionalProperties: false` plus `patternProperties: { '^\\+': {} }` enforces here.
const DATE = '^[0-9]{4}(-[0-9]{2}){0,2}$';
const DATE_OR_TIME = '^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$';
const str = { type: ['string', 'null'] };
const date = { type: ['string', 'null'], pattern: DATE };
const dateOrTime = { type: ['string', 'null'], pattern: DATE_OR_TIME };
const stamp = { type: ['string', 'null'], format: 'date-time' };
const arr = (ref: string): object => ({ type: 'array', items: { $ref: ref } });
const obj = (properties: Record<string, object>, required: string[] = []): object => ({
  type: 'object',
  properties,
  required,
  patternProperties: { '^\\+': {} },
  additionalProperties: false,
});

const link = obj({ url: { type: 'string', format: 'uri' }, note: str }, ['url']);
const identifier = obj({ identifier: { type: 'string' }, scheme: str }, ['identifier']);
const otherName = obj({
  name: { type: 'string' },
  family_name: str,
  given_name: str,
  additional_name: str,
  honorific_prefix: str,
  honorific_suffix: str,
  patronymic_name: str,
  start_date: date,
  end_date: date,
  note: str,
});
const contact = obj(
  {
    label: str,
    type: { type: 'string' },
    value: { type: 'string' },
    note: str,
    valid_from: date,
    valid_until: date,
    created_at: stamp,
    updated_at: stamp,
    sources: arr('link'),
  },
  ['type', 'value'],
);
const any = { type: ['object', 'null'] };
const anyArr = { type: 'array' };

const SCHEMAS: Record<string, object> = {
  link,
  identifier,
  other_name: otherName,
  contact_detail: contact,
  person: obj({
    id: str,
    name: str,
    other_names: arr('other_name'),
    identifiers: arr('identifier'),
    family_name: str,
    given_name: str,
    additional_name: str,
    honorific_prefix: str,
    honorific_suffix: str,
    patronymic_name: str,
    sort_name: str,
    email: { type: ['string', 'null'], format: 'email' },
    gender: str,
    pronouns: str,
    birth_date: date,
    death_date: date,
    image: { type: ['string', 'null'], format: 'uri' },
    summary: str,
    biography: str,
    national_identity: str,
    contact_details: arr('contact_detail'),
    links: arr('link'),
    memberships: anyArr,
    motions: anyArr,
    speeches: anyArr,
    votes: anyArr,
    created_at: stamp,
    updated_at: stamp,
    sources: arr('link'),
  }),
  organization: obj({
    id: str,
    name: str,
    other_names: arr('other_name'),
    identifiers: arr('identifier'),
    classification: str,
    parent_id: str,
    parent: any,
    area_id: str,
    area: any,
    abstract: str,
    description: str,
    founding_date: date,
    dissolution_date: date,
    image: { type: ['string', 'null'], format: 'uri' },
    contact_details: arr('contact_detail'),
    links: arr('link'),
    memberships: anyArr,
    posts: anyArr,
    motions: anyArr,
    vote_events: anyArr,
    votes: anyArr,
    children: anyArr,
    created_at: stamp,
    updated_at: stamp,
    sources: arr('link'),
  }),
  membership: obj({
    id: str,
    label: str,
    role: str,
    member: any,
    person_id: str,
    person: any,
    organization_id: str,
    organization: any,
    post_id: str,
    post: any,
    on_behalf_of_id: str,
    on_behalf_of: any,
    area_id: str,
    area: any,
    start_date: dateOrTime,
    end_date: dateOrTime,
    contact_details: arr('contact_detail'),
    links: arr('link'),
    created_at: stamp,
    updated_at: stamp,
    sources: arr('link'),
  }),
  post: obj({
    id: str,
    label: str,
    other_label: { type: 'array', items: { type: 'string' } },
    role: str,
    organization_id: str,
    organization: any,
    area_id: str,
    area: any,
    start_date: date,
    end_date: date,
    contact_details: arr('contact_detail'),
    links: arr('link'),
    memberships: anyArr,
    created_at: stamp,
    updated_at: stamp,
    sources: arr('link'),
  }),
  event: obj({
    id: str,
    name: str,
    description: str,
    start_date: dateOrTime,
    end_date: dateOrTime,
    location: str,
    status: str,
    identifiers: arr('identifier'),
    classification: str,
    organization_id: str,
    organization: any,
    attendees: { type: 'array', items: { $ref: 'person' } },
    parent_id: str,
    parent: any,
    children: anyArr,
    created_at: stamp,
    updated_at: stamp,
    sources: arr('link'),
  }),
  area: obj({
    id: str,
    name: str,
    identifier: str,
    classification: str,
    parent_id: str,
    parent: any,
    geometry: any,
    memberships: anyArr,
    organizations: anyArr,
    posts: anyArr,
    children: anyArr,
    created_at: stamp,
    updated_at: stamp,
    sources: arr('link'),
  }),
};

function realDay(value: string): boolean {
  const day = value.slice(0, 10);
  if (day.length < 10) return true;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Checks a Popolo document: the container, each object against its class schema, the spec's
 * prose rules (membership member + organization/post, post organization), real calendar dates,
 * start ≤ end, unique ids per collection and every `*_id` resolvable. Returns the problems.
 */
export function checkPopolo(doc: PopoloDocument): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  for (const [id, schema] of Object.entries(SCHEMAS)) ajv.addSchema({ ...schema, $id: id });
  const problems: string[] = [];
  const keys = Object.keys(doc).sort();
  if (keys.join(',') !== 'areas,events,memberships,organizations,persons,posts')
    problems.push(`container keys: ${keys.join(',')}`);
  const collections: [keyof PopoloDocument, string][] = [
    ['persons', 'person'],
    ['organizations', 'organization'],
    ['memberships', 'membership'],
    ['posts', 'post'],
    ['events', 'event'],
    ['areas', 'area'],
  ];
  const ids: Record<string, Set<string>> = {};
  for (const [key, schema] of collections) {
    const seen = new Set<string>();
    ids[key] = seen;
    const validate = ajv.getSchema(schema);
    for (const o of doc[key]) {
      if (validate !== undefined && !validate(o)) problems.push(`${key} ${o.id}: ${ajv.errorsText(validate.errors)}`);
      if (seen.has(o.id)) problems.push(`${key} ${o.id}: duplicate id`);
      seen.add(o.id);
      for (const field of ['start_date', 'end_date', 'birth_date', 'death_date', 'founding_date', 'dissolution_date']) {
        const v = o[field];
        if (typeof v === 'string' && !realDay(v)) problems.push(`${key} ${o.id}: ${field} ${v} is not a calendar date`);
      }
      const s = o['start_date'];
      const e = o['end_date'];
      if (typeof s === 'string' && typeof e === 'string' && s.slice(0, 10) > e.slice(0, 10))
        problems.push(`${key} ${o.id}: start after end`);
    }
  }
  const need = (o: PopoloObject, field: string, collection: string, where: string): void => {
    const v = o[field];
    if (v !== undefined && !(ids[collection] as Set<string>).has(v as string))
      problems.push(`${where} ${o.id}: ${field} ${String(v)} not in ${collection}`);
  };
  for (const m of doc.memberships) {
    if (m['member'] === undefined && m['person_id'] === undefined)
      problems.push(`membership ${m.id}: no member or person_id`);
    if (m['organization_id'] === undefined && m['post_id'] === undefined)
      problems.push(`membership ${m.id}: no organization_id or post_id`);
    need(m, 'person_id', 'persons', 'membership');
    need(m, 'organization_id', 'organizations', 'membership');
    need(m, 'post_id', 'posts', 'membership');
    need(m, 'on_behalf_of_id', 'organizations', 'membership');
    const member = m['member'] as { '@type'?: string; id?: string } | undefined;
    if (member !== undefined) {
      const target = member['@type'] === 'Person' ? 'persons' : 'organizations';
      if (member.id === undefined || !(ids[target] as Set<string>).has(member.id))
        problems.push(`membership ${m.id}: member ${String(member.id)} not in ${target}`);
    }
  }
  for (const p of doc.posts) {
    if (p['organization_id'] === undefined) problems.push(`post ${p.id}: no organization_id`);
    need(p, 'organization_id', 'organizations', 'post');
  }
  for (const o of doc.organizations) {
    need(o, 'parent_id', 'organizations', 'organization');
    need(o, 'area_id', 'areas', 'organization');
    if (o['classification'] !== undefined && typeof o['classification'] !== 'string')
      problems.push(`organization ${o.id}: classification not a string`);
  }
  for (const e of doc.events) {
    need(e, 'organization_id', 'organizations', 'event');
    need(e, 'parent_id', 'events', 'event');
    for (const a of (e['attendees'] as { id: string }[] | undefined) ?? [])
      if (!(ids['persons'] as Set<string>).has(a.id)) problems.push(`event ${e.id}: attendee ${a.id} not in persons`);
  }
  return problems;
}
