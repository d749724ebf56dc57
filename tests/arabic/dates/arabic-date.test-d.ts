import { describe, expectTypeOf, it } from 'vitest';
import { formatArabicDate, parseArabicDate, safeParseArabicDate, toHijri } from '../../../src/arabic/dates/index.js';
import type {
  ArabicDate,
  ArabicDateError,
  ArabicDateErrorCode,
  ArabicDateHijri,
  HijriDate,
  SafeParseArabicDateResult,
} from '../../../src/arabic/dates/index.js';

describe('date types', () => {
  it('safeParseArabicDate narrows on success', () => {
    const r = safeParseArabicDate('عام 2015');
    expectTypeOf(r).toEqualTypeOf<SafeParseArabicDateResult>();
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<ArabicDate>();
    else {
      expectTypeOf(r.error).toEqualTypeOf<ArabicDateError>();
      expectTypeOf(r.error.code).toEqualTypeOf<ArabicDateErrorCode>();
    }
  });

  it('ArabicDate fields', () => {
    const d = parseArabicDate('عام 2015');
    expectTypeOf(d.precision).toEqualTypeOf<'day' | 'month' | 'year'>();
    expectTypeOf(d.calendar).toEqualTypeOf<'gregorian' | 'hijri'>();
    expectTypeOf(d.hijri).toEqualTypeOf<ArabicDateHijri | undefined>();
    expectTypeOf(d.part).toEqualTypeOf<'early' | 'mid' | 'late' | undefined>();
    expectTypeOf(d.relativeMismatch).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(d.calendarMismatch).toEqualTypeOf<boolean | undefined>();
    expectTypeOf<'before_hijri_epoch'>().toMatchTypeOf<ArabicDateErrorCode>();
  });

  it('conversions and formatting', () => {
    expectTypeOf(toHijri('2022-04-16')).toEqualTypeOf<HijriDate>();
    expectTypeOf(formatArabicDate)
      .parameter(1)
      .toMatchTypeOf<{ months?: 'egypt' | 'maghreb' | 'algeria-tunisia' | 'levant' | 'dual' } | undefined>();
    // @ts-expect-error an unknown month family
    formatArabicDate('2021-01-01', { months: 'gulf' });
  });
});
