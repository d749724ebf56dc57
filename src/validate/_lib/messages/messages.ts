import { fillTemplate } from '../../../_lib/fill-template.js';
import { zodLocaleLanguage } from '../../../schemas/index.js';

/**
 * The messages the validator writes itself (not zod's, not the schemas' rules): one template
 * per message in English and in Arabic, with `{name}` placeholders. The English templates are
 * the validator's historical messages, word for word.
 */
export const VALIDATOR_MESSAGES = /* @__PURE__ */ Object.freeze({
  // Paths and files.
  file_not_found: { en: 'no such file or directory', ar: 'لا يوجد ملف أو مجلد بهذا الاسم' },
  permission_denied: { en: 'permission denied', ar: 'لا توجد صلاحية للوصول' },
  cannot_read: { en: 'cannot read ({reason})', ar: 'تتعذر القراءة ({reason})' },
  cannot_read_folder: { en: 'cannot read folder ({reason})', ar: 'تتعذر قراءة المجلد ({reason})' },
  file_vanished: { en: 'the file vanished during the run', ar: 'اختفى الملف أثناء الفحص' },
  empty_folder: {
    en: 'no .json, .jsonl or .ndjson file in this folder',
    ar: 'لا يوجد في هذا المجلد أي ملف .json أو .jsonl أو .ndjson',
  },
  empty_file: { en: 'no record in this file', ar: 'لا يوجد أي سجل في هذا الملف' },
  // Bytes and text.
  invalid_utf8: { en: 'invalid UTF-8 byte 0x{byte}', ar: 'بايت غير صالح في ترميز UTF-8: 0x{byte}' },
  byte_order_mark: {
    en: 'byte order mark at the start of the file (ignored)',
    ar: 'علامة ترتيب البايتات (BOM) في بداية الملف (تم تجاهلها)',
  },
  record_too_large: {
    en: 'record of {bytes} bytes exceeds the {max}-byte limit (skipped)',
    ar: 'حجم السجل {bytes} بايت يتجاوز الحد الأقصى البالغ {max} بايت (تم تخطيه)',
  },
  invalid_json: { en: 'invalid JSON: {detail}', ar: 'JSON غير صالح: {detail}' },
  cannot_parse_line: { en: 'cannot parse the line', ar: 'يتعذر تحليل السطر' },
  cannot_parse_file: { en: 'cannot parse the file', ar: 'يتعذر تحليل الملف' },
  // One record.
  not_a_record: { en: 'expected a record object, found {found}', ar: 'يُتوقع كائن سجل، لكن وُجد {found}' },
  found_null: { en: 'null', ar: 'null' },
  found_array: { en: 'an array', ar: 'مصفوفة' },
  too_deep: { en: 'nesting deeper than {max} levels', ar: 'عمق التداخل يتجاوز {max} مستوى' },
  record_too_deep: { en: 'record nested too deeply to check', ar: 'تداخل السجل أعمق من أن يُفحص' },
  unsafe_key: {
    en: 'key "{key}" is not allowed (prototype pollution risk)',
    ar: 'المفتاح "{key}" غير مسموح به (خطر تلويث النموذج الأولي للكائنات)',
  },
  unrecognized_key: { en: 'Unrecognized key: "{key}"', ar: 'مفتاح غير معروف: "{key}"' },
  number_out_of_range: {
    en: 'number out of range (parsed as {value}); {detail}',
    ar: 'عدد خارج النطاق (قُرئ على أنه {value})؛ {detail}',
  },
  missing_source: { en: '{type} record cites no source', ar: 'سجل {type} لا يذكر أي مصدر' },
  participant_not_member: {
    en: 'participant "{id}" is neither head nor member of {delegation}',
    ar: 'المشارك "{id}" ليس رئيسًا ولا عضوًا في {delegation}',
  },
  participant_not_party: {
    en: 'participant {party} is not the party of {delegation}',
    ar: 'المشارك {party} ليس الطرف الذي يمثله {delegation}',
  },
  any_delegation: { en: 'any delegation', ar: 'أي وفد' },
  named_delegation: { en: 'delegation "{id}"', ar: 'الوفد "{id}"' },
  // Across records.
  duplicate_id: {
    en: 'duplicate id "{id}" (first declared at {where})',
    ar: 'المعرّف "{id}" مكرر (ورد أول مرة في {where})',
  },
  wrong_reference_type: {
    en: '"{id}" is a {type} record; expected {expected}',
    ar: '"{id}" سجل من نوع {type}، والمتوقع {expected}',
  },
  or: { en: ' or ', ar: ' أو ' },
  unknown_reference: { en: 'unknown reference "{id}"', ar: 'مرجع غير معروف "{id}"' },
  starts_before_lifetime: {
    en: '{what} starts before "{id}" existed (from {from})',
    ar: 'بداية {what} تسبق نشوء "{id}" (في {from})',
  },
  ends_after_lifetime: {
    en: '{what} ends after "{id}" ceased to exist (on {to})',
    ar: 'نهاية {what} تأتي بعد زوال "{id}" (في {to})',
  },
  use_membership: { en: 'membership', ar: 'العضوية' },
  use_forum_membership: { en: 'forum membership', ar: 'العضوية في المنتدى' },
  use_co_chair_term: { en: 'co-chair term', ar: 'فترة الرئاسة المشتركة' },
  use_meeting: { en: 'meeting', ar: 'الاجتماع' },
  use_working_group: { en: 'working group', ar: 'مجموعة العمل' },
  use_record: { en: 'record', ar: 'السجل' },
  too_many_chairs_one: {
    en: '{chairs} chairs, but "{body}" has {seats} seat',
    ar: 'عدد الرؤساء {chairs}، لكن عدد مقاعد "{body}" {seats}',
  },
  too_many_chairs_other: {
    en: '{chairs} chairs, but "{body}" has {seats} seats',
    ar: 'عدد الرؤساء {chairs}، لكن عدد مقاعد "{body}" {seats}',
  },
  co_chair_overlap: {
    en: 'co-chair term of "{body}" overlaps {what} {partners}',
    ar: 'تتداخل فترة الرئاسة المشتركة لـ "{body}" مع {what} {partners}',
  },
  another_term: { en: 'another term', ar: 'فترة أخرى' },
  quoted_id: { en: '"{id}"', ar: '"{id}"' },
  other_terms: { en: '{n} other terms', ar: 'فترات أخرى عددها {n}' },
  single_post_overlap_one: {
    en: '"{a}" and "{b}" both hold single-holder post "{post}" at the same time {partners}',
    ar: 'يشغل "{a}" و"{b}" في الوقت نفسه المنصب "{post}" الذي لا يشغله إلا شخص واحد {partners}',
  },
  single_post_overlap_many: {
    en: '"{a}" holds single-holder post "{post}" at the same time as {n} other holders {partners}',
    ar: 'يشغل "{a}" المنصب "{post}" الذي لا يشغله إلا شخص واحد في الوقت نفسه مع شاغلين آخرين عددهم {n} {partners}',
  },
  participant_no_party: {
    en: 'participant "{org}" ({country}) belongs to no delegation\'s party ({countries})',
    ar: 'المشارك "{org}" ({country}) لا ينتمي إلى طرف أي وفد ({countries})',
  },
  list_separator: { en: ', ', ar: '، ' },
  // Naming other records in a message.
  partners: { en: '({list})', ar: '({list})' },
  partners_more: { en: '({list} and {more} more)', ar: '({list} و{more} غيرها)' },
  partner: { en: '{name} ({where})', ar: '{name} ({where})' },
  a_record: { en: 'a record', ar: 'سجل' },
  line: { en: 'line {line}', ar: 'السطر {line}' },
  reference_data: { en: 'shipped reference data', ar: 'البيانات المرجعية المرفقة بالحزمة' },
} as const);

/** The id of one of the validator's messages. */
export type MessageId = keyof typeof VALIDATOR_MESSAGES;

/** The values of a message's placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The languages of the catalogue. */
export type MessageLanguage = 'en' | 'ar';

/** Writes one of the validator's messages in the language chosen for the run (`language`). */
export type Say = ((id: MessageId, values?: MessageValues) => string) & { readonly language: MessageLanguage };

/**
 * The JSON syntax errors the reader describes (in English, stable across Node versions), and their
 * Arabic descriptions; `{found}` is what stands where the error is: a quoted character, a code
 * point (`U+0009`) or the end of the input. Where the error is, the issue's line and column say.
 */
const JSON_SYNTAX_AR: readonly (readonly [RegExp, string])[] = /* @__PURE__ */ Object.freeze([
  [/^Control character in string \(escape it\)$/, 'محرف تحكم داخل سلسلة نصية (يجب تهريبه)'],
  [/^Bad \\u escape in string$/, 'تهريب \\u غير صالح داخل سلسلة نصية'],
  [/^Bad escape in string$/, 'تهريب غير صالح داخل سلسلة نصية'],
  [/^Unterminated string$/, 'سلسلة نصية لم تُغلق'],
  [/^Unexpected end of JSON input$/, 'انتهى النص قبل أن يكتمل JSON'],
  [/^Invalid number$/, 'عدد غير صالح'],
  [/^Unexpected character (.+) after the JSON value$/, 'محرف غير متوقع بعد قيمة JSON: {found}'],
  [/^Unexpected character (.+)$/, 'محرف غير متوقع: {found}'],
  [/^Expected double-quoted property name, found (.+)$/, 'يُتوقع اسم خاصية بين علامتي تنصيص مزدوجتين، لكن وُجد {found}'],
  [/^Expected ":" after property name, found (.+)$/, 'يُتوقع ":" بعد اسم الخاصية، لكن وُجد {found}'],
  [/^Expected "," or "\}" after property value, found (.+)$/, 'يُتوقع "," أو "}" بعد قيمة الخاصية، لكن وُجد {found}'],
  [/^Expected "," or "\]" after array element, found (.+)$/, 'يُتوقع "," أو "]" بعد عنصر المصفوفة، لكن وُجد {found}'],
]);

/**
 * The Arabic description of a JSON syntax error the reader describes in English
 * (`Expected ":" after property name, found '}'` → `يُتوقع ":" بعد اسم الخاصية، لكن وُجد '}'`); any
 * other text (already Arabic, or not one of the reader's) as it is.
 */
export function jsonSyntaxDetailAr(detail: string): string {
  for (const [pattern, ar] of JSON_SYNTAX_AR) {
    const m = pattern.exec(detail);
    if (m === null) continue;
    const found = m[1] === 'end of input' ? 'نهاية النص' : (m[1] ?? '');
    return fillTemplate(ar, { found });
  }
  return detail;
}

/** The values of a message in Arabic: the JSON syntax error of `invalid_json` described in Arabic. */
function arabicValues(id: MessageId, values: MessageValues | undefined): MessageValues | undefined {
  const detail = values?.['detail'];
  if (id !== 'invalid_json' || typeof detail !== 'string') return values;
  return { ...values, detail: jsonSyntaxDetailAr(detail) };
}

/** The writer of the validator's messages in `language`: pick it once per run. */
export function messagesIn(language: MessageLanguage): Say {
  return Object.assign(
    (id: MessageId, values?: MessageValues) =>
      fillTemplate(VALIDATOR_MESSAGES[id][language], language === 'ar' ? arabicValues(id, values) : values),
    {
      language,
    },
  );
}

/**
 * Arabic descriptions of the name inspector's warnings, by warning code (`inspectName` writes
 * English ones). `{cp}` is the code point the English message names (`U+200F`).
 */
export const NAME_WARNINGS_AR: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  'bidi-control': 'محرف تحكم في اتجاه الكتابة {cp}',
  'invisible-character': 'محرف غير مرئي {cp}',
  'irregular-whitespace': 'مسافة غير معتادة {cp}',
  'presentation-form': 'محرف من صيغ العرض {cp}',
  confusable: 'الحرف {cp} يشبه حرفًا من كتابة أخرى',
  'mixed-script': 'كلمة تخلط حروفًا من أكثر من كتابة',
});

const CODE_POINT = /U\+[0-9A-F]{4,6}/;
const MORE = / and (\d+) more$/;

/**
 * The message of a name inspector's warning: its English text and code (`bidi control U+200F
 * [bidi-control]`) in English; in Arabic, the Arabic description of its code with the code point
 * and count the English text names (the English text for a code the table does not know).
 */
export function nameWarningMessage(say: Say, warning: { readonly code: string; readonly message: string }): string {
  const ar = say.language === 'ar' ? NAME_WARNINGS_AR[warning.code] : undefined;
  if (ar === undefined) return `${warning.message} [${warning.code}]`;
  const more = MORE.exec(warning.message)?.[1];
  const text = fillTemplate(ar, { cp: CODE_POINT.exec(warning.message)?.[0] ?? '' });
  return `${more === undefined ? text : `${text} و${more} غيرها`} [${warning.code}]`;
}

/** The writer of the validator's messages in the language of zod's configured locale. */
export function runMessages(): Say {
  return messagesIn(zodLocaleLanguage());
}
