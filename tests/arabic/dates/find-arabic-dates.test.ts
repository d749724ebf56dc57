import { describe, expect, it } from 'vitest';
import { findArabicDates } from '../../../src/arabic/dates/index.js';

const ref = { reference: '2021-12-18' };

describe('findArabicDates', () => {
  it('finds every date of an article in order, with offsets into the original text', () => {
    const text =
      'الرباط – أعلنت المديرية العامة للأمن الوطني، يوم الخميس 16 دجنبر 2021، عن تفكيك خلية. ' +
      'وتأتي العملية بعد تفكيك خلية في الثالث من نونبر الماضي، كما أعلنت منذ عام 2002 عن تفكيك أكثر من مئتي خلية. ' +
      'وشارك المغرب في اجتماع لاهاي من 28 إلى 30 سبتمبر 2021. وقال مسؤول أمس إن الاجتماع المقبل في ماي 2022.';
    const found = findArabicDates(text, ref);
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['الخميس 16 دجنبر 2021', '2021-12-16'],
      ['الثالث من نونبر الماضي', '2021-11-03'],
      ['عام 2002', '2002'],
      ['من 28 إلى 30 سبتمبر 2021', '2021-09-28/2021-09-30'],
      ['أمس', '2021-12-17'],
      ['ماي 2022', '2022-05'],
    ]);
    for (const d of found) expect(text.slice(d.index, d.endIndex)).toBe(d.text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.index).toBeGreaterThanOrEqual(found[i - 1]!.endIndex);
  });

  it('counts bidi marks and tatweel in the offsets', () => {
    const text = '\u200F\u202Bفي ١٨\u200F/١٢\u200F/٢٠٢١ وفي 3 آذار\u0640 2022\u202C'; // RLM, RLE, PDF, tatweel
    const found = findArabicDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2021-12-18', '2022-03-03']);
    expect(found[0]?.text).toBe('١٨\u200F/١٢\u200F/٢٠٢١');
    expect(found[0]?.index).toBe(5);
    for (const d of found) expect(text.slice(d.index, d.endIndex)).toBe(d.text);
  });

  it('skips expressions that cannot be resolved', () => {
    expect(findArabicDates('أمس وفي 31 فبراير 2021 ثم 3 مارس 2022').map((d) => d.iso)).toEqual(['2022-03-03']);
  });

  it('finds nothing in text without dates', () => {
    expect(findArabicDates('مارس الضغط على الحكومة في الساعة 10 وسجلت 2019 حالة', ref)).toEqual([]);
    expect(findArabicDates('')).toEqual([]);
  });

  it('reads words longer than the tokenizer keeps letters of as unknown words', () => {
    // The tokenizer keeps only a word's first letters (writes past them are dropped): a long word
    // is one unknown word, whatever its letters, and the words around it are read as usual.
    const long = 'ب'.repeat(40);
    expect(findArabicDates(`${long} في 3 مارس 2022 ${long}`, ref).map((d) => d.text)).toEqual(['3 مارس 2022']);
    expect(findArabicDates(`${long}ا 3 مارس 2022`, ref).map((d) => d.text)).toEqual(['3 مارس 2022']);
    expect(findArabicDates(`ال${long} العام`, ref)).toEqual([]);
  });

  it('scans 1 MB of near-miss text in linear time', () => {
    const unit =
      'مارس 31 فبراير كانون من 3 إلى الساعة 10 القرار 2254/2015 12-34-56 الحادي والثلاثين من ذو ربيع منذ قبل ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const t0 = performance.now();
    const found = findArabicDates(big, ref);
    const ms = performance.now() - t0;
    console.log(`findArabicDates on 1 MB of near-miss text: ${ms.toFixed(0)} ms, ${found.length} dates`);
    expect(found).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });

  it('scans 1 MB of date-dense text in linear time', () => {
    const unit = 'وفي 18 ديسمبر 2021 ثم من 3 إلى 5 آذار 2022 و15 رمضان 1443 هـ أمس، ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const t0 = performance.now();
    const found = findArabicDates(big, ref);
    const ms = performance.now() - t0;
    console.log(`findArabicDates on 1 MB of date-dense text: ${ms.toFixed(0)} ms, ${found.length} dates`);
    expect(found.length).toBeGreaterThan(50_000);
    expect(ms).toBeLessThan(10000);
  });
});

describe('findArabicDates on real reporting', () => {
  const jan = { reference: '2024-01-17' }; // a Wednesday

  it('an explicit date beats the relative word beside it, and the two are checked', () => {
    const [d] = findArabicDates('قالت الرئاسة اليوم الخميس 7 أكتوبر 2024 إن', jan);
    expect(d).toMatchObject({
      text: 'اليوم الخميس 7 أكتوبر 2024',
      iso: '2024-10-07',
      relative: false,
      relativeMismatch: true,
      weekdayMismatch: true,
    });
    expect(findArabicDates('أعلن أمس (الثلاثاء 16 يناير) أن', jan)[0]).toMatchObject({
      text: 'أمس (الثلاثاء 16 يناير)',
      iso: '2024-01-16',
      relativeMismatch: false,
    });
    expect(findArabicDates('أمس 16 يناير 2024')[0]).not.toHaveProperty('relativeMismatch'); // nothing to check against
  });

  it('a bare weekday follows the tense of its clause', () => {
    const iso = (s: string) => findArabicDates(s, jan).map((d) => d.iso);
    expect(iso('سيزور الوزير الرباط يوم الثلاثاء')).toEqual(['2024-01-23']);
    expect(iso('يحل الوفد بالقاهرة الأحد')).toEqual(['2024-01-21']);
    expect(iso('تعقد اللجنة اجتماعها الخميس')).toEqual(['2024-01-18']);
    expect(iso('زار الوزير الرباط يوم الثلاثاء')).toEqual(['2024-01-16']);
    expect(iso('أعلنت الداخلية الأحد')).toEqual(['2024-01-14']);
    expect(iso('يعقد الاجتماع الأربعاء')).toEqual(['2024-01-17']); // on or after: the same day
    expect(iso('سيزور الرباط. أعلنت الوزارة الأحد')).toEqual(['2024-01-14']); // the sentence ends the clause
  });

  it('misspelt months only beside a day or a year, never ordinary words', () => {
    const texts = (s: string) => findArabicDates(s, jan).map((d) => [d.text, d.iso]);
    expect(texts('في 7 ديسمر 2023')).toEqual([['7 ديسمر 2023', '2023-12-07']]);
    expect(texts('خلال أغسطسس 2023')).toEqual([['أغسطسس 2023', '2023-08']]);
    expect(texts('قال إن ديسمر موعد')).toEqual([]);
    expect(texts('بدا حيران 3 أيام')).toEqual([]);
    expect(texts('الجاني 2023')).toEqual([]);
  });

  it('parenthesised numbers, lists and ranges of days', () => {
    const texts = (s: string) => findArabicDates(s, jan).map((d) => [d.text, d.iso]);
    expect(texts('يومي (8) و (9) مارس (2023)')).toEqual([['يومي (8) و (9) مارس (2023)', '2023-03-08/2023-03-09']]);
    expect(texts('يومي 21 و22 في عمان')).toEqual([['يومي 21 و22', '2024-01-21/2024-01-22']]);
    expect(texts('من 3 إلى 5 مارس')).toEqual([['من 3 إلى 5 مارس', '2024-03-03/2024-03-05']]);
    expect(texts('من 3 إلى 5 سنوات')).toEqual([]);
    expect(texts('القرار 2254 (2015)')).toEqual([]);
  });

  it('year ranges and bare years after a preposition; amounts and counts stay unread', () => {
    const texts = (s: string) => findArabicDates(s, jan).map((d) => [d.text, d.iso]);
    expect(texts('خلال الفترة 2017-2019')).toEqual([['2017-2019', '2017/2019']]);
    expect(texts('الاستراتيجية (2018–2021)')).toEqual([['2018–2021', '2018/2021']]);
    expect(texts('للفترة 2023/2025')).toEqual([['2023/2025', '2023/2025']]);
    expect(texts('في 2019 وبحلول 2035 وقبل 2011')).toEqual([
      ['2019', '2019'],
      ['2035', '2035'],
      ['2011', '2011'],
    ]);
    expect(texts('نشر 2020 عنصرا وسجلت في 2019 حالة وقبل 2000 عام')).toEqual([]);
    expect(texts('القرار 2254/2015 والرقم 2024-2025-2026')).toEqual([]);
  });

  it('dual-calendar datelines are one match whose parts are checked', () => {
    const [d] = findArabicDates('الرياض، الأربعاء 5 رجب 1445 هـ الموافق 17 يناير 2024 م (واس)');
    expect(d).toMatchObject({
      text: 'الأربعاء 5 رجب 1445 هـ الموافق 17 يناير 2024 م',
      iso: '2024-01-17',
      calendar: 'hijri',
      hijri: { year: 1445, month: 7, day: 5 },
      calendarMismatch: false,
    });
    expect(findArabicDates('في 10 رجب 1445 هـ الموافق 15 يناير 2024 م')[0]).toMatchObject({
      iso: '2024-01-15',
      calendarMismatch: true,
    });
    expect(findArabicDates('في 3 رجب الموافق 15 يناير 2024')[0]).toMatchObject({
      iso: '2024-01-15',
      hijri: { year: 1445, month: 7, day: 3 },
      calendarMismatch: false,
    });
    expect(findArabicDates('عام 1445 هـ (2024)')[0]).toMatchObject({
      iso: '2024',
      hijri: { year: 1445 },
      calendarMismatch: false,
    });
  });

  it('three-digit years need an era marker or a full date', () => {
    const texts = (s: string) => findArabicDates(s, jan).map((d) => [d.text, d.iso]);
    expect(texts('6 يناير 686')).toEqual([['6 يناير 686', '0686-01-06']]);
    expect(texts('18 رمضان 963 هـ')).toEqual([['18 رمضان 963 هـ', '1556-08-05']]);
    expect(texts('عام 50 م')).toEqual([['عام 50 م', '0050']]);
    expect(texts('في 3 مارس 150 شخصا')).toEqual([['3 مارس', '2024-03-03']]);
  });
});

describe('findArabicDates stays linear on the new forms', () => {
  it('400 KB of near-miss text for the new rules costs about 10× 40 KB of it (ratio measured in the same test)', () => {
    const unit =
      'يومي (8) و (9) و ( 2017-2018-2019 في 2020 عنصرا سيزور يحل الأحد ديسمر 7 ديسمر اليوم الخميس أمس ( ' +
      '3 رجب الموافق (2024) 1445 هـ (2024 م شوال1 وال18 بالـ 6 يناير 686 عام 50 م تعقد ستعقد قال الماضي ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const small = make(40_000);
    const big = make(400_000);
    const time = (s: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        findArabicDates(s, ref);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(small); // warm up
    const ratio = time(big) / time(small);
    console.log(`findArabicDates, new-form near-misses: 400 KB / 40 KB time ratio ${ratio.toFixed(1)} (linear: 10)`);
    expect(ratio).toBeLessThan(30);
  });
});
