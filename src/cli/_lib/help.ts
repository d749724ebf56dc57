import type { CliLanguage } from './messages.js';

/** Help texts of the commands. */
export const HELP: Readonly<Record<string, string>> = Object.freeze({
  main: `Usage: tansiq <command> [options]

Commands:
  validate [paths… | -]   Validate datasets (.json, .jsonl, .ndjson files and folders; - for stdin)
  export --to <format> [paths… | -]
                          Export valid records to ftm, popolo, jsonld or plover
  schema [name]           Print the JSON Schema of a record or building block (default: record)
  date <text>             Parse an Arabic date expression and print it as JSON
  name <a> <b>            Compare two names and print the result as JSON
  extract <file | ->      Find mentions, dates and meetings in an Arabic article

Options:
  -h, --help              Show help (also: tansiq <command> --help)
  -v, --version           Print the version
      --locale <lang>     en | ar: language of messages, for every command (default en)

Exit codes: 0 valid, 1 problems in the data, 2 usage or I/O problem.
`,
  validate: `Usage: tansiq validate [options] <paths… | ->

Validate tansiq datasets: every schema problem of every record, then checks across records
(duplicate ids, dangling references, co-chair terms, single-holder posts, lifetimes, meeting
participants), plus warnings for unsourced records and suspicious names.
Folders are searched recursively for .json, .jsonl and .ndjson files; - reads JSON Lines from stdin.

Options:
  -f, --format <fmt>      text | json | github | auto (default auto: github when
                          GITHUB_ACTIONS=true, else text)
      --max-errors <n>    List only the first n errors (all are still counted)
      --max-issues <n>    List at most n issues in all (default 100000)
      --fail-on <level>   error | warning (default error): lowest severity that fails the run
      --no-reference-data Do not resolve references against tansiq's shipped reference data
      --locale <lang>     en | ar: language of messages (default en)
  -j, --jobs <n>          Check records on n threads, this one and n-1 workers (default 1; at most the CPUs)
  -q, --quiet             Report errors only; no summary, no progress
  -h, --help              Show this help

Output: problems on stdout (text: path:line:col: severity [code] /pointer message),
summary and progress on stderr. With --format github, a Markdown table is appended to
$GITHUB_STEP_SUMMARY when it is set. NO_COLOR turns colours off.
Exit codes: 0 valid, 1 problems in the data, 2 usage or I/O problem.
`,
  export: `Usage: tansiq export --to <ftm|popolo|jsonld|plover> [options] <paths… | ->

Validate the inputs as 'tansiq validate' does, then export the valid records:
  ftm      FollowTheMoney entities, one JSON object per line (Aleph, yente, ftm tools)
  plover   PLOVER 2.0 event records, one JSON object per line
  popolo   one Popolo 1.0.1 JSON document
  jsonld   one schema.org JSON-LD document
Records that fail validation are reported (on stderr) and left out. Shipped reference
records that exported records point at are added, so the file stands on its own.
Folders are searched recursively for .json, .jsonl and .ndjson files; - reads JSON Lines from stdin.

Options:
  -t, --to <format>       ftm | popolo | jsonld | plover (required)
  -o, --output <file>     Write the export to a file (default stdout)
      --partial           Do not add the shipped records that exported records point at
      --id-prefix <p>     ftm: prefix every entity id (e.g. tansiq-)
      --ftm-version <n>   ftm: 4 (default, OpenSanctions/yente) or 3 (Aleph 3.8)
      --base-iri <iri>    jsonld: base of node IRIs (default urn:tansiq:)
      --fail-on <level>   error | warning (default error): lowest severity that fails the run
      --max-issues <n>    List at most n issues (default 100000); every invalid record is still left out
      --report            List the fields each record type loses in this format, and skipped records
  -q, --quiet             Report errors only; no summary
      --locale <lang>     en | ar: language of messages (default en)
  -h, --help              Show this help

Exit codes: 0 valid, 1 problems in the data (valid records are still exported),
2 usage or I/O problem (nothing exported).
`,
  schema: `Usage: tansiq schema [name] [--list]

Print the JSON Schema (draft 2020-12) of a tansiq schema, e.g. record, person,
security-meeting, interval (default: record, the union of all record types).

Options:
      --list              List the available names
      --locale <lang>     en | ar: language of messages (default en)
  -h, --help              Show this help
`,
  date: `Usage: tansiq date <text> [--reference YYYY-MM-DD]

Parse an Arabic (or mixed) date expression and print the result as JSON.

Options:
      --reference <date>  Date that relative expressions (yesterday, last Tuesday) count from
      --locale <lang>     en | ar: language of messages (default en)
  -h, --help              Show this help
Exit codes: 0 parsed, 1 not a date, 2 usage problem.
`,
  name: `Usage: tansiq name <a> <b>

Compare two personal names (Arabic or Latin script) and print the comparison as JSON.

Options:
      --locale <lang>     en | ar: language of messages (default en)
  -h, --help              Show this help
Exit codes: 0 same person, 1 different, 2 usage problem.
`,
  extract: `Usage: tansiq extract <file | -> [--reference YYYY-MM-DD] [--url URL] [--format text|json|jsonl]

Read an Arabic news article (a UTF-8 text file, or - for stdin) and print the persons, agencies,
forums and countries it mentions (linked to records where the link is sure), its dates and the
meetings it reports.

Options:
  -r, --reference <date>  The article's date: relative dates count from it, and a title plus
                          this date identifies who held the post (required with jsonl)
      --url <url>         The article's address, for the article record (jsonl)
  -f, --format <fmt>      text (default): the article with mentions and dates highlighted
                            (colours unless NO_COLOR is set), then the draft meetings
                          json: one JSON document { mentions, dates, meetings }
                          jsonl: records (persons, meetings, article) that tansiq validate accepts
      --locale <lang>     en | ar: language of messages and of the text report (default en)
  -h, --help              Show this help
Exit codes: 0 done, 2 usage or I/O problem.
`,
});

/** Arabic help texts of the commands (`--locale ar`): the same options, values and exit codes. */
export const HELP_AR: Readonly<Record<string, string>> = Object.freeze({
  main: `الاستخدام: tansiq <command> [options]

الأوامر:
  validate [paths… | -]   فحص مجموعات البيانات (ملفات .json و.jsonl و.ndjson ومجلداتها؛ - للمدخل القياسي)
  export --to <format> [paths… | -]
                          تصدير السجلات الصالحة إلى ftm أو popolo أو jsonld أو plover
  schema [name]           طباعة مخطط JSON Schema لنوع سجل أو لبنة بناء (الافتراضي: record)
  date <text>             تحليل تعبير تاريخ عربي وطباعته بصيغة JSON
  name <a> <b>            مقارنة اسمين وطباعة النتيجة بصيغة JSON
  extract <file | ->      استخراج الإشارات والتواريخ والاجتماعات من مقال عربي

الخيارات:
  -h, --help              عرض المساعدة (وكذلك: tansiq <command> --help)
  -v, --version           طباعة رقم الإصدار
      --locale <lang>     en | ar: لغة الرسائل، لكل الأوامر (الافتراضي en)

رموز الخروج: 0 البيانات صالحة، 1 مشكلات في البيانات، 2 مشكلة في الاستخدام أو في القراءة والكتابة.
`,
  validate: `الاستخدام: tansiq validate [options] <paths… | ->

فحص مجموعات بيانات tansiq: كل مشكلة في مخطط كل سجل، ثم الفحوص عبر السجلات (المعرّفات
المكررة، والمراجع المعلّقة، وفترات الرئاسة المشتركة، والمناصب التي لا يشغلها إلا شخص واحد،
ومُدد وجود الجهات، والمشاركين في الاجتماعات)، مع تحذيرات للسجلات بلا مصادر وللأسماء المريبة.
يُبحث في المجلدات بشكل متكرر عن ملفات .json و.jsonl و.ndjson؛ و- يقرأ أسطر JSON من المدخل القياسي.

الخيارات:
  -f, --format <fmt>      text | json | github | auto (الافتراضي auto: github عندما يكون
                          GITHUB_ACTIONS=true، وإلا text)
      --max-errors <n>    سرد أول n من الأخطاء فقط (مع إحصائها كلها)
      --max-issues <n>    سرد n مشكلة على الأكثر في المجموع (الافتراضي 100000)
      --fail-on <level>   error | warning (الافتراضي error): أدنى درجة خطورة تُفشل الفحص
      --no-reference-data عدم حل المراجع بالبيانات المرجعية المرفقة بـ tansiq
      --locale <lang>     en | ar: لغة الرسائل (الافتراضي en)
  -j, --jobs <n>          فحص السجلات على n من الخيوط، هذا الخيط وn-1 من العمّال (الافتراضي 1؛ وعدد المعالجات على الأكثر)
  -q, --quiet             الإبلاغ عن الأخطاء فقط؛ بلا ملخص ولا مؤشر تقدّم
  -h, --help              عرض هذه المساعدة

المخرجات: المشكلات على stdout (بصيغة text: path:line:col: severity [code] /pointer message)،
والملخص ومؤشر التقدّم على stderr. مع --format github يُضاف جدول Markdown إلى
$GITHUB_STEP_SUMMARY حين يكون معرّفًا. يوقف NO_COLOR الألوان.
رموز الخروج: 0 البيانات صالحة، 1 مشكلات في البيانات، 2 مشكلة في الاستخدام أو في القراءة والكتابة.
`,
  export: `الاستخدام: tansiq export --to <ftm|popolo|jsonld|plover> [options] <paths… | ->

فحص المدخلات كما يفعل 'tansiq validate'، ثم تصدير السجلات الصالحة:
  ftm      كيانات FollowTheMoney، كائن JSON واحد في كل سطر (Aleph وyente وأدوات ftm)
  plover   أحداث PLOVER 2.0، كائن JSON واحد في كل سطر
  popolo   مستند Popolo 1.0.1 واحد بصيغة JSON
  jsonld   مستند schema.org واحد بصيغة JSON-LD
يُبلَّغ (على stderr) عن السجلات التي لم تجتز الفحص وتُترك. وتُضاف السجلات المرجعية المرفقة
التي تشير إليها السجلات المصدَّرة، ليكون الملف مكتفيًا بذاته.
يُبحث في المجلدات بشكل متكرر عن ملفات .json و.jsonl و.ndjson؛ و- يقرأ أسطر JSON من المدخل القياسي.

الخيارات:
  -t, --to <format>       ftm | popolo | jsonld | plover (مطلوب)
  -o, --output <file>     كتابة التصدير في ملف (الافتراضي stdout)
      --partial           عدم إضافة السجلات المرفقة التي تشير إليها السجلات المصدَّرة
      --id-prefix <p>     ftm: بادئة لكل معرّف كيان (مثلًا tansiq-)
      --ftm-version <n>   ftm: 4 (الافتراضي، OpenSanctions/yente) أو 3 (Aleph 3.8)
      --base-iri <iri>    jsonld: أساس عناوين IRI للعُقد (الافتراضي urn:tansiq:)
      --fail-on <level>   error | warning (الافتراضي error): أدنى درجة خطورة تُفشل التشغيل
      --max-issues <n>    سرد n مشكلة على الأكثر (الافتراضي 100000)؛ ويُترك كل سجل غير صالح مع ذلك
      --report            سرد الحقول التي يفقدها كل نوع سجل في هذه الصيغة، والسجلات المتخطاة
  -q, --quiet             الإبلاغ عن الأخطاء فقط؛ بلا ملخص
      --locale <lang>     en | ar: لغة الرسائل (الافتراضي en)
  -h, --help              عرض هذه المساعدة

رموز الخروج: 0 البيانات صالحة، 1 مشكلات في البيانات (مع تصدير السجلات الصالحة)،
2 مشكلة في الاستخدام أو في القراءة والكتابة (لا يُصدَّر شيء).
`,
  schema: `الاستخدام: tansiq schema [name] [--list]

طباعة مخطط JSON Schema (المسودة 2020-12) لأحد مخططات tansiq، مثل record وperson
وsecurity-meeting وinterval (الافتراضي: record، اتحاد أنواع السجلات كلها).

الخيارات:
      --list              سرد الأسماء المتاحة
      --locale <lang>     en | ar: لغة الرسائل (الافتراضي en)
  -h, --help              عرض هذه المساعدة
`,
  date: `الاستخدام: tansiq date <text> [--reference YYYY-MM-DD]

تحليل تعبير تاريخ عربي (أو مختلط) وطباعة النتيجة بصيغة JSON.

الخيارات:
      --reference <date>  التاريخ الذي تُحسب منه التعبيرات النسبية (أمس، الثلاثاء الماضي)
      --locale <lang>     en | ar: لغة الرسائل (الافتراضي en)
  -h, --help              عرض هذه المساعدة
رموز الخروج: 0 تم التحليل، 1 ليس تاريخًا، 2 مشكلة في الاستخدام.
`,
  name: `الاستخدام: tansiq name <a> <b>

مقارنة اسمين لشخصين (بالحروف العربية أو اللاتينية) وطباعة المقارنة بصيغة JSON.

الخيارات:
      --locale <lang>     en | ar: لغة الرسائل (الافتراضي en)
  -h, --help              عرض هذه المساعدة
رموز الخروج: 0 الشخص نفسه، 1 شخصان مختلفان، 2 مشكلة في الاستخدام.
`,
  extract: `الاستخدام: tansiq extract <file | -> [--reference YYYY-MM-DD] [--url URL] [--format text|json|jsonl]

قراءة مقال إخباري عربي (ملف نصي بترميز UTF-8، أو - للمدخل القياسي) وطباعة الأشخاص والجهات
والمنتديات والبلدان التي يذكرها (مربوطةً بالسجلات حيث يكون الربط مؤكدًا)، وتواريخه،
والاجتماعات التي يرويها.

الخيارات:
  -r, --reference <date>  تاريخ المقال: منه تُحسب التواريخ النسبية، وبه مع المنصب يُعرف من كان
                          يشغله (مطلوب مع jsonl)
      --url <url>         عنوان المقال، لسجل المقال (jsonl)
  -f, --format <fmt>      text (الافتراضي): المقال مع إبراز الإشارات والتواريخ
                            (بالألوان ما لم يكن NO_COLOR معرّفًا)، ثم مسودات الاجتماعات
                          json: مستند JSON واحد { mentions, dates, meetings }
                          jsonl: سجلات (أشخاص واجتماعات ومقال) يقبلها tansiq validate
      --locale <lang>     en | ar: لغة الرسائل والتقرير النصي (الافتراضي en)
  -h, --help              عرض هذه المساعدة
رموز الخروج: 0 تم، 2 مشكلة في الاستخدام أو في القراءة والكتابة.
`,
});

/** The help text of `command` (the main one for an unknown command) in `language`. */
export function helpText(command: string, language: CliLanguage): string {
  const texts = language === 'ar' ? HELP_AR : HELP;
  return texts[command] ?? HELP[command] ?? texts['main'] ?? HELP['main'] ?? '';
}
