import * as z from 'zod';

/** A probe issue, and zod's Arabic message for it: how the Arabic locale is recognised. */
const PROBE = { code: 'unrecognized_keys', keys: ['x'], path: [], input: {} } as unknown as z.core.$ZodRawIssue;
const ARABIC_PROBE_MESSAGE = 'معرف غريب: "x"';

/** The last locale seen and its language: the probe runs once per configured locale. */
let lastLocale: unknown;
let lastLanguage: 'en' | 'ar' = 'en';

/**
 * The language tansiq writes its own messages in, read from zod's configured locale: `ar` when
 * `z.config()` holds zod's Arabic locale (`z.config(z.locales.ar())`, as `tansiq validate
 * --locale ar` sets), else `en`. The schemas' field and rule messages and the validator's messages
 * follow it. Zod keeps no locale name, so the locale is recognised by its message for a probe
 * issue; the answer is kept per locale function, so it costs one comparison once a locale has
 * been seen. A locale function that throws counts as English.
 *
 * @returns `'ar'` under zod's Arabic locale, else `'en'`
 * @example
 * ```ts
 * zodLocaleLanguage(); // 'en'
 * ```
 * @category Helpers
 */
export function zodLocaleLanguage(): 'en' | 'ar' {
  const localeError = z.config().localeError;
  if (localeError === undefined) return 'en';
  if (localeError === lastLocale) return lastLanguage;
  let language: 'en' | 'ar' = 'en';
  try {
    const out = localeError(PROBE);
    const text = typeof out === 'string' ? out : out?.message;
    if (text === ARABIC_PROBE_MESSAGE) language = 'ar';
  } catch {
    language = 'en';
  }
  lastLocale = localeError;
  lastLanguage = language;
  return language;
}
