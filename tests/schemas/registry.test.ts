import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as schemas from '../../src/schemas/index.js';
import type { TansiqSchemaMeta } from '../../src/schemas/index.js';

const { TANSIQ_SCHEMAS, tansiqRegistry } = schemas;

describe('tansiqRegistry', () => {
  it('holds every public schema with id, title, description and examples', () => {
    const ids = new Set<string>();
    for (const schema of TANSIQ_SCHEMAS) {
      const meta = tansiqRegistry.get(schema) as TansiqSchemaMeta;
      expect(meta.id).toMatch(/^tansiq\.[A-Z][A-Za-z]+$/);
      expect(meta.title.length).toBeGreaterThan(2);
      expect(meta.description.length).toBeGreaterThan(10);
      expect(meta.examples.length).toBeGreaterThan(0);
      expect(schema.meta()?.id).toBe(meta.id);
      ids.add(meta.id);
    }
    expect(ids.size).toBe(TANSIQ_SCHEMAS.length);
  });

  it('lists every exported …Schema', () => {
    const exported = Object.entries(schemas).filter(
      ([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType,
    );
    expect(exported.length).toBe(TANSIQ_SCHEMAS.length);
    for (const [name, schema] of exported) expect(tansiqRegistry.has(schema as z.ZodType), name).toBe(true);
  });

  it('ids follow the export names', () => {
    for (const [name, value] of Object.entries(schemas)) {
      if (!name.endsWith('Schema') || !(value instanceof z.ZodType)) continue;
      expect(tansiqRegistry.get(value)?.id).toBe(`tansiq.${name.slice(0, -'Schema'.length)}`);
    }
  });

  it('does not depend on z.globalRegistry being complete', () => {
    expect(tansiqRegistry).not.toBe(z.globalRegistry);
    expect(tansiqRegistry.get(schemas.SecurityMeetingSchema)?.id).toBe('tansiq.SecurityMeeting');
  });
});
