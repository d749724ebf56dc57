import * as z from 'zod';
import type { TansiqSchemaMeta } from './tansiq-schema-meta.js';
import { TANSIQ_SCHEMAS } from './tansiq-schemas.js';

function buildRegistry(): z.core.$ZodRegistry<TansiqSchemaMeta> {
  const registry = z.registry<TansiqSchemaMeta>();
  for (const schema of TANSIQ_SCHEMAS) registry.add(schema, schema.meta() as TansiqSchemaMeta);
  return registry;
}

/**
 * The registry of every public tansiq schema (a `z.registry`), keyed by schema, with its
 * {@link TansiqSchemaMeta} (`id: 'tansiq.X'`, title, description, examples). Independent of
 * `z.globalRegistry`, so it stays complete whatever a bundler drops.
 *
 * @example
 * ```ts
 * tansiqRegistry.get(SecurityMeetingSchema)?.id; // 'tansiq.SecurityMeeting'
 * tansiqRegistry.has(PartialDateSchema); // true
 * ```
 * @category JSON Schema
 */
export const tansiqRegistry: z.core.$ZodRegistry<TansiqSchemaMeta> = /* @__PURE__ */ buildRegistry();
