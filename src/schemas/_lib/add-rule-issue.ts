import type * as z from 'zod';
import { formatRuleMessage } from '../helpers/format-rule-message.js';
import type { RecordRuleId } from '../helpers/record-rules.js';
import { RECORD_RULES } from '../helpers/record-rules.js';
import { zodLocaleLanguage } from '../helpers/zod-locale-language.js';

/**
 * What raises the rule issues, as zod sees it: its error map writes the message when zod
 * finalizes the issue (only when the issue is read), in the language of the configured locale.
 */
const RULE_SOURCE = /* @__PURE__ */ Object.freeze({
  _zod: Object.freeze({
    def: Object.freeze({
      error: (issue: { params?: Record<string, unknown> }): string | undefined => {
        const params = issue.params ?? {};
        const rule = params['rule'];
        if (typeof rule !== 'string' || !Object.hasOwn(RECORD_RULES, rule)) return undefined;
        return formatRuleMessage(rule as RecordRuleId, params, zodLocaleLanguage());
      },
    }),
  }),
});

/**
 * Appends the issue of a record rule at `path` (relative to the value being checked):
 * `code: 'custom'`, `params: { rule, ...values }` (the values fill the message's placeholders),
 * and a message in the configured locale's language. The issue is marked `continue: true`: the
 * value is still well-typed, so the checks of enclosing objects still run and one parse reports
 * every problem of a record.
 */
export function addRuleIssue(
  ctx: z.core.ParsePayload<unknown>,
  path: readonly PropertyKey[],
  rule: RecordRuleId,
  values: Readonly<Record<string, string | number>>,
  input: unknown,
): void {
  ctx.issues.push({
    code: 'custom',
    input,
    path: [...path],
    params: { rule, ...values },
    inst: RULE_SOURCE as never,
    continue: true,
  });
}
