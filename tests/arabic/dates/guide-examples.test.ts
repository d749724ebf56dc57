/** Every example of docs/guides/arabic-dates.md, run with the results the guide shows. */
import { describe, expect, it } from 'vitest';
import {
  findArabicDates,
  formatArabicDate,
  fromHijri,
  parseArabicDate,
  safeParseArabicDate,
  toHijri,
} from '../../../src/arabic/dates/index.js';

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
      for (const name of names)
        expect(parseArabicDate(`3 ${name} 2021`).iso, name).toBe(`2021-${String(i + 1).padStart(2, '0')}-03`);
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
    for (const t of [
      'مارس الضغط',
      'الساعة 10',
      'فاز 3-1',
      'سجلت 2019 حالة',
      'القرار 2254 (2015)',
      'المصري اليوم',
      'اليوم السابع',
      'شارع 26 يوليو',
      'مدينة السادس من أكتوبر',
      'حركة 20 فبراير',
    ]) {
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
      findArabicDates('قال مسؤول أمس إن الاجتماع المقبل سيعقد في ماي 2022.', { reference: '2021-12-18' }).map((d) => [
        d.text,
        d.iso,
        d.index,
      ]),
    ).toEqual([
      ['أمس', '2021-12-17', 10],
      ['ماي 2022', '2022-05', 42],
    ]);
  });

  it('options are checked at run time', () => {
    const find = findArabicDates as unknown as (t: string, o: unknown) => unknown;
    const format = formatArabicDate as unknown as (d: string, o: unknown) => unknown;
    expect(() => find('أمس', { refrence: '2021-12-18' })).toThrow(
      "findArabicDates: unknown option 'refrence' (allowed: 'reference')",
    );
    expect(() => format('2021-12-18', { months: 'gulf' })).toThrow(
      "formatArabicDate: options.months must be one of 'egypt', 'maghreb'",
    );
    expect(() => find('أمس', { reference: '2021-02-30' })).toThrow(RangeError);
  });

  it('what it reads: the new forms', () => {
    const ref = { reference: '2024-01-17' };
    expect(parseArabicDate('2017-2019').iso).toBe('2017/2019');
    expect(findArabicDates('(2018–2021)')[0]?.text).toBe('2018–2021');
    expect(parseArabicDate('للفترة 2023/2025').iso).toBe('2023/2025');
    expect(parseArabicDate('يومي 21 و22', ref).iso).toBe('2024-01-21/2024-01-22');
    expect(findArabicDates('من 3 إلى 5 سنوات', ref)).toEqual([]);
    expect(parseArabicDate('يومي (8) و (9) مارس (2023)')).toMatchObject({
      iso: '2023-03-08/2023-03-09',
      text: 'يومي (8) و (9) مارس (2023)',
    });
    expect(parseArabicDate('(10) فبراير (2023)').text).toBe('(10) فبراير (2023)');
    for (const [t, iso] of [
      ['في 2019', '2019'],
      ['بحلول 2035', '2035'],
      ['قبل 2011', '2011'],
      ['بعد 2003', '2003'],
    ])
      expect(parseArabicDate(t!).iso, t).toBe(iso);
    expect(parseArabicDate('أيام 8 و9 و10 مارس 2023').iso).toBe('2023-03-08/2023-03-10');
    expect(parseArabicDate('عامي 2017-2019').text).toBe('عامي 2017-2019');
    expect(findArabicDates('في 2019 و2020').map((d) => d.iso)).toEqual(['2019', '2020']);
    expect(parseArabicDate('7 ديسمر 2023').iso).toBe('2023-12-07');
    expect(parseArabicDate('أغسطسس 2023').iso).toBe('2023-08');
    expect(parseArabicDate('3 فبرير 2022').iso).toBe('2022-02-03');
    expect(parseArabicDate('12 سبتمر 2023').iso).toBe('2023-09-12');
    expect(findArabicDates('بدا حيران 3 أيام وقبض على الجاني 2023')).toEqual([]);
    expect(parseArabicDate('18 رمضان 963 هـ').hijri).toEqual({ year: 963, month: 9, day: 18 });
    expect(parseArabicDate('عام 50 م').iso).toBe('0050');
    expect(parseArabicDate('6 يناير 686').iso).toBe('0686-01-06');
    expect(findArabicDates('في 3 مارس 150 شخصا', ref).map((d) => d.text)).toEqual(['3 مارس']);
  });

  it('relative words written with a date', () => {
    expect(
      findArabicDates('قالت الرئاسة اليوم الخميس 7 أكتوبر 2024 إن الزيارة أجلت', { reference: '2024-01-17' }),
    ).toEqual([
      expect.objectContaining({
        text: 'اليوم الخميس 7 أكتوبر 2024',
        iso: '2024-10-07',
        relative: false,
        weekdayMismatch: true,
        relativeMismatch: true,
      }),
    ]);
    expect(findArabicDates('أمس (الثلاثاء 16 يناير)', { reference: '2024-01-17' })[0]?.relativeMismatch).toBe(false);
    expect(findArabicDates('غدا الخميس 18 يناير 2024')[0]).not.toHaveProperty('relativeMismatch');
  });

  it('weekdays and tense', () => {
    const ref = { reference: '2024-01-17' };
    expect(findArabicDates('سيزور الوزير الرباط يوم الثلاثاء', ref)[0]?.iso).toBe('2024-01-23');
    expect(findArabicDates('زار الوزير الرباط يوم الثلاثاء', ref)[0]?.iso).toBe('2024-01-16');
    expect(findArabicDates('يحل الوفد بالقاهرة الأحد', ref)[0]?.iso).toBe('2024-01-21');
    expect(findArabicDates('تعقد اللجنة اجتماعها الخميس', ref)[0]?.iso).toBe('2024-01-18');
    expect(findArabicDates('سوف تنطلق المناورات يوم الاثنين', ref)[0]?.iso).toBe('2024-01-22');
    expect(findArabicDates('أعلن الوزير الخميس', ref)[0]?.iso).toBe('2024-01-11');
    expect(findArabicDates('يعقد المجلس جلسة الأربعاء', ref)[0]?.iso).toBe('2024-01-17');
    expect(findArabicDates('سيزور الأحد المقبل', ref)[0]?.iso).toBe('2024-01-21');
    expect(findArabicDates('زار الرباط الأربعاء الماضي', ref)[0]?.iso).toBe('2024-01-10');
    expect(findArabicDates('أعلن الوزير الذي يزور الرباط الأحد', ref)[0]?.iso).toBe('2024-01-21'); // the documented limit
  });

  it('bare years and numbers that are not dates', () => {
    expect(findArabicDates('قبل 2000 عام ونشر 2020 عنصرا وسجلت في 2022 حالة وأنفق في 2019 مليون دولار')).toEqual([]);
    expect(findArabicDates('القرار 2254/2015')).toEqual([]);
  });

  it('dual-calendar datelines and the Hijri epoch', () => {
    expect(parseArabicDate('3 رجب 1445 هـ الموافق 15 يناير 2024 م')).toMatchObject({
      iso: '2024-01-15',
      calendar: 'hijri',
      hijri: { year: 1445, month: 7, day: 3 },
      text: '3 رجب 1445 هـ الموافق 15 يناير 2024 م',
      calendarMismatch: false,
    });
    for (const t of [
      '15 يناير 2024 م الموافق 3 رجب 1445 هـ',
      '1 شوال 1445 هـ (10 أبريل 2024 م)',
      '3 رجب 1445 هـ - 15 يناير 2024 م',
      '3 رجب الموافق 15 يناير 2024',
    ]) {
      const d = parseArabicDate(t);
      expect(d.text, t).toBe(t);
      expect(d.calendarMismatch, t).toBe(false);
    }
    expect(parseArabicDate('1445هـ/2024م').calendarMismatch).toBe(false);
    expect(parseArabicDate('عام 1445 هـ (2024)')).toMatchObject({ iso: '2024', calendarMismatch: false });
    expect(parseArabicDate('10 رجب 1445 هـ الموافق 15 يناير 2024 م')).toMatchObject({
      iso: '2024-01-15',
      calendarMismatch: true,
    });
    expect(() => formatArabicDate('0600-01-01', { calendar: 'hijri' })).toThrow(
      expect.objectContaining({ code: 'before_hijri_epoch' }) as Error,
    );
    expect(() => toHijri('0622-07-18')).toThrow(expect.objectContaining({ code: 'before_hijri_epoch' }) as Error);
    expect(toHijri('0622-07-19')).toEqual({ year: 1, month: 1, day: 1 });
  });

  it('formatting and the round trip', () => {
    expect(formatArabicDate('0686-01-06')).toBe('6 يناير 686 م');
    expect(parseArabicDate('6 يناير 686').iso).toBe('0686-01-06');
  });

  it('matches are on word boundaries', () => {
    expect(findArabicDates('3 شوال1 يونيو 2021', { reference: '2021-12-18' }).map((d) => d.text)).toEqual([
      '3 شوال',
      '1 يونيو 2021',
    ]);
  });
});
