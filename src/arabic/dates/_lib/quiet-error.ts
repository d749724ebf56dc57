/**
 * Errors returned by `safeParseArabicDate`.
 *
 * @internal
 */
import { ArabicDateError } from '../arabic-date-error.js';
import type { ArabicDateErrorCode } from '../arabic-date-error.js';

const MESSAGES: Readonly<Record<ArabicDateErrorCode, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    no_date: 'no date expression found',
    invalid_date: 'the date does not exist',
    reference_required: 'a relative date needs options.reference',
    conflicting_months: 'the two month names of a dual form disagree',
    before_hijri_epoch: 'the day is before the Hijri epoch (19 July 622)',
  }))();

/**
 * An {@link ArabicDateError} built without capturing a stack trace: returning a failure is then
 * as cheap as returning a date. `parseArabicDate` throws a fresh error, with a stack.
 *
 * @param code - Stable reason.
 * @param text - The failing expression, `''` when none.
 * @param index - Its start offset, -1 when none.
 * @param endIndex - Its end offset, -1 when none.
 * @returns The error.
 */
export function quietError(code: ArabicDateErrorCode, text: string, index: number, endIndex: number): ArabicDateError {
  const e = Object.create(ArabicDateError.prototype) as { -readonly [K in keyof ArabicDateError]: ArabicDateError[K] };
  e.name = 'ArabicDateError';
  e.message = text === '' ? MESSAGES[code] : `${MESSAGES[code]}: "${text}"`;
  e.code = code;
  e.text = text;
  e.index = index;
  e.endIndex = endIndex;
  return e as ArabicDateError;
}
