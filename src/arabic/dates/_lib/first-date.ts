/**
 * The first date expression of a text as a safe-parse result, shared by `safeParseArabicDate`
 * and `parseArabicDate` (each passes its own name for option errors).
 *
 * @internal
 */
import type { ArabicDateOptions } from '../arabic-date-options.js';
import type { SafeParseArabicDateResult } from '../safe-parse-arabic-date-result.js';
import { quietError } from './quiet-error.js';
import { scanArabicDates } from './scan-arabic-dates.js';

/** `safeParseArabicDate` under the name of the public function that called it (for option errors). */
export function firstDate(fn: string, text: string, options: ArabicDateOptions | undefined): SafeParseArabicDateResult {
  const hit = scanArabicDates(fn, text, options, true)[0];
  if (hit === undefined) return { success: false, error: quietError('no_date', '', -1, -1) };
  if (hit.ok) return { success: true, data: hit.date };
  return { success: false, error: quietError(hit.code, hit.text, hit.index, hit.endIndex) };
}
