import { describe, expect, it } from 'vitest';
import {
  jsonSchemaFileName,
  jsonSchemaFiles,
  TANSIQ_SCHEMAS,
  tansiqRegistry,
  toJSONSchema,
  PartialDateSchema,
  SecurityMeetingSchema,
} from '../../src/schemas/index.js';
import { compileAll } from './_lib/ajv.js';
import { loadCases, loadRecords } from './_lib/fixtures.js';

const files = jsonSchemaFiles();
const validators = compileAll(files as Record<string, object>);
const validatorFor = (schemaId: string) => {
  const validate = validators.get(jsonSchemaFileName(schemaId));
  if (validate === undefined) throw new Error(`no JSON Schema file for ${schemaId}`);
  return validate;
};

describe('generated JSON Schema files', () => {
  it('has one draft 2020-12 file per public schema, plus record.json', () => {
    expect(Object.keys(files)).toHaveLength(TANSIQ_SCHEMAS.length);
    expect(files['record.json']).toBeDefined();
    expect(files['security-meeting.json']).toBeDefined();
    for (const schema of Object.values(files)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('puts the schema itself at the root with its metadata', () => {
    const json = toJSONSchema(SecurityMeetingSchema);
    expect(json.title).toBe('Security meeting');
    expect(json.type).toBe('object');
    expect(json.additionalProperties).toBe(false);
    expect(JSON.stringify(json)).not.toContain('"#/$defs/tansiq.SecurityMeeting"');
  });

  it('emits the calendar-aware date pattern', () => {
    const json = toJSONSchema(PartialDateSchema);
    expect(json.type).toBe('string');
    expect(typeof json.pattern).toBe('string');
    const re = new RegExp(json.pattern as string, 'u');
    expect(re.test('2024-02-29')).toBe(true);
    expect(re.test('2021-02-29')).toBe(false);
  });

  it('names files after schema ids', () => {
    expect(jsonSchemaFileName('tansiq.SecurityMeeting')).toBe('security-meeting.json');
    expect(jsonSchemaFileName('tansiq.Record')).toBe('record.json');
    expect(jsonSchemaFileName('tansiq.CoChairTermId')).toBe('co-chair-term-id.json');
    expect(jsonSchemaFileName('Other')).toBe('other.json');
  });

  it('describes every rule it cannot express', () => {
    for (const c of loadCases().filter((x) => x.jsonSchemaLimitation !== undefined)) {
      expect(c.jsonSchemaLimitation?.length, c.name).toBeGreaterThan(10);
    }
    expect(toJSONSchema(SecurityMeetingSchema).description).toMatch(/Not expressible in JSON Schema/);
  });
});

describe('ajv gives the same verdict as Zod', () => {
  it.each(loadRecords())('example record $name is valid for ajv', ({ record }) => {
    const validate = validatorFor('tansiq.Record');
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(loadCases())('$name', (c) => {
    const validate = validatorFor(c.schema);
    const ajvValid = validate(c.value);
    if (c.jsonSchemaLimitation === undefined) {
      expect(ajvValid, JSON.stringify(validate.errors)).toBe(c.valid);
    } else {
      // Excluded from parity on purpose: Zod rejects, JSON Schema cannot express the rule.
      expect(c.valid).toBe(false);
      expect(ajvValid).toBe(true);
    }
  });

  it('accepts the examples of every public schema, as Zod does', () => {
    for (const schema of TANSIQ_SCHEMAS) {
      const meta = tansiqRegistry.get(schema);
      const id = meta?.id ?? '';
      expect(meta?.examples.length, id).toBeGreaterThan(0);
      for (const example of meta?.examples ?? []) {
        expect(schema.safeParse(example).success, id).toBe(true);
        expect(validatorFor(id)(example), id).toBe(true);
      }
    }
  });
});

describe('toJSONSchema on schemas without an id', () => {
  it('returns the plain conversion', async () => {
    const z = await import('zod');
    expect(toJSONSchema(z.string().min(2))).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'string',
      minLength: 2,
    });
  });

  it('keeps $defs only when other named schemas are used', () => {
    expect(toJSONSchema(PartialDateSchema).$defs).toBeUndefined();
    expect(Object.keys(toJSONSchema(SecurityMeetingSchema).$defs ?? {})).toContain('tansiq.PartialDateTime');
  });
});
