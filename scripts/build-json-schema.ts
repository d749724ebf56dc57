/**
 * Writes the JSON Schema (draft 2020-12) files of every public tansiq schema to `json-schema/`
 * (one file per schema id, plus `record.json` for the union of all records), and removes stale
 * `.json` files there. Run with `npx tsx scripts/build-json-schema.ts`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../src/schemas/index.js';

const outDir = join(import.meta.dirname, '..', 'json-schema');
mkdirSync(outDir, { recursive: true });

const files = jsonSchemaFiles();
for (const [name, schema] of Object.entries(files)) {
  writeFileSync(join(outDir, name), `${JSON.stringify(schema, null, 2)}\n`);
}
for (const existing of readdirSync(outDir)) {
  if (existing.endsWith('.json') && !(existing in files)) rmSync(join(outDir, existing));
}
console.log(`wrote ${Object.keys(files).length} JSON Schema files to ${outDir}`);
