/**
 * The metadata every public tansiq schema carries (via `.meta()`), as stored in
 * {@link tansiqRegistry}.
 *
 * @example
 * ```ts
 * const meta = tansiqRegistry.get(PartialDateSchema) as TansiqSchemaMeta;
 * meta.id; // 'tansiq.PartialDate'
 * ```
 * @category JSON Schema
 */
export interface TansiqSchemaMeta {
  /** The schema id, `tansiq.<Name>`; also the JSON Schema `$defs` key. */
  id: string;
  /** A short human title. */
  title: string;
  /** What the schema accepts, including rules that JSON Schema cannot express. */
  description: string;
  /** Valid example values. */
  examples: unknown[];
  /** Extra JSON Schema keywords merged into the generated schema (e.g. `anyOf`). */
  [keyword: string]: unknown;
}
