import { InvalidPartialDateError } from '../helpers/invalid-partial-date-error.js';
import { PARTIAL_DATE_TIME_RE } from './patterns.js';

/** A partial date, a partial date-time, or a JavaScript Date. */
export type DateLike = string | Date;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Turns a helper input into a validated partial date-time string. A `Date` becomes its local
 * calendar day (`YYYY-MM-DD`, the day date-fns `format` would print). Throws
 * InvalidPartialDateError. Formatting is done by hand so that the helpers do not pull
 * date-fns' formatter (and its locale data) into bundles.
 */
export function normalizeDate(value: DateLike): string {
  if (value instanceof Date) {
    const year = value.getFullYear();
    if (Number.isNaN(year) || year < 0 || year > 9999) throw new InvalidPartialDateError(value);
    return `${pad(year, 4)}-${pad(value.getMonth() + 1, 2)}-${pad(value.getDate(), 2)}`;
  }
  if (typeof value !== 'string' || !PARTIAL_DATE_TIME_RE.test(value)) throw new InvalidPartialDateError(value);
  return value;
}
