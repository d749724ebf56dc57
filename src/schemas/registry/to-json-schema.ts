import * as z from 'zod';

type JsonObject = { [key: string]: unknown };

function replaceRefs(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceRefs(item, from, to));
  if (typeof value !== 'object' || value === null) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '$ref' && child === from ? to : replaceRefs(child, from, to);
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12) of a tansiq schema, self-contained: the schema itself at the
 * root (with its title, description and examples), and every other named tansiq schema it uses
 * under `$defs` (`#/$defs/tansiq.PartialDate`, …). Unknown keys are forbidden
 * (`additionalProperties: false`) as in Zod.
 *
 * Rules Zod checks in code and JSON Schema cannot state (ordering of dates, references inside a
 * meeting, duplicate chairs) are absent from the output; each schema's `description` names
 * them. Rules that JSON Schema can state are emitted: calendar-valid date `pattern`s, id
 * `pattern`s, `enum`s, `uniqueItems`, the "articleId or url" `anyOf`.
 *
 * @param schema - any tansiq schema (or any Zod schema)
 * @returns a JSON Schema object
 * @example
 * ```ts
 * const json = toJSONSchema(PartialDateSchema);
 * json.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * json.type; // 'string'
 * ```
 * @category JSON Schema
 */
export function toJSONSchema(schema: z.ZodType): z.core.JSONSchema.JSONSchema {
  const raw = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonObject;
  const ref = raw.$ref;
  const defs = raw.$defs as JsonObject | undefined;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/') || defs === undefined) {
    return raw as z.core.JSONSchema.JSONSchema;
  }
  const rootId = ref.slice('#/$defs/'.length);
  const { [rootId]: root, ...rest } = defs;
  const lifted: JsonObject = { $schema: raw.$schema, ...(root as JsonObject) };
  if (Object.keys(rest).length > 0) lifted.$defs = rest;
  return replaceRefs(lifted, ref, '#') as z.core.JSONSchema.JSONSchema;
}
