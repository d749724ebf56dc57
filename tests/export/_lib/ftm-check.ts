import { Model as Model4, defaultModel as defaultModel4 } from '@opensanctions/followthemoney';
import { Model as Model3, defaultModel as defaultModel3 } from '@alephdata/followthemoney';
import type { FtmEntity } from '../../../src/export/index.js';

type AnyModel = { getSchema(name: string): AnySchema; getType(name: string): { values?: Map<string, unknown> } };
type AnySchema = {
  name: string;
  abstract: boolean;
  required: string[];
  getProperties(): Map<string, AnyProperty>;
  isA(other: AnySchema | string): boolean;
};
type AnyProperty = { name: string; stub: boolean; type: { name: string; maxLength?: number }; range?: string };

const ID_RE = /^[0-9a-z](?:[0-9a-z.-]*[0-9a-z])?$/i;
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?$/;

function realDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  if (y < 1000 || y > 2999) return false;
  if (value.length >= 10) {
    const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value.slice(0, 10)) return false;
  }
  return true;
}

/**
 * Checks entities against a real FollowTheMoney model: known non-abstract schema, only its
 * (inherited, non-stub) properties, arrays of non-empty strings, value types (dates, countries,
 * languages, topics, genders, urls), required properties, and every entity reference resolvable
 * inside the list with a schema in the property's range. Returns the problems (empty when valid).
 */
export function checkFtm(entities: readonly FtmEntity[], version: 3 | 4 = 4): string[] {
  const model: AnyModel =
    version === 4
      ? (new Model4(defaultModel4) as unknown as AnyModel)
      : (new Model3(defaultModel3 as never) as unknown as AnyModel);
  const problems: string[] = [];
  const byId = new Map<string, FtmEntity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (prev !== undefined) problems.push(`${e.id}: duplicate id (${prev.schema}, ${e.schema})`);
    byId.set(e.id, e);
  }
  const values = (type: string): Map<string, unknown> | undefined => model.getType(type).values;
  const countries = values('country');
  const languages = values('language');
  const topics = values('topic');
  for (const e of entities) {
    if (typeof e.id !== 'string' || !ID_RE.test(e.id) || e.id.length > 200) problems.push(`${e.id}: bad id`);
    let schema: AnySchema;
    try {
      schema = model.getSchema(e.schema);
    } catch {
      problems.push(`${e.id}: unknown schema ${e.schema}`);
      continue;
    }
    if (schema === undefined) {
      problems.push(`${e.id}: unknown schema ${e.schema}`);
      continue;
    }
    if (schema.abstract) problems.push(`${e.id}: abstract schema ${e.schema}`);
    const props = schema.getProperties();
    for (const req of schema.required)
      if ((e.properties[req] ?? []).length === 0) problems.push(`${e.id}: ${e.schema} lacks required ${req}`);
    for (const [key, list] of Object.entries(e.properties)) {
      const prop = props.get(key);
      if (prop === undefined) {
        problems.push(`${e.id}: ${e.schema} has no property ${key}`);
        continue;
      }
      if (prop.stub) problems.push(`${e.id}: ${key} is a stub property`);
      if (!Array.isArray(list) || list.length === 0) problems.push(`${e.id}: ${key} is not a non-empty array`);
      for (const v of list) {
        if (typeof v !== 'string' || v === '') {
          problems.push(`${e.id}: ${key} has a non-string or empty value`);
          continue;
        }
        const t = prop.type.name;
        if (prop.type.maxLength !== undefined && v.length > prop.type.maxLength)
          problems.push(`${e.id}: ${key} longer than ${prop.type.maxLength}`);
        if (t === 'date' && !realDate(v)) problems.push(`${e.id}: ${key} bad date ${v}`);
        if (t === 'country' && countries?.has(v) !== true) problems.push(`${e.id}: ${key} bad country ${v}`);
        if (t === 'language' && languages?.has(v) !== true) problems.push(`${e.id}: ${key} bad language ${v}`);
        if (t === 'topic' && topics?.has(v) !== true) problems.push(`${e.id}: ${key} bad topic ${v}`);
        if (t === 'gender' && !['male', 'female', 'other'].includes(v))
          problems.push(`${e.id}: ${key} bad gender ${v}`);
        if (t === 'url' && !/^https?:\/\/\S+$/.test(v)) problems.push(`${e.id}: ${key} bad url ${v}`);
        if (t === 'entity') {
          const target = byId.get(v);
          if (target === undefined) problems.push(`${e.id}: ${key} → ${v} not in the file`);
          else if (target.id === e.id) problems.push(`${e.id}: ${key} references itself`);
          else if (prop.range !== undefined && !model.getSchema(target.schema).isA(prop.range))
            problems.push(`${e.id}: ${key} → ${v} is a ${target.schema}, not a ${prop.range}`);
        }
      }
    }
  }
  return problems;
}
