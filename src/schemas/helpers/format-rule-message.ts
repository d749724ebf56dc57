import type { RecordRuleId } from './record-rules.js';
import { RECORD_RULES } from './record-rules.js';

/** A `{name}` placeholder of a rule message (names are ASCII words). */
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message of a record rule in English or Arabic, with its placeholders filled from `values`
 * (the `params` of the rule's issue). A placeholder without a value is left as written. The
 * schemas call it with the language of zod's configured locale; call it yourself to show a rule
 * issue in the other language.
 *
 * @param rule - a rule id (`issue.params.rule`)
 * @param values - the values to fill in (`issue.params`)
 * @param lang - `en` (default) or `ar`
 * @returns the message
 * @example
 * ```ts
 * formatRuleMessage('interval_end_before_start', { start: '2022', end: '2021' }); // 'end 2021 is before start 2022'
 * formatRuleMessage('duplicate_role', { item: 'host' }, 'ar'); // 'الدور "host" مكرر'
 * ```
 * @category Helpers
 */
export function formatRuleMessage(
  rule: RecordRuleId,
  values: Readonly<Record<string, unknown>>,
  lang: 'en' | 'ar' = 'en',
): string {
  const template = RECORD_RULES[rule].message[lang];
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
