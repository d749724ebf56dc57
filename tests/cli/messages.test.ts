// The CLI's message catalogue (src/cli/_lib/messages.ts) and what is written from it: every
// message in both languages, the English texts word for word what the library's formatters write,
// the Arabic number forms, the lenient `--locale` reading and parseArgs' errors.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createExportReport, formatExportReport } from '../../src/export/index.js';
import type { ExportReport } from '../../src/export/index.js';
import { formatGithubChunks, formatGithubSummary, formatSummary, validateRecords } from '../../src/validate/index.js';
import type { ValidationResult, ValidationSummary } from '../../src/validate/index.js';
import { parseArgsText } from '../../src/cli/_lib/args.js';
import { helpText, HELP, HELP_AR } from '../../src/cli/_lib/help.js';
import { takeLocale } from '../../src/cli/_lib/locale.js';
import { CLI_MESSAGES, cliMessagesIn, MEETING_WORDS_AR } from '../../src/cli/_lib/messages.js';
import type { CliMessageId } from '../../src/cli/_lib/messages.js';
import {
  exportReportText,
  githubChunk,
  githubJobSummary,
  skipReason,
  summaryLine,
} from '../../src/cli/_lib/summary.js';
import { MEETING_KINDS, PARTICIPANT_ROLES } from '../../src/schemas/index.js';
import { safeParseArabicDate } from '../../src/arabic/index.js';

const en = cliMessagesIn('en');
const ar = cliMessagesIn('ar');
const IDS = Object.keys(CLI_MESSAGES) as CliMessageId[];
const ARABIC_LETTER = /[\u0621-\u064A]/;
const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
const forms = (t: string | Readonly<Record<string, string>>): string[] =>
  typeof t === 'string' ? [t] : Object.values(t);
/** Messages whose English text is parseArgs' or the library's own (`{detail}`), Arabic written from its parts. */
const DETAIL_ONLY = new Set<CliMessageId>([
  'unknown_option',
  'option_argument_missing',
  'option_no_argument',
  'bad_arguments',
  'bad_reference_date',
]);
/** Latin words an Arabic message may hold: option values, format and standard names. */
const LATIN_OK = new Set([
  'tansiq',
  'validate',
  'help',
  'extract',
  'name',
  'schema',
  'jsonl',
  'format',
  'reference',
  'url',
  'report',
  'to',
  'jobs',
  'http',
  'https',
  'stdin',
  'ftm',
  'popolo',
  'jsonld',
  'plover',
  'Popolo',
]);

describe('the catalogue of the CLI messages', () => {
  it.each(IDS)('%s: English and Arabic, with the same placeholders, Arabic words', (id) => {
    const entry = CLI_MESSAGES[id] as { en: string | Record<string, string>; ar: string | Record<string, string> };
    const enForms = forms(entry.en);
    const arForms = forms(entry.ar);
    for (const t of [...enForms, ...arForms]) expect(t.length).toBeGreaterThan(0);
    const enNames = placeholders(enForms.join(' '));
    for (const t of arForms) {
      if (DETAIL_ONLY.has(id)) expect(enNames).toEqual(['detail']);
      else expect(placeholders(t)).toEqual(enNames.filter((n) => n !== 'n' || placeholders(t).includes('n')));
      const latin =
        t
          .replace(/\{\w+\}/g, ' ')
          .replace(/'[^']*'|"[^"]*"/g, ' ')
          .match(/(?<![-\w])[a-z]\w*/gi) ?? [];
      // Acronyms (JSON, URL, IRI, PLOVER…) and option names stay in Latin script.
      const words = latin.filter((w) => !/^[A-Z\d]+$/.test(w) && !LATIN_OK.has(w));
      expect(words).toEqual([]);
    }
  });

  it('plural forms: every Arabic category (zero, one, two, few, many, other) where the English has a count', () => {
    const files = (n: number): string => ar('n_files', { n });
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].map(files)).toEqual([
      'لا ملفات',
      'ملف واحد',
      'ملفان',
      '3 ملفات',
      '10 ملفات',
      '11 ملفًا',
      '99 ملفًا',
      '100 ملف',
      '101 ملف',
      '102 ملف',
      '103 ملفات',
      '111 ملفًا',
    ]);
    expect([0, 1, 2].map((n) => en('n_files', { n }))).toEqual(['0 files', '1 file', '2 files']);
    expect(ar('n_errors', { n: 25 })).toBe('25 خطأً');
    expect(ar('n_warnings', { n: 2 })).toBe('تحذيران');
  });

  it('writes lists with the language separator and nested messages in the same language', () => {
    expect(en('needs_one_of', { list: ['a', 'b'] })).toBe('must be one of a, b');
    expect(ar('needs_one_of', { list: ['a', 'b'] })).toBe('يجب أن تكون قيمته إحدى القيم (a، b)');
    const needs = { id: 'needs_positive_integer' } as const;
    expect(ar('option_no_value', { flag: '--jobs', needs })).toBe(
      'الخيار --jobs يحتاج إلى عدد صحيح موجب، ولم تُعطَ أي قيمة',
    );
  });

  it('labels every meeting kind and participant role of the schema in Arabic', () => {
    for (const word of [...MEETING_KINDS, ...PARTICIPANT_ROLES]) expect(MEETING_WORDS_AR[word]).toMatch(ARABIC_LETTER);
  });
});

/** Summaries with any counts (fast-check). */
const summaries: fc.Arbitrary<ValidationSummary> = fc.record({
  files: fc.nat(2000),
  records: fc.nat(3_000_000),
  invalidRecords: fc.nat(1000),
  errors: fc.nat(5000),
  warnings: fc.nat(5000),
  durationMs: fc.nat(10_000_000),
  truncated: fc.boolean(),
  omitted: fc.nat(5000),
});

describe('the summary line', () => {
  it('is, in English, what formatSummary writes (any counts)', () => {
    fc.assert(
      fc.property(summaries, (summary) => {
        const result = { ...validateRecords([]), summary } as ValidationResult;
        expect(summaryLine(en, summary)).toBe(formatSummary(result));
      }),
    );
  });

  it('is, in Arabic, the same counts with Arabic nouns, and no English word (any counts)', () => {
    fc.assert(
      fc.property(summaries, (s) => {
        const line = summaryLine(ar, s);
        expect(line.startsWith('tansiq: ')).toBe(true);
        expect(line.endsWith('\n')).toBe(true);
        expect(line.slice('tansiq: '.length)).not.toMatch(/[a-z]/i);
        expect(line).toContain(`${(s.durationMs / 1000).toFixed(2)} ثانية`);
      }),
    );
    expect(
      summaryLine(ar, {
        files: 8,
        records: 39,
        invalidRecords: 25,
        errors: 36,
        warnings: 5,
        durationMs: 50,
        truncated: false,
        omitted: 2,
      }),
    ).toBe(
      'tansiq: 8 ملفات، 39 سجلًا (غير الصالح منها: 25)، 36 خطأً، 5 تحذيرات، 0.05 ثانية (مشكلتان أُحصيت ولم تُسرد لتجاوز الحد)\n',
    );
  });
});

/** A report with every kind of line, and every reason the exporters give for a skip. */
function fullReport(): ExportReport {
  const report = createExportReport('plover');
  report.records = 12;
  report.referenceRecords = 3;
  report.written = 7;
  report.leftOut = { 'meeting.location.precision': 2, 'agency.kind': 1 };
  report.droppedReferences = 4;
  report.skipped = [
    "status 'postponed' is not an event in PLOVER",
    'no full-day start date (PLOVER needs YYYY-MM-DD)',
    'no party with a PLOVER code',
    'CONSULT+COOPERATE needs a recipient and the meeting names only one party',
    'COOPERATE needs an actor and a recipient',
    'CONSULT needs an actor',
    "unknown record type 'gadget'",
    'its organization is not in the export (a Popolo post needs one)',
    'no organization or post in the export',
  ].map((reason, i) => ({ id: `meeting.m${i}`, reason }));
  return report;
}

describe('the export report', () => {
  it('is, in English, what formatExportReport writes', () => {
    const report = fullReport();
    expect(exportReportText(en, report)).toBe(formatExportReport(report));
    const empty = createExportReport('ftm');
    expect(exportReportText(en, empty)).toBe(formatExportReport(empty));
  });

  it('is, in Arabic, every line in Arabic, every skip reason included', () => {
    const text = exportReportText(ar, fullReport());
    const words = text
      .replace(/'[^']*'/g, ' ')
      .split(/\s+/)
      .filter((t) => !/[./:+]/.test(t))
      .join(' ')
      .match(/\b[a-z][\w-]*/gi);
    expect((words ?? []).filter((w) => !/^[A-Z\d-]+$/.test(w) && w !== 'report' && w !== 'Popolo')).toEqual([]);
    expect(text).toContain('meeting.location.precision: عدد السجلات 2');
    expect(skipReason(ar, 'a reason no exporter gives')).toBe('سبب آخر: a reason no exporter gives');
    expect(skipReason(en, 'anything')).toBe('anything');
  });
});

describe('--format github', () => {
  const many = validateRecords(
    Array.from({ length: 14 }, (_, i) => ({ type: 'person', id: `person.p${i}`, name: 5, sources: [] })),
  );

  it('keeps the English commands and job summary as the library writes them', () => {
    for (const chunk of formatGithubChunks(many)) expect(githubChunk(en, chunk)).toBe(chunk);
    expect(githubJobSummary(en, many)).toBe(formatGithubSummary(many));
  });

  it('writes the closing notice and the job summary in Arabic, rows and structure unchanged', () => {
    const chunks = [...formatGithubChunks(many)];
    const arabic = chunks.map((c) => githubChunk(ar, c)).join('');
    const english = chunks.join('');
    expect(english).toMatch(/::notice title=tansiq::\d+ more issues were not annotated/);
    expect(arabic.split('\n').slice(0, -2)).toEqual(english.split('\n').slice(0, -2));
    expect(arabic.split('\n').at(-2)).toMatch(/^::notice title=tansiq::[^a-z]*$/);
    const summary = githubJobSummary(ar, many);
    const englishSummary = formatGithubSummary(many, { maxRows: 1000 });
    expect(summary.split('\n')).toHaveLength(englishSummary.split('\n').length);
    expect(summary).toContain('| الملف | السطر | العمود | الخطورة | الرمز | المؤشر | الرسالة |');
    expect(summary).toContain('| `<input>` |  |  | خطأ | `invalid_type` | `/0/name` |');
    expect(summary.split('\n')[0]).toBe('### tansiq validate: 14 خطأً، لا تحذيرات');
    expect(githubJobSummary(ar, validateRecords([]))).toBe(
      '### tansiq validate: لا مشكلات\n\nلا ملفات، لا سجلات (غير الصالح منها: 0).\n',
    );
  });
});

describe("tansiq date's reasons", () => {
  it.each([
    ['لا شيء', {}, 'date_no_date'],
    ['31 فبراير 2021', {}, 'date_invalid_date'],
    ['أمس', {}, 'date_reference_required'],
  ] as const)('%s: the English template is the library message', (text, options, id) => {
    const result = safeParseArabicDate(text, options);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(`date_${result.error.code}`).toBe(id);
    const expected =
      result.error.text === '' ? en(id) : en('date_error_at', { reason: en(id), text: result.error.text });
    expect(result.error.message).toBe(expected);
  });
});

describe('--locale, read first', () => {
  it.each([
    [['validate', '--locale', 'ar', 'x'], 'ar', ['validate', 'x']],
    [['--locale', 'ar', 'validate', 'x'], 'ar', ['validate', 'x']],
    [['validate', 'x', '--locale=ar'], 'ar', ['validate', 'x']],
    [['validate', '--locale', 'ar', '--locale', 'en', 'x'], 'en', ['validate', 'x']],
    [['validate', '--locale', 'fr', 'x'], 'en', ['validate', '--locale', 'fr', 'x']],
    [['validate', '--locale=fr', '--locale', 'ar'], 'ar', ['validate', '--locale=fr']],
    [['validate', 'x', '--locale'], 'en', ['validate', 'x', '--locale']],
    [['validate', '--', '--locale', 'ar'], 'en', ['validate', '--', '--locale', 'ar']],
  ])('%j', (args, language, rest) => {
    expect(takeLocale(args)).toEqual({ language, args: rest });
  });
});

describe("parseArgs' errors", () => {
  const error = (args: string[]): unknown => {
    try {
      parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: { quiet: { type: 'boolean', short: 'q' }, format: { type: 'string', short: 'f' } },
      });
    } catch (e) {
      return e;
    }
    throw new Error('no error');
  };

  it.each([
    [['--bogus'], "unknown option '--bogus'", "خيار غير معروف '--bogus'"],
    [['-qx'], "unknown option '-x'", "خيار غير معروف '-x'"],
    [["--it's"], "unknown option '--it's'", "خيار غير معروف '--it's'"],
    [['-qf'], "option '-f, --format <value>' argument missing", "الخيار '-f, --format <value>' يحتاج إلى قيمة"],
    [['--quiet=1'], "option '-q, --quiet' does not take an argument", "الخيار '-q, --quiet' لا يأخذ قيمة"],
  ])('%j', (args, english, arabic) => {
    const text = parseArgsText(error(args));
    expect(en.text(text)).toBe(english);
    expect(ar.text(text)).toBe(arabic);
  });

  it('anything else: the English text as it is, a general Arabic message', () => {
    const text = parseArgsText(new Error('Something new. More'));
    expect(en.text(text)).toBe('something new');
    expect(ar.text(text)).toBe('وسائط سطر الأوامر غير صالحة');
  });
});

describe('help', () => {
  it('has an Arabic text for every command, with the same options', () => {
    expect(Object.keys(HELP_AR).sort()).toEqual(Object.keys(HELP).sort());
    for (const [command, text] of Object.entries(HELP)) {
      const options = (t: string): string[] => (t.match(/(?<![\w-])--?[a-z][\w-]*/g) ?? []).sort();
      expect(options(HELP_AR[command] ?? '')).toEqual(options(text));
      expect(helpText(command, 'ar')).toMatch(/^الاستخدام: tansiq/);
      expect(helpText(command, 'en')).toBe(text);
    }
    expect(helpText('nope', 'ar')).toBe(HELP_AR['main']);
  });
});
