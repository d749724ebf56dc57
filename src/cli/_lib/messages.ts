/**
 * The CLI's own messages (usage errors, summaries, notes, report headings): one template per
 * message in English and in Arabic, with `{name}` placeholders, picked once per run from
 * `--locale` (the validator's issue messages have their own catalogue in tansiq/validate). The
 * English templates are the CLI's historical messages, word for word. A template may depend on a
 * count: then it is a set of plural forms (`Intl.PluralRules` categories) chosen by the value `n`.
 */
import { fillTemplate } from '../../_lib/fill-template.js';

/** Plural forms of a template: `other` and any of the language's categories. */
type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** One message: its English and Arabic templates. */
interface Entry {
  readonly en: string | Plural;
  readonly ar: string | Plural;
}

export const CLI_MESSAGES = /* @__PURE__ */ Object.freeze({
  // Around every command.
  usage_hint: {
    en: "Run 'tansiq {command}--help' for usage.",
    ar: "شغّل 'tansiq {command}--help' لمعرفة طريقة الاستخدام.",
  },
  internal_error: { en: 'internal error: {detail}', ar: 'خطأ داخلي: {detail}' },
  cannot_write_output: { en: 'cannot write the output ({reason})', ar: 'تتعذر كتابة المخرجات ({reason})' },
  unknown_command: { en: "unknown command '{command}'", ar: "أمر غير معروف '{command}'" },
  // Options: `{flag} {needs}, got '{raw}'`.
  option_bad_value: { en: "{flag} {needs}, got '{raw}'", ar: "الخيار {flag} {needs}، والقيمة المعطاة '{raw}'" },
  option_no_value: { en: '{flag} {needs}, got nothing', ar: 'الخيار {flag} {needs}، ولم تُعطَ أي قيمة' },
  option_takes_no_value: {
    en: "{flag} takes no value, got '{raw}'",
    ar: "الخيار {flag} لا يأخذ قيمة، والقيمة المعطاة '{raw}'",
  },
  needs_positive_integer: { en: 'needs a positive integer', ar: 'يحتاج إلى عدد صحيح موجب' },
  needs_one_of: { en: 'must be one of {list}', ar: 'يجب أن تكون قيمته إحدى القيم ({list})' },
  needs_date: { en: 'must be a date YYYY-MM-DD', ar: 'يجب أن تكون قيمته تاريخًا بالصيغة YYYY-MM-DD' },
  needs_url: { en: 'must be an absolute http(s) URL', ar: 'يجب أن تكون قيمته عنوان URL مطلقًا يبدأ بـ http أو https' },
  needs_file_path: { en: 'needs a file path', ar: 'يحتاج إلى مسار ملف' },
  needs_id_prefix: {
    en: "may hold only letters, digits, '.' and '-'",
    ar: "لا تقبل قيمته إلا الحروف اللاتينية والأرقام و'.' و'-'",
  },
  needs_iri: { en: 'must be an absolute IRI', ar: 'يجب أن تكون قيمته IRI مطلقًا' },
  needs_ftm_version: { en: 'must be 3 or 4', ar: 'يجب أن تكون قيمته 3 أو 4' },
  // node:util parseArgs' errors: the English text is parseArgs' own (`{detail}`, first sentence).
  unknown_option: { en: '{detail}', ar: "خيار غير معروف '{option}'" },
  option_argument_missing: { en: '{detail}', ar: "الخيار '{option}' يحتاج إلى قيمة" },
  option_no_argument: { en: '{detail}', ar: "الخيار '{option}' لا يأخذ قيمة" },
  bad_arguments: { en: '{detail}', ar: 'وسائط سطر الأوامر غير صالحة' },
  list_separator: { en: ', ', ar: '، ' },
  // Arguments.
  no_paths: {
    en: 'no paths given (pass files, folders, or - for stdin)',
    ar: 'لم يُعطَ أي مسار (مرّر ملفات أو مجلدات، أو - للقراءة من المدخل القياسي)',
  },
  no_text: { en: 'no text given', ar: 'لم يُعطَ أي نص' },
  name_two_names: {
    en: 'name takes exactly two names, got {n}',
    ar: 'يأخذ الأمر name اسمين بالضبط، وأُعطي {n}',
  },
  schema_one_name: { en: 'schema takes at most one name', ar: 'يأخذ الأمر schema اسمًا واحدًا على الأكثر' },
  unknown_schema: {
    en: "unknown schema '{name}' (known: {list})",
    ar: "مخطط غير معروف '{name}' (المخططات المعروفة: {list})",
  },
  extract_one_file: {
    en: 'extract takes one file (or - for stdin), got {n}',
    ar: 'يأخذ الأمر extract ملفًا واحدًا (أو - للقراءة من المدخل القياسي)، وأُعطي {n}',
  },
  jsonl_needs_reference: {
    en: '--format jsonl needs --reference (the article date: it dates the records)',
    ar: 'الصيغة jsonl (--format jsonl) تحتاج إلى --reference (تاريخ المقال: به تُؤرَّخ السجلات)',
  },
  to_required: { en: '--to is required ({list})', ar: 'الخيار --to مطلوب ({list})' },
  bad_reference_date: { en: '{detail}', ar: 'التاريخ المرجعي غير صالح' },
  // Notes and I/O problems.
  jobs_capped: {
    en: {
      one: '--jobs {jobs} is more than the {n} available CPU; using {n}',
      other: '--jobs {jobs} is more than the {n} available CPUs; using {n}',
    },
    ar: 'القيمة {jobs} للخيار --jobs أكبر من عدد المعالجات المتاحة ({n})؛ سيُستخدم {n}',
  },
  no_worker_script: {
    en: "--jobs {jobs}: the worker threads' script ({file}) is missing from this install; checking on one thread",
    ar: '--jobs {jobs}: ملف الخيوط العاملة ({file}) غير موجود في هذا التثبيت؛ سيجري الفحص على خيط واحد',
  },
  cannot_write_job_summary: {
    en: 'cannot write the job summary to {file} ({reason})',
    ar: 'تتعذر كتابة ملخص المهمة في {file} ({reason})',
  },
  cannot_write_file: { en: 'cannot write {file} ({reason})', ar: 'تتعذر الكتابة في {file} ({reason})' },
  cannot_read_file: { en: 'cannot read {file}: {reason}', ar: 'تتعذر قراءة {file}: {reason}' },
  no_url: {
    en: 'no --url given; the article record gets the placeholder {url}',
    ar: 'لم يُعطَ --url؛ سيأخذ سجل المقال العنوان المؤقت {url}',
  },
  // The summary of a validation run.
  summary: {
    en: 'tansiq: {files}, {records}{invalid}, {errors}, {warnings}, {seconds} s{omitted}\n',
    ar: 'tansiq: {files}، {records}{invalid}، {errors}، {warnings}، {seconds} ثانية{omitted}\n',
  },
  summary_invalid: { en: ' ({n} invalid)', ar: ' (غير الصالح منها: {n})' },
  summary_omitted: {
    en: ' ({issues} counted but not listed: over the limit)',
    ar: ' ({issues} أُحصيت ولم تُسرد لتجاوز الحد)',
  },
  n_files: {
    en: { one: '{n} file', other: '{n} files' },
    ar: { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفان', few: '{n} ملفات', many: '{n} ملفًا', other: '{n} ملف' },
  },
  n_records: {
    en: { one: '{n} record', other: '{n} records' },
    ar: { zero: 'لا سجلات', one: 'سجل واحد', two: 'سجلان', few: '{n} سجلات', many: '{n} سجلًا', other: '{n} سجل' },
  },
  n_errors: {
    en: { one: '{n} error', other: '{n} errors' },
    ar: { zero: 'لا أخطاء', one: 'خطأ واحد', two: 'خطآن', few: '{n} أخطاء', many: '{n} خطأً', other: '{n} خطأ' },
  },
  n_warnings: {
    en: { one: '{n} warning', other: '{n} warnings' },
    ar: {
      zero: 'لا تحذيرات',
      one: 'تحذير واحد',
      two: 'تحذيران',
      few: '{n} تحذيرات',
      many: '{n} تحذيرًا',
      other: '{n} تحذير',
    },
  },
  n_issues: {
    en: { one: '{n} issue', other: '{n} issues' },
    ar: {
      zero: 'لا مشكلات',
      one: 'مشكلة واحدة',
      two: 'مشكلتان',
      few: '{n} مشكلات',
      many: '{n} مشكلةً',
      other: '{n} مشكلة',
    },
  },
  progress: {
    en: '{file}: {records} records, {rate} records/s{percent}',
    ar: '{file}: السجلات {records}، بمعدل {rate} سجل في الثانية{percent}',
  },
  stdin: { en: '<stdin>', ar: '<stdin>' },
  // GitHub Actions (`--format github`): the notice after the annotations, the job summary.
  github_not_annotated: {
    en: {
      one: '{n} more issue was not annotated (limit {limit} per severity); see the log above and the job summary',
      other: '{n} more issues were not annotated (limit {limit} per severity); see the log above and the job summary',
    },
    ar: 'مشكلات أخرى لم تُعرض تعليقاتٍ توضيحية: {n} (الحد {limit} لكل درجة خطورة)؛ انظر السجل أعلاه وملخص المهمة',
  },
  job_summary_title: { en: '### tansiq validate: {verdict}\n\n', ar: '### tansiq validate: {verdict}\n\n' },
  job_summary_no_problems: { en: 'no problems', ar: 'لا مشكلات' },
  job_summary_verdict: { en: '{errors}, {warnings}', ar: '{errors}، {warnings}' },
  job_summary_counts: {
    en: '{files}, {records} ({invalid} invalid){omitted}.\n',
    ar: '{files}، {records} (غير الصالح منها: {invalid}){omitted}.\n',
  },
  job_summary_omitted: {
    en: { one: ', {n} more issue counted but not listed', other: ', {n} more issues counted but not listed' },
    ar: '، ومشكلات أخرى أُحصيت ولم تُسرد: {n}',
  },
  job_summary_header: {
    en: '| File | Line | Column | Severity | Code | Pointer | Message |',
    ar: '| الملف | السطر | العمود | الخطورة | الرمز | المؤشر | الرسالة |',
  },
  severity_error: { en: 'error', ar: 'خطأ' },
  severity_warning: { en: 'warning', ar: 'تحذير' },
  job_summary_more: { en: '{n} more issues not shown.', ar: 'مشكلات أخرى لم تُعرض: {n}.' },
  // `tansiq export`.
  export_done: {
    en: '{format}: {records} valid records read, {reference} shipped reference records added, {written} objects written{skipped}\n',
    ar: '{format}: السجلات الصالحة المقروءة {records}، والسجلات المرجعية المرفقة المضافة {reference}، والكائنات المكتوبة {written}{skipped}\n',
  },
  export_skipped: { en: ', {n} skipped (--report lists them)', ar: '، والمتخطاة {n} (يسردها --report)' },
  report_read: { en: '{format}: {records} records read', ar: '{format}: السجلات المقروءة {records}' },
  report_reference: {
    en: ', {n} shipped reference records added',
    ar: '، والسجلات المرجعية المرفقة المضافة {n}',
  },
  report_written: { en: ', {n} objects written\n', ar: '، والكائنات المكتوبة {n}\n' },
  report_left_out: {
    en: 'left out (the format has no place for them):\n',
    ar: 'حقول تُركت (لا مكان لها في هذه الصيغة):\n',
  },
  report_left_out_field: { en: '  {field}: {n} record(s)\n', ar: '  {field}: عدد السجلات {n}\n' },
  report_dropped: {
    en: '{n} reference(s) to records not in the export left out\n',
    ar: 'تُركت إحالات إلى سجلات ليست في التصدير: {n}\n',
  },
  report_skipped: { en: 'skipped {id}: {reason}\n', ar: 'تُخطّي {id}: {reason}\n' },
  // The reasons the exporters give for skipping a record (English from tansiq/export).
  skip_status: { en: "status '{status}' is not an event in PLOVER", ar: "الحالة '{status}' ليست حدثًا في PLOVER" },
  skip_no_day: {
    en: 'no full-day start date (PLOVER needs YYYY-MM-DD)',
    ar: 'لا تاريخ بدء بيوم كامل (يحتاج PLOVER إلى YYYY-MM-DD)',
  },
  skip_no_actor_code: { en: 'no party with a PLOVER code', ar: 'لا طرف له رمز في PLOVER' },
  skip_needs_recipient: {
    en: '{events} needs a recipient and the meeting names only one party',
    ar: '{events} يحتاج إلى طرف متلقٍّ، والاجتماع لا يذكر إلا طرفًا واحدًا',
  },
  skip_needs_actor: { en: '{event} needs an actor', ar: '{event} يحتاج إلى طرف فاعل' },
  skip_needs_actor_recipient: {
    en: '{event} needs an actor and a recipient',
    ar: '{event} يحتاج إلى طرف فاعل وطرف متلقٍّ',
  },
  skip_unknown_type: { en: "unknown record type '{type}'", ar: "نوع سجل غير معروف '{type}'" },
  skip_post_organization: {
    en: 'its organization is not in the export (a Popolo post needs one)',
    ar: 'الجهة التابع لها ليست في التصدير (يحتاج المنصب في Popolo إلى جهة)',
  },
  skip_no_organization: { en: 'no organization or post in the export', ar: 'لا جهة ولا منصب في التصدير' },
  skip_other: { en: '{reason}', ar: 'سبب آخر: {reason}' },
  // `tansiq date`: the reasons of `safeParseArabicDate` (English: the library's own message).
  date_no_date: { en: 'no date expression found', ar: 'لم يُعثر على أي تعبير تاريخ' },
  date_invalid_date: { en: 'the date does not exist', ar: 'هذا التاريخ غير موجود' },
  date_reference_required: {
    en: 'a relative date needs options.reference',
    ar: 'التاريخ النسبي يحتاج إلى تاريخ مرجعي (--reference)',
  },
  date_conflicting_months: {
    en: 'the two month names of a dual form disagree',
    ar: 'اسما الشهر في الصيغة المزدوجة لا يتفقان',
  },
  date_before_hijri_epoch: {
    en: 'the day is before the Hijri epoch (19 July 622)',
    ar: 'اليوم يسبق بداية التقويم الهجري (19 يوليو 622)',
  },
  date_error_at: { en: '{reason}: "{text}"', ar: '{reason}: "{text}"' },
  // `tansiq extract --format text`.
  extract_mentions: { en: 'Mentions ({n})', ar: 'الإشارات ({n})' },
  extract_dates: { en: 'Dates ({n})', ar: 'التواريخ ({n})' },
  extract_meetings: { en: 'Draft meetings ({n})', ar: 'مسودات الاجتماعات ({n})' },
  not_linked: { en: '(not linked)', ar: '(غير مربوط بسجل)' },
  not_linked_name: { en: '(not linked: {name})', ar: '(غير مربوط بسجل: {name})' },
  meeting: { en: 'meeting', ar: 'اجتماع' },
  no_date_in_text: { en: '(no date in the text)', ar: '(لا تاريخ في النص)' },
  in_city: { en: ' in {city}', ar: ' في {city}' },
  confidence: { en: 'confidence {value}', ar: 'الثقة {value}' },
  parties: { en: 'parties: {list}', ar: 'الأطراف: {list}' },
  kind_person: { en: 'person', ar: 'شخص' },
  kind_agency: { en: 'agency', ar: 'جهة' },
  kind_forum: { en: 'forum', ar: 'منتدى' },
  kind_country: { en: 'country', ar: 'بلد' },
} as const satisfies Readonly<Record<string, Entry>>);

/** The id of one of the CLI's messages. */
export type CliMessageId = keyof typeof CLI_MESSAGES;

/** The languages of the CLI (`--locale`). */
export type CliLanguage = 'en' | 'ar';

/** The languages `--locale` accepts. */
export const CLI_LANGUAGES: readonly CliLanguage[] = /* @__PURE__ */ Object.freeze(['en', 'ar']);

/**
 * A message not yet written: its id and values. A value may be a list (joined with the
 * language's separator) or another message (written in the same language).
 */
export interface CliText {
  readonly id: CliMessageId;
  readonly values?: CliValues;
}

/** The values of a message's placeholders. */
export type CliValues = Readonly<Record<string, string | number | readonly string[] | CliText>>;

/** Writes one of the CLI's messages in the language chosen for the run (`language`). */
export type CliSay = ((id: CliMessageId, values?: CliValues) => string) & {
  readonly language: CliLanguage;
  /** Writes a message given as {@link CliText}. */
  readonly text: (text: CliText) => string;
};

/** A message not yet written. */
export function cliText(id: CliMessageId, values?: CliValues): CliText {
  return values === undefined ? { id } : { id, values };
}

/** The writer of the CLI's messages in `language`: pick it once per run. */
export function cliMessagesIn(language: CliLanguage): CliSay {
  const plurals = new Intl.PluralRules(language === 'ar' ? 'ar' : 'en');
  const say = (id: CliMessageId, values?: CliValues): string => {
    const entry: Entry = CLI_MESSAGES[id];
    const template = entry[language];
    const chosen =
      typeof template === 'string'
        ? template
        : (template[plurals.select(typeof values?.['n'] === 'number' ? values['n'] : 0)] ?? template.other);
    return fillTemplate(chosen, values, (value) => {
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      if (Array.isArray(value)) return value.join(say('list_separator'));
      const nested = value as CliText;
      return say(nested.id, nested.values);
    });
  };
  return Object.assign(say, { language, text: (t: CliText) => say(t.id, t.values) });
}

/**
 * Arabic labels of the schema's meeting kinds and participant roles, for the text report of
 * `tansiq extract` (English shows the schema's own words; a value missing here shows as it is).
 */
export const MEETING_WORDS_AR: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  'bilateral-visit': 'زيارة ثنائية',
  'bilateral-talks': 'محادثات ثنائية',
  'phone-call': 'اتصال هاتفي',
  videoconference: 'اجتماع عبر الفيديو',
  'delegation-visit': 'زيارة وفد',
  'joint-commission': 'لجنة مشتركة',
  'working-session': 'جلسة عمل',
  'expert-meeting': 'اجتماع خبراء',
  plenary: 'جلسة عامة',
  'coordinating-committee': 'لجنة تنسيق',
  ministerial: 'اجتماع وزاري',
  'side-event': 'فعالية جانبية',
  training: 'تدريب',
  signing: 'توقيع',
  other: 'اجتماع من نوع آخر',
  host: 'المضيف',
  visitor: 'الزائر',
  'head-of-delegation': 'رئيس الوفد',
  member: 'عضو',
  chair: 'الرئيس',
  'co-chair': 'رئيس مشارك',
  observer: 'مراقب',
  speaker: 'متحدث',
  signatory: 'موقّع',
  organizer: 'المنظِّم',
  'implementing-partner': 'شريك منفِّذ',
});

/** A meeting kind or participant role as the run's language writes it. */
export function meetingWord(say: CliSay, value: string): string {
  return say.language === 'ar' ? (MEETING_WORDS_AR[value] ?? value) : value;
}
