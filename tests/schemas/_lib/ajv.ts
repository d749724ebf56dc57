import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A strict draft 2020-12 ajv instance with ajv-formats, as a non-TypeScript user would set it up. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Compiles every generated schema file with one ajv instance. */
export function compileAll(files: Record<string, object>): Map<string, ValidateFunction> {
  const ajv = createAjv();
  const out = new Map<string, ValidateFunction>();
  for (const [name, schema] of Object.entries(files)) out.set(name, ajv.compile(schema));
  return out;
}
