import * as z from 'zod';
import type { RecordRuleId } from '../helpers/record-rules.js';
import { addRuleIssue } from './add-rule-issue.js';
import { crossFieldCheck, whenArray } from './run-checks.js';

/**
 * Arrays up to this length are checked for repeats by comparing their items pairwise, with no set
 * allocated: these checks run for every record parsed, and most such arrays hold a few items.
 * Longer arrays use a set (linear time).
 */
export const PAIRWISE_MAX = 16;

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
          const items = ctx.value;
          if (items.length < 2) return;
          const seen = items.length > PAIRWISE_MAX ? new Set<string>() : undefined;
          for (let i = 0; i < items.length; i++) {
            // Raw items: a non-string already has its type issue and is never coerced into the message.
            const item: unknown = items[i];
            if (typeof item !== 'string') continue;
            if (
              seen === undefined ? i > 0 && (items as readonly unknown[]).lastIndexOf(item, i - 1) >= 0 : seen.has(item)
            )
              addRuleIssue(ctx, [i], rule, { item }, item);
            else seen?.add(item);
          }
        },
        whenArray,
      ),
    )
    .meta({ uniqueItems: true });
}
