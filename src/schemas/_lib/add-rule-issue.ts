import * as z from 'zod';
import { formatRuleMessage } from '../helpers/format-rule-message.js';
import type { RecordRuleId } from '../helpers/record-rules.js';
import { RECORD_RULES } from '../helpers/record-rules.js';

/** A probe issue, and zod's Arabic message for it: how the Arabic locale is recognised. */
const PROBE = { code: 'unrecognized_keys', keys: ['x'], path: [], input: {} } as unknown as z.core.$ZodRawIssue;
const ARABIC_PROBE_MESSAGE = 'معرف غريب: "x"';

/**
 * The language of zod's configured locale for the rule messages: `ar` when `z.config()` holds
 * zod's Arabic locale (`z.config(z.locales.ar())`, as `tansiq validate --locale ar` sets), else
 * `en`. Zod keeps no locale name, so the locale is recognised by its message for a probe issue
 * (a test checks the probe against `z.locales.ar()`).
 */
export function ruleLanguage(): 'en' | 'ar' {
  const localeError = z.config().localeError;
  if (localeError === undefined) return 'en';
  try {
    const out = localeError(PROBE);
    const text = typeof out === 'string' ? out : out?.message;
    return text === ARABIC_PROBE_MESSAGE ? 'ar' : 'en';
  } catch {
    return 'en';
  }
}

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
        return formatRuleMessage(rule as RecordRuleId, params, ruleLanguage());
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
