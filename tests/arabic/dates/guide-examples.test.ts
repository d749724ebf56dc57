/** Every example of docs/guides/arabic-dates.md, run with the results the guide shows. */
import { describe, expect, it } from 'vitest';
import { findArabicDates, formatArabicDate, fromHijri, parseArabicDate, safeParseArabicDate, toHijri } from '../../../src/arabic/dates/index.js';

describe('guide: Arabic dates', () => {
  it('intro example', () => {
    expect(parseArabicDate('وفي 18 دجنبر 2021 أعلنت المديرية')).toEqual({
      iso: '2021-12-18',
      precision: 'day',
      calendar: 'gregorian',
      start: '2021-12-18',
      end: '2021-12-18',
      text: '18 دجنبر 2021',
      index: 4,
      endIndex: 17,
      relative: false,
      weekdayMismatch: false,
    });
  });

  it('month families', () => {
    expect(formatArabicDate('2021-07-14', { months: 'egypt' })).toBe('14 يوليو 2021');
    expect(formatArabicDate('2021-07-14', { months: 'maghreb' })).toBe('14 يوليوز 2021');
    expect(formatArabicDate('2021-07-14', { months: 'algeria-tunisia' })).toBe('14 جويلية 2021');
    expect(formatArabicDate('2021-07-14', { months: 'levant' })).toBe('14 تموز 2021');
    expect(formatArabicDate('2021-12-18', { months: 'dual', digits: 'arabic' })).toBe('١٨ ديسمبر (كانون الأول) ٢٠٢١');
  });

  it('the month table is read in every column', () => {
    const rows = [
      ['يناير', 'يناير', 'جانفي', 'كانون الثاني', 'كانون ثاني', 'كانون 2'],
      ['فبراير', 'فبراير', 'فيفري', 'شباط'],
      ['مارس', 'مارس', 'مارس', 'آذار', 'اذار', 'أذار'],
      ['أبريل', 'أبريل', 'أفريل', 'نيسان', 'إبريل', 'ابريل', 'افريل'],
      ['مايو', 'ماي', 'ماي', 'أيار', 'مايس', 'أي\u0651ار'], // U+0651 shadda
      ['يونيو', 'يونيو', 'جوان', 'حزيران', 'يونيه', 'يونية'],
      ['يوليو', 'يوليوز', 'جويلية', 'تموز', 'يوليه', 'يولية', 'تم\u0651وز'], // U+0651 shadda
      ['أغسطس', 'غشت', 'أوت', 'آب', 'اغسطس', 'أغشت'],
      ['سبتمبر', 'شتنبر', 'سبتمبر', 'أيلول', 'شتمبر', 'أیلول'],
      ['أكتوبر', 'أكتوبر', 'أكتوبر', 'تشرين الأول', 'تشرين أول', 'تشرين 1'],
      ['نوفمبر', 'نونبر', 'نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'تشرين 2'],
      ['ديسمبر', 'دجنبر', 'ديسمبر', 'كانون الأول', 'كانون أول', 'كانون 1', 'دجمبر'],
    ];
    rows.forEach((names, i) => {
      for (const name of names) expect(parseArabicDate(`3 ${name} 2021`).iso, name).toBe(`2021-${String(i + 1).padStart(2, '0')}-03`);
    });
  });

  it('what it reads', () => {
    expect(parseArabicDate('من 28 إلى 30 سبتمبر 2021').iso).toBe('2021-09-28/2021-09-30');
    expect(parseArabicDate('الخميس 18 ديسمبر 2021').weekdayMismatch).toBe(true);
    expect(parseArabicDate('مطلع العام المقبل', { reference: '2021-12-18' })).toMatchObject({
      iso: '2022',
      precision: 'year',
      part: 'early',
      relative: true,
    });
  });

  it('relative months and years', () => {
    const ref = { reference: '2021-12-18' };
    expect(parseArabicDate('العاشر من الشهر الجاري', ref).iso).toBe('2021-12-10');
    expect(parseArabicDate('مارس من العام الماضي', ref).iso).toBe('2020-03');
  });

  it('conventions', () => {
    expect(parseArabicDate('من 28 ديسمبر إلى 3 يناير 2022').iso).toBe('2021-12-28/2022-01-03');
    expect(parseArabicDate('من يناير إلى مارس 2021').iso).toBe('2021-01/2021-03');
    expect(parseArabicDate('بين عامي 2015 و2019').iso).toBe('2015/2019');
    expect(safeParseArabicDate('18 ديسمبر').success).toBe(false);
  });

  it('not dates', () => {
    for (const t of ['مارس الضغط', 'الساعة 10', 'فاز 3-1', 'سجلت 2019 حالة', 'القرار 2254 (2015)', 'المصري اليوم', 'اليوم السابع', 'شارع 26 يوليو', 'مدينة السادس من أكتوبر', 'حركة 20 فبراير']) {
      expect(findArabicDates(t, { reference: '2021-12-18' }), t).toEqual([]);
    }
  });

  it('Hijri dates', () => {
    expect(parseArabicDate('رمضان 1444')).toMatchObject({
      iso: '2023-03-23/2023-04-20',
      precision: 'month',
      calendar: 'hijri',
      hijri: { year: 1444, month: 9 },
    });
    expect(parseArabicDate('15 رمضان 1443 هـ الموافق 16 أبريل 2022').iso).toBe('2022-04-16');
    expect(toHijri('2022-04-16')).toEqual({ year: 1443, month: 9, day: 15 });
    expect(fromHijri({ year: 1443, month: 9, day: 15 })).toBe('2022-04-16');
    expect(formatArabicDate('2022-04-16', { calendar: 'hijri' })).toBe('15 رمضان 1443 هـ');
  });

  it('errors', () => {
    const r = safeParseArabicDate('31 فبراير 2021');
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('invalid_date');
      expect(r.error.text).toBe('31 فبراير 2021');
    }
  });

  it('finding dates in text', () => {
    expect(
      findArabicDates('قال مسؤول أمس إن الاجتماع المقبل سيعقد في ماي 2022.', { reference: '2021-12-18' }).map((d) => [d.text, d.iso, d.index]),
    ).toEqual([
      ['أمس', '2021-12-17', 10],
      ['ماي 2022', '2022-05', 42],
    ]);
  });
});
