import * as z from 'zod';
import type { RecordRuleId } from '../helpers/record-rules.js';
import { addRuleIssue } from './add-rule-issue.js';
import { crossFieldCheck, whenArray } from './run-checks.js';

/**
 * An array of strings in which no value repeats. The check reports every repeat at its own
 * index, as an issue of `rule` (whose message names the repeated value as `{item}`); the JSON
 * Schema carries `uniqueItems: true`, which gives ajv the same verdict.
 */
export function uniqueStrings<T extends z.ZodType<string, string>>(element: T, rule: RecordRuleId) {
  return z
    .array(element)
    .check(
      crossFieldCheck(
        [rule],
        (ctx) => {
          const seen = new Set<string>();
          const items = ctx.value;
          for (let i = 0; i < items.length; i++) {
            // Raw items: a non-string already has its type issue and is never coerced into the message.
            const item: unknown = items[i];
            if (typeof item !== 'string') continue;
            if (seen.has(item)) addRuleIssue(ctx, [i], rule, { item }, item);
            else seen.add(item);
          }
        },
        whenArray,
      ),
    )
    .meta({ uniqueItems: true });
}
