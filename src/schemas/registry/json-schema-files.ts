import type * as z from 'zod';
import { tansiqRegistry } from './tansiq-registry.js';
import { TANSIQ_SCHEMAS } from './tansiq-schemas.js';
import { toJSONSchema } from './to-json-schema.js';

/**
 * The file name of the generated JSON Schema of a tansiq schema id: the part after `tansiq.` in
 * kebab case, plus `.json`.
 *
 * @param id - a schema id such as `tansiq.SecurityMeeting`
 * @returns the file name, e.g. `security-meeting.json`
 * @example
 * ```ts
 * jsonSchemaFileName('tansiq.SecurityMeeting'); // 'security-meeting.json'
 * jsonSchemaFileName('tansiq.Record'); // 'record.json'
 * ```
 * @category JSON Schema
 */
export function jsonSchemaFileName(id: string): string {
  const name = id.startsWith('tansiq.') ? id.slice('tansiq.'.length) : id;
  return `${name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase()}.json`;
}

/**
 * Every generated JSON Schema file, keyed by file name (`record.json`, `security-meeting.json`,
 * `partial-date.json`, …): one per public schema in {@link TANSIQ_SCHEMAS}. This is what
 * `scripts/build-json-schema.ts` writes to `json-schema/` and the package ships as
 * `tansiq/json-schema/*.json`.
 *
 * @returns file name → JSON Schema object, in {@link TANSIQ_SCHEMAS} order
 * @example
 * ```ts
 * const files = jsonSchemaFiles();
 * files['record.json']?.title; // 'Record'
 * ```
 * @category JSON Schema
 */
export function jsonSchemaFiles(): Record<string, z.core.JSONSchema.JSONSchema> {
  const files: Record<string, z.core.JSONSchema.JSONSchema> = {};
  for (const schema of TANSIQ_SCHEMAS) {
    const id = tansiqRegistry.get(schema)?.id;
    if (id === undefined) continue;
    files[jsonSchemaFileName(id)] = toJSONSchema(schema);
  }
  return files;
}
