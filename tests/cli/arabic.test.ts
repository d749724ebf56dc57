// End-to-end tests of `--locale ar` on the BUILT bin (`npm run build` first): every kind of
// message the CLI writes itself is in Arabic (usage and option errors, the summary, notes, I/O
// problems, the export report, the extract text report, help, GitHub output), wherever `--locale`
// stands on the line; machine-readable output and exit codes do not change with the language.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportEnglishWords, stderrEnglishWords } from './_lib/english-words.js';
import { run } from './_lib/run.js';
import { testTempDir } from '../_lib/temp-dir.js';

const BROKEN = 'tests/fixtures/validate/broken';
const VALID = 'tests/fixtures/validate/valid';
const SEED = 'examples/seed-article.txt';
const SAMPLE = 'tests/fixtures/export/sample.jsonl';
const WITH_INVALID = 'tests/fixtures/export/with-invalid.jsonl';
const HINT = (command: string): string => `شغّل 'tansiq ${command}--help' لمعرفة طريقة الاستخدام.`;
const tmp = testTempDir('tansiq-ar-');

/** Timings vary from run to run. */
const normalize = (text: string): string => text.replace(/(?<![\d.])\d+\.\d\d (s|ثانية)/g, '0.00 $1');

describe('option and usage errors under --locale ar', () => {
  it.each([
    [['validate', '--locale', 'ar', '--bogus', VALID], "tansiq: خيار غير معروف '--bogus'", 'validate '],
    [['validate', '--locale', 'ar', '-qx', VALID], "tansiq: خيار غير معروف '-x'", 'validate '],
    [
      ['validate', '--locale', 'ar', '--max-errors', '-1', VALID],
      "tansiq: الخيار --max-errors يحتاج إلى عدد صحيح موجب، والقيمة المعطاة '-1'",
      'validate ',
    ],
    [
      ['validate', '--locale', 'ar', VALID, '--max-errors'],
      'tansiq: الخيار --max-errors يحتاج إلى عدد صحيح موجب، ولم تُعطَ أي قيمة',
      'validate ',
    ],
    [
      ['validate', '--locale', 'ar', '--format', 'xml', VALID],
      "tansiq: الخيار --format يجب أن تكون قيمته إحدى القيم (text، json، github، auto)، والقيمة المعطاة 'xml'",
      'validate ',
    ],
    [
      ['validate', '--locale', 'ar', '--quiet=yes', VALID],
      "tansiq: الخيار --quiet لا يأخذ قيمة، والقيمة المعطاة 'yes'",
      'validate ',
    ],
    [
      ['validate', '--locale', 'ar', '-q=1', VALID],
      "tansiq: الخيار --quiet لا يأخذ قيمة، والقيمة المعطاة '1'",
      'validate ',
    ],
    [['validate', '--locale', 'ar', VALID, '-qf'], "tansiq: الخيار '-f, --format <value>' يحتاج إلى قيمة", 'validate '],
    [
      ['validate', '--locale', 'ar', '--locale', 'fr', VALID],
      "tansiq: الخيار --locale يجب أن تكون قيمته إحدى القيم (en، ar)، والقيمة المعطاة 'fr'",
      'validate ',
    ],
    [
      ['validate', '--locale', 'ar'],
      'tansiq: لم يُعطَ أي مسار (مرّر ملفات أو مجلدات، أو - للقراءة من المدخل القياسي)',
      'validate ',
    ],
    [['--locale', 'ar', 'frobnicate'], "tansiq: أمر غير معروف 'frobnicate'", ''],
    [['--locale', 'ar', 'schema', 'a', 'b'], 'tansiq: يأخذ الأمر schema اسمًا واحدًا على الأكثر', 'schema '],
    [['--locale', 'ar', 'schema', '--list=1'], "tansiq: الخيار --list لا يأخذ قيمة، والقيمة المعطاة '1'", 'schema '],
    [['name', 'a', '--locale', 'ar'], 'tansiq: يأخذ الأمر name اسمين بالضبط، وأُعطي 1', 'name '],
    [['date', '--locale', 'ar'], 'tansiq: لم يُعطَ أي نص', 'date '],
    [
      ['date', 'أمس', '--reference', '2021-02-30x', '--locale', 'ar'],
      "tansiq: الخيار --reference يجب أن تكون قيمته تاريخًا بالصيغة YYYY-MM-DD، والقيمة المعطاة '2021-02-30x'",
      'date ',
    ],
    [
      ['extract', '--locale', 'ar'],
      'tansiq: يأخذ الأمر extract ملفًا واحدًا (أو - للقراءة من المدخل القياسي)، وأُعطي 0',
      'extract ',
    ],
    [
      ['extract', SEED, '--format', 'jsonl', '--locale', 'ar'],
      'tansiq: الصيغة jsonl (--format jsonl) تحتاج إلى --reference (تاريخ المقال: به تُؤرَّخ السجلات)',
      'extract ',
    ],
    [
      ['extract', SEED, '--url', 'ftp://x', '--locale', 'ar'],
      "tansiq: الخيار --url يجب أن تكون قيمته عنوان URL مطلقًا يبدأ بـ http أو https، والقيمة المعطاة 'ftp://x'",
      'extract ',
    ],
    [['export', '--locale', 'ar', VALID], 'tansiq: الخيار --to مطلوب (ftm، popolo، jsonld، plover)', 'export '],
    [
      ['export', '--to', 'ftm', '--ftm-version', '5', VALID, '--locale', 'ar'],
      "tansiq: الخيار --ftm-version يجب أن تكون قيمته 3 أو 4، والقيمة المعطاة '5'",
      'export ',
    ],
    [
      ['export', '--to', 'ftm', '--id-prefix', '_x', VALID, '--locale', 'ar'],
      "tansiq: الخيار --id-prefix لا تقبل قيمته إلا الحروف اللاتينية والأرقام و'.' و'-'، والقيمة المعطاة '_x'",
      'export ',
    ],
    [
      ['export', '--to', 'jsonld', '--base-iri', 'x', VALID, '--locale', 'ar'],
      "tansiq: الخيار --base-iri يجب أن تكون قيمته IRI مطلقًا، والقيمة المعطاة 'x'",
      'export ',
    ],
    [
      ['export', '--to', 'ftm', '--output=', VALID, '--locale', 'ar'],
      "tansiq: الخيار --output يحتاج إلى مسار ملف، والقيمة المعطاة ''",
      'export ',
    ],
  ])('%j', (args, message, command) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n${HINT(command)}\n`);
    expect(stderrEnglishWords(r.stderr)).toEqual([]);
  });

  it('reads --locale before the other options wherever it stands, also when the error is about another one', () => {
    const message = "tansiq: خيار غير معروف '--bogus'\n" + HINT('validate ') + '\n';
    for (const args of [
      ['--locale', 'ar', 'validate', '--bogus', VALID],
      ['validate', '--bogus', '--locale', 'ar', VALID],
      ['validate', '--bogus', VALID, '--locale', 'ar'],
      ['validate', '--bogus', VALID, '--locale=ar'],
    ])
      expect(run(args).stderr).toBe(message);
    // The last valid one wins; a bad one alone leaves the run in English.
    expect(run(['validate', '--locale', 'ar', '--bogus', '--locale', 'en', VALID]).stderr).toBe(
      "tansiq: unknown option '--bogus'\nRun 'tansiq validate --help' for usage.\n",
    );
    expect(run(['validate', '--locale', 'fr', VALID]).stderr).toBe(
      "tansiq: --locale must be one of en, ar, got 'fr'\nRun 'tansiq validate --help' for usage.\n",
    );
    expect(run(['--locale', 'fr', 'validate', VALID]).stderr).toBe(
      "tansiq: --locale must be one of en, ar, got 'fr'\nRun 'tansiq --help' for usage.\n",
    );
    expect(run(['--locale']).stderr).toBe(
      "tansiq: --locale must be one of en, ar, got nothing\nRun 'tansiq --help' for usage.\n",
    );
    // A command that has nothing else to say in Arabic accepts --locale too.
    expect(run(['name', '--locale', 'ar', 'Ahmed', 'Ahmad']).code).toBe(0);
    expect(run(['schema', '--list', '--locale', 'ar']).stdout).toBe(run(['schema', '--list']).stdout);
  });
});

describe('tansiq validate --locale ar', () => {
  it('the summary in Arabic, with Arabic number forms', () => {
    const r = run(['validate', '--locale', 'ar', VALID]);
    expect(r.code).toBe(0);
    expect(normalize(r.stderr)).toBe('tansiq: 3 ملفات، 14 سجلًا، لا أخطاء، لا تحذيرات، 0.00 ثانية\n');
    const one = run(['validate', VALID + '/people.jsonl', '--locale', 'ar']);
    expect(normalize(one.stderr)).toMatch(/^tansiq: ملف واحد، /);
  });

  it('a failing run on the broken dataset: no English word on stdout or stderr', () => {
    const r = run(['validate', '--locale', 'ar', BROKEN]);
    expect(r.code).toBe(1);
    expect(normalize(r.stderr)).toBe('tansiq: 8 ملفات، 39 سجلًا (غير الصالح منها: 25)، 36 خطأً، 5 تحذيرات، 0.00 ثانية\n');
    expect(reportEnglishWords(r.stdout)).toEqual([]);
    expect(stderrEnglishWords(r.stderr)).toEqual([]);
    // The invalid JSON lines describe the syntax error in Arabic; where it is, line:column says.
    expect(r.stdout).toContain(
      "syntax.jsonl:3:39: error [invalid_json] JSON غير صالح: يُتوقع اسم خاصية بين علامتي تنصيص مزدوجتين، لكن وُجد ','",
    );
    expect(r.stdout).toContain('syntax.jsonl:7:18: error [invalid_json] JSON غير صالح: سلسلة نصية لم تُغلق');
    const limited = run(['validate', '--locale', 'ar', '--max-issues', '3', BROKEN]);
    expect(normalize(limited.stderr)).toBe(
      'tansiq: 8 ملفات، 39 سجلًا (غير الصالح منها: 25)، 36 خطأً، 5 تحذيرات، 0.00 ثانية (38 مشكلةً أُحصيت ولم تُسرد لتجاوز الحد)\n',
    );
  });

  it('the note on --jobs above the CPUs, a missing file and a folder without data in Arabic', () => {
    const cpus = availableParallelism();
    const jobs = run(['validate', '--locale', 'ar', '--jobs', String(cpus + 5), VALID]);
    expect(jobs.stderr.split('\n')[0]).toBe(
      `tansiq: القيمة ${cpus + 5} للخيار --jobs أكبر من عدد المعالجات المتاحة (${cpus})؛ سيُستخدم ${cpus}`,
    );
    const missing = run(['validate', '--locale', 'ar', 'nope.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n').at(-2)).toBe('tansiq: nope.jsonl: لا يوجد ملف أو مجلد بهذا الاسم');
    const empty = run(['validate', '--locale', 'ar', 'tests/fixtures/validate/no-data']);
    expect(empty.code).toBe(2);
    for (const r of [jobs, missing, empty]) expect(stderrEnglishWords(r.stderr)).toEqual([]);
  });

  it('--format github: the notice and the job summary in Arabic; the commands keep their structure', () => {
    const summaryAr = join(tmp, 'summary-ar.md');
    const summaryEn = join(tmp, 'summary-en.md');
    const ar = run(['validate', '--locale', 'ar', '--format', 'github', BROKEN], {
      env: { GITHUB_STEP_SUMMARY: summaryAr },
    });
    const en = run(['validate', '--format', 'github', BROKEN], { env: { GITHUB_STEP_SUMMARY: summaryEn } });
    expect(ar.code).toBe(en.code);
    const shape = (text: string): string[] =>
      text.split('\n').map((l) => /^(?:::\w+(?: [^:]*)?::|\S+ (?:error|warning) \[\w+\])/.exec(l)?.[0] ?? '');
    expect(shape(ar.stdout)).toEqual(shape(en.stdout));
    expect(ar.stdout).toMatch(
      /::notice title=tansiq::مشكلات أخرى لم تُعرض تعليقاتٍ توضيحية: \d+ \(الحد 10 لكل درجة خطورة\)/,
    );
    const md = readFileSync(summaryAr, 'utf8');
    expect(md.split('\n')[0]).toBe('### tansiq validate: 36 خطأً، 5 تحذيرات');
    expect(md).toContain('| الملف | السطر | العمود | الخطورة | الرمز | المؤشر | الرسالة |');
    expect(md.split('\n')).toHaveLength(readFileSync(summaryEn, 'utf8').split('\n').length);
  });

  it('machine-readable output does not change: the JSON report is the English one but for the messages', () => {
    const strip = (text: string): unknown =>
      JSON.parse(text, (key, value: unknown) => (key === 'message' ? '' : key === 'durationMs' ? 0 : value));
    const ar = run(['validate', '--locale', 'ar', '--format', 'json', BROKEN]);
    const en = run(['validate', '--format', 'json', BROKEN]);
    expect(ar.code).toBe(en.code);
    expect(strip(ar.stdout)).toEqual(strip(en.stdout));
  });

  it('the exit codes do not change', () => {
    for (const args of [[VALID], [BROKEN], ['--fail-on', 'warning', BROKEN], ['nope.jsonl'], ['--bogus']])
      expect(run(['validate', '--locale', 'ar', ...args]).code).toBe(run(['validate', ...args]).code);
  });
});

describe('tansiq extract and export --locale ar', () => {
  it('extract: the text report in Arabic, the JSON and JSON Lines the same as in English', () => {
    const r = run(['extract', SEED, '--reference', '2022-06-16', '--locale', 'ar']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nالإشارات (');
    expect(r.stdout).toContain('\nالتواريخ (5)');
    expect(r.stdout).toContain('\nمسودات الاجتماعات (3)');
    expect(r.stdout).toContain('  3. جلسة عامة 2020-09-29 (forum.gctf)  الثقة 0.85');
    expect(r.stdout).toContain('     الأطراف: CA، EU، MA، forum.gctf');
    // Only the report's own words are checked: the article itself is Arabic anyway.
    const report = r.stdout.slice(r.stdout.indexOf('\nالإشارات ('));
    // Left out: quotes of the article, and names and places from the data (romanized names, cities).
    const ownLines = report
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('«'))
      .map((line) => {
        const name = line.indexOf('(غير مربوط بسجل: ');
        const city = line.indexOf(' في ');
        if (name >= 0) return line.slice(0, name);
        return city >= 0 ? line.slice(0, city) + line.slice(line.indexOf('  ', city)) : line;
      });
    expect(stderrEnglishWords(ownLines.join('\n'))).toEqual([]);
    for (const format of ['json', 'jsonl'])
      expect(
        run(['extract', SEED, '-r', '2022-06-16', '-f', format, '--locale', 'ar', '--url', 'https://example.org/a'])
          .stdout,
      ).toBe(run(['extract', SEED, '-r', '2022-06-16', '-f', format, '--url', 'https://example.org/a']).stdout);
    const noUrl = run(['extract', SEED, '-r', '2022-06-16', '-f', 'jsonl', '--locale', 'ar']);
    expect(noUrl.stderr).toBe(
      'tansiq: لم يُعطَ --url؛ سيأخذ سجل المقال العنوان المؤقت https://article.invalid/seed-article.txt\n',
    );
    const missing = run(['extract', 'nope.txt', '--locale', 'ar']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('tansiq: تتعذر قراءة nope.txt: ENOENT\n');
  });

  it('export: the summary and the report in Arabic, the export the same as in English', () => {
    const ar = run(['export', '--to', 'plover', '--locale', 'ar', SAMPLE]);
    const en = run(['export', '--to', 'plover', SAMPLE]);
    expect(ar.code).toBe(0);
    expect(ar.stdout).toBe(en.stdout);
    expect(normalize(ar.stderr).split('\n')[0]).toMatch(/^tansiq: (?:ملف واحد|\d+ ملفات?)، /);
    expect(ar.stderr).toMatch(
      /\nplover: السجلات الصالحة المقروءة \d+، والسجلات المرجعية المرفقة المضافة \d+، والكائنات المكتوبة \d+/,
    );
    expect(stderrEnglishWords(ar.stderr)).toEqual([]);
    const report = run(['export', '--to', 'plover', '--report', '--locale', 'ar', 'examples/', WITH_INVALID]);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('حقول تُركت (لا مكان لها في هذه الصيغة):');
    expect(report.stderr).toMatch(/تُخطّي meeting\.[^:]+: لا تاريخ بدء بيوم كامل/);
    expect(stderrEnglishWords(report.stderr)).toEqual([]);
  });
});

describe('tansiq date --locale ar', () => {
  it('the reason a text is not a date in Arabic; the JSON otherwise the same', () => {
    const message = (args: string[]): unknown =>
      (JSON.parse(run(args).stdout) as { error: { message: string } }).error.message;
    expect(message(['date', 'لا شيء', '--locale', 'ar'])).toBe('لم يُعثر على أي تعبير تاريخ');
    expect(message(['date', '31 فبراير 2021', '--locale', 'ar'])).toBe('هذا التاريخ غير موجود: "31 فبراير 2021"');
    expect(message(['date', 'أمس', '--locale', 'ar'])).toBe(
      'التاريخ النسبي يحتاج إلى تاريخ مرجعي (--reference): "أمس"',
    );
    expect(message(['date', 'أمس'])).toBe('a relative date needs options.reference: "أمس"');
    const ok = ['date', 'أمس', '--reference', '2022-06-16'];
    expect(run([...ok, '--locale', 'ar']).stdout).toBe(run(ok).stdout);
    expect(run(['date', 'لا شيء', '--locale', 'ar']).code).toBe(1);
  });
});

describe('help in Arabic', () => {
  it.each([
    [['--help', '--locale', 'ar'], 'الاستخدام: tansiq <command>'],
    [['--locale', 'ar', 'help', 'export'], 'الاستخدام: tansiq export'],
    [['validate', '--help', '--locale', 'ar'], 'الاستخدام: tansiq validate'],
    [['extract', '-h', '--locale=ar'], 'الاستخدام: tansiq extract'],
    [['schema', '--help', '--locale', 'ar'], 'الاستخدام: tansiq schema'],
    [['date', '--help', '--locale', 'ar'], 'الاستخدام: tansiq date'],
    [['name', '--help', '--locale', 'ar'], 'الاستخدام: tansiq name'],
  ])('%j', (args, start) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(start)).toBe(true);
  });

  it('with no command: the Arabic main help on stderr, exit 2', () => {
    const r = run(['--locale', 'ar']);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('الاستخدام: tansiq <command>')).toBe(true);
  });
});
