import * as z from 'zod';

/** A probe issue, and zod's Arabic message for it: how the Arabic locale is recognised. */
const PROBE = { code: 'unrecognized_keys', keys: ['x'], path: [], input: {} } as unknown as z.core.$ZodRawIssue;
const ARABIC_PROBE_MESSAGE = 'معرف غريب: "x"';

/** The last locale seen and its language: the probe runs once per configured locale. */
let lastLocale: unknown;
let lastLanguage: 'en' | 'ar' = 'en';

/**
 * The language of zod's configured locale for tansiq's own messages: `ar` when `z.config()`
 * holds zod's Arabic locale (`z.config(z.locales.ar())`, as `tansiq validate --locale ar` sets),
 * else `en`. Zod keeps no locale name, so the locale is recognised by its message for a probe
 * issue (a test checks the probe against `z.locales.ar()`); the answer is kept per locale
 * function, so it costs one comparison once a locale has been seen.
 */
export function localeLanguage(): 'en' | 'ar' {
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
