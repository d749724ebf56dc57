import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod';
import { TANSIQ_SCHEMAS, tansiqRegistry } from '../../../src/schemas/index.js';

const ROOT = join(import.meta.dirname, '../../fixtures/schemas');

/** One schema test case from tests/fixtures/schemas/cases. */
export interface SchemaCase {
  name: string;
  description: string;
  schema: string;
  value: unknown;
  valid: boolean;
  issues?: { path: (string | number)[]; code: string }[];
  jsonSchemaLimitation?: string;
}

function readJsonDir(dir: string): { name: string; json: unknown }[] {
  return readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -5),
      json: JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as unknown,
    }));
}

/** The valid example records (one per file). */
export function loadRecords(): { name: string; record: unknown }[] {
  return readJsonDir('records').map(({ name, json }) => ({ name, record: json }));
}

/** The valid and broken cases. */
export function loadCases(): SchemaCase[] {
  return readJsonDir('cases').map(({ name, json }) => ({ name, ...(json as Omit<SchemaCase, 'name'>) }));
}

/** The public schema with the given id (`tansiq.X`). */
export function schemaById(id: string): z.ZodType {
  const schema = TANSIQ_SCHEMAS.find((s) => tansiqRegistry.get(s)?.id === id);
  if (schema === undefined) throw new Error(`no public schema with id ${id}`);
  return schema;
}
