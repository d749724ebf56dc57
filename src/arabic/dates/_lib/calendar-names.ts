/**
 * The month and weekday names `formatArabicDate` writes (CLDR spellings, as `Intl` prints them for ar-EG, ar-MA,
 * ar-DZ/ar-TN and ar-IQ/ar-SY).
 *
 * @internal
 */

const split = (s: string): readonly string[] => Object.freeze(s.split('|'));

/** Gregorian month names per family, index 0 = January. */
export const GREGORIAN_MONTHS = /* @__PURE__ */ (() =>
  Object.freeze({
    egypt: /* @__PURE__ */ split('يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر'),
    maghreb: /* @__PURE__ */ split('يناير|فبراير|مارس|أبريل|ماي|يونيو|يوليوز|غشت|شتنبر|أكتوبر|نونبر|دجنبر'),
    'algeria-tunisia': /* @__PURE__ */ split('جانفي|فيفري|مارس|أفريل|ماي|جوان|جويلية|أوت|سبتمبر|أكتوبر|نوفمبر|ديسمبر'),
    levant: /* @__PURE__ */ split(
      'كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول',
    ),
  }))();

/** Hijri month names, index 0 = محرم. */
export const HIJRI_MONTHS = /* @__PURE__ */ (() =>
  split('محرم|صفر|ربيع الأول|ربيع الآخر|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة'))();

/** Weekday names, index 0 = Sunday. */
export const WEEKDAYS = /* @__PURE__ */ (() => split('الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت'))();
