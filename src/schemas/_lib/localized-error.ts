import { zodLocaleLanguage } from '../helpers/zod-locale-language.js';

/**
 * The `error` of a check whose message tansiq writes itself, in English and in Arabic: zod calls
 * it when it finalizes an issue (only when the issue is read), and it answers in the language of
 * the configured locale (Arabic under `z.config(z.locales.ar())`, as `tansiq validate --locale ar`
 * sets; English otherwise), so a record's field messages follow the locale like zod's own.
 */
export function localizedError(en: string, ar: string): () => string {
  return () => (zodLocaleLanguage() === 'ar' ? ar : en);
}
