/**
 * Fuzz harness against the BUILT package (`npm run build` first):
 *
 *   npm run fuzz -- --seed 42 --count 5000        # full run
 *   npm run fuzz -- --seed 1 --count 300          # the CI smoke (part of `npm test`)
 *   npm run fuzz -- --only arabic|schemas|cli     # one area
 *
 * - Arabic: generated strings (Arabic letters, digits of every script, date and name words,
 *   particles, clitics, invisible characters, lone surrogates, random Unicode) into every
 *   exported function of `tansiq/arabic`: nothing throws except the documented typed errors;
 *   normalizeArabic and nameKey are idempotent; compareNames and namesMatch are symmetric;
 *   date matches and name warnings are valid spans, date matches ordered, non-overlapping and
 *   starting at word boundaries; format -> parse and Gregorian -> Hijri -> Gregorian round trips
 *   hold; time per call grows linearly (4x the input at most 6x the time, measured in the same
 *   run).
 * - Schemas: mutated example records (any value at any position, including values that are not
 *   JSON) into `RecordSchema.safeParse` and its compiled copy: never throws, same verdict and
 *   same issues.
 * - CLI: malformed files and random flags into the bin: exit code 0, 1 or 2 only, no stack
 *   trace, no "internal error", and `--format json` output that parses.
 *
 * The issue's own reproductions are always tried first (a regression corpus). Prints a summary
 * of inputs tried and each failure with a reproduction; exits 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import type * as ArabicApi from '../src/arabic/index.js';
import type * as SchemasApi from '../src/schemas/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BIN = join(DIST, 'cli/index.js');

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    count: { type: 'string' },
    only: { type: 'string' },
    verbose: { type: 'boolean' },
  },
});
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
const count = values.count === undefined ? 2000 : Number(values.count);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(count) || count < 1) {
  console.error(`fuzz: --seed and --count need integers (got ${values.seed}, ${values.count})`);
  process.exit(2);
}
const only = values.only;
if (!existsSync(BIN)) {
  console.error('fuzz: run `npm run build` first (the harness tests the built package)');
  process.exit(2);
}

interface Failure {
  area: string;
  check: string;
  repro: string;
  detail: string;
}
const failures: Failure[] = [];
const tried: Record<string, number> = { arabic: 0, 'arabic calls': 0, schemas: 0, 'cli files': 0, 'cli runs': 0 };
/** At most this many failures are kept per check (the rest are counted). */
const PER_CHECK = 3;
const perCheck = new Map<string, number>();

function fail(area: string, check: string, repro: string, detail: string): void {
  const n = (perCheck.get(check) ?? 0) + 1;
  perCheck.set(check, n);
  if (n <= PER_CHECK) failures.push({ area, check, repro, detail: detail.slice(0, 400) });
}

const show = (s: string): string =>
  s.length > 160 ? `${JSON.stringify(s.slice(0, 80))} … (${s.length} chars)` : JSON.stringify(s);
const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

// ---------------------------------------------------------------------------------------------
// Generators

const ARABIC_LETTERS = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي';
const WORDS = [
  // dates
  'شوال',
  'رمضان',
  'محرم',
  'ذو الحجة',
  'يناير',
  'يونيو',
  'كانون الثاني',
  'كانون الأول',
  'تموز',
  'أيار',
  'هـ',
  'م',
  'عام',
  'سنة',
  'أمس',
  'اليوم',
  'غدا',
  'منذ',
  'عامين',
  'الأحد',
  'الثلاثاء',
  'من',
  'في',
  'إلى',
  'حتى',
  'أوائل',
  'منتصف',
  'أواخر',
  'الماضي',
  'المقبل',
  'الثامن عشر',
  // names
  'محمد',
  'عبد',
  'اللطيف',
  'حموشي',
  'بن',
  'بنت',
  'ابن',
  'أبو',
  'آل',
  'ال',
  'سلمان',
  'سعود',
  'الحاج',
  'الشيخ',
  'الثاني',
  'Ali',
  'von',
  'van',
  'de',
  'al',
  'el',
  'bin',
  'ibn',
  'Abu',
  'Abdel',
  'Mohamed',
  'Hammouchi',
  'x',
  'Dr.',
  'al-Saud',
];
const DIGITS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];
const INVISIBLE = [
  '\u200F',
  '\u200E',
  '\u200C',
  '\u200D',
  '\u0640',
  '\u064E',
  '\u0651',
  '\u00A0',
  '\uFEFF',
  '\u202B',
  '\uD800',
  '\uDC00',
];
const CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وال', 'بال', 'لل'];
const SEPARATORS = [' ', ' ', ' ', '، ', ', ', '-', '/', '.', '\n', '\t', '(', ')', '«', '»'];

const digitString = fc
  .tuple(fc.constantFrom(...DIGITS), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 9999 }))
  .map(([set, width, n]) =>
    String(n)
      .padStart(width, '0')
      .replace(/\d/g, (d) => set[Number(d)] as string),
  );
const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: digitString },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CLITICS), fc.constantFrom(...WORDS)).map(([c, w]) => c + w) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...ARABIC_LETTERS), minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const phrase = fc
  .array(fc.tuple(token, fc.constantFrom(...SEPARATORS, '')), { maxLength: 12 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));
const anyString = fc.oneof(
  { weight: 6, arbitrary: phrase },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const isoDate = fc
  .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const reference = fc.option(
  isoDate.filter((d) => d >= '1900'),
  { nil: undefined },
);

/** The issue's reproductions (#17), tried before the generated inputs. */
const CORPUS = [
  '3 شوال1 يونيو 2021',
  'Ali von ' + 'x '.repeat(2000),
  '18 رمضان 963 هـ',
  '6 يناير 686',
  'محمد بن سلمان آل سعود',
  '\uD800\u200F٣ شوال',
  '',
];
const CORPUS_DATES = ['0686-01-06', '0622-07-19', '0100-03-01', '1580-05-31', '2021-12-18'];

// ---------------------------------------------------------------------------------------------
// Arabic

type Arabic = typeof ArabicApi;

function call<T>(name: string, input: string, f: () => T, allowed?: (e: unknown) => boolean): T | undefined {
  tried['arabic calls'] = (tried['arabic calls'] ?? 0) + 1;
  try {
    return f();
  } catch (e) {
    if (allowed?.(e) === true) return undefined;
    fail('arabic', `${name} throws`, `${name}(${show(input)})`, errorText(e));
    return undefined;
  }
}

const typedError = (e: unknown): boolean =>
  typeof (e as { code?: unknown } | undefined)?.code === 'string' &&
  /^[a-z]+(?:_[a-z]+)*$/.test((e as { code: string }).code);
const CLITIC_RUN = /^[وفبلك]{1,2}$/;
/**
 * The letters words are made of for the date scanner, as its documentation says: Arabic letters
 * (with the Persian and Urdu ones) and Latin a–z. A letter of another script ends a word, as a
 * digit or a sign does (ߌاليوم: اليوم is a word of its own).
 */
const WORD_LETTER = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FFa-z]$/i;

function checkSpans(
  name: string,
  input: string,
  spans: readonly { start: number; end: number; text?: string }[],
  ordered: boolean,
  repro: string,
): void {
  let last = 0;
  for (const s of spans) {
    if (!(
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.start <= s.end &&
      s.end <= input.length
    )) {
      fail('arabic', `${name}: span out of bounds`, repro, JSON.stringify(s));
      return;
    }
    if (s.text !== undefined && input.slice(s.start, s.end) !== s.text)
      fail('arabic', `${name}: span text differs from input.slice`, repro, JSON.stringify(s));
    if (ordered) {
      if (s.start < last)
        fail(
          'arabic',
          `${name}: matches overlap or are out of order`,
          repro,
          JSON.stringify(spans.map((x) => [x.start, x.end, x.text])),
        );
      last = s.end;
      // A match starting with a letter must not start inside a word (a one- or two-letter
      // clitic such as و or بال before it is fine).
      if (
        s.start > 0 &&
        WORD_LETTER.test(input.slice(s.start, s.start + 1)) &&
        WORD_LETTER.test(input.slice(s.start - 1, s.start))
      ) {
        // The letters just before the match (at most three are looked at: clitics are short).
        let before = '';
        for (let k = s.start - 1; k >= 0 && before.length < 4 && WORD_LETTER.test(input[k] as string); k--)
          before = (input[k] as string) + before;
        if (!CLITIC_RUN.test(before) && !/^(?:وال|بال|لل|فال|كال)$/.test(before)) {
          fail(
            'arabic',
            `${name}: match starts inside a word`,
            repro,
            JSON.stringify([s.start, s.end, s.text, before]),
          );
        }
      }
    }
  }
}

/** Median of three timings of `f` in ms. */
function time(f: () => unknown): number {
  const t: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[1] as number;
}

function arabicOnce(A: Arabic, input: string, other: string, ref: string | undefined): void {
  tried['arabic'] = (tried['arabic'] ?? 0) + 1;
  const norm = call('normalizeArabic', input, () => A.normalizeArabic(input));
  if (norm !== undefined && A.normalizeArabic(norm) !== norm)
    fail('arabic', 'normalizeArabic is not idempotent', `normalizeArabic(${show(input)})`, show(norm));
  const allNorm = call(
    'normalizeArabic (every fold)',
    input,
    () => A.normalizeArabic(input, { alef: true, alefMaqsura: true, taMarbuta: true, hamza: true, digits: true }),
    typedError,
  );
  if (allNorm !== undefined) {
    const again = call(
      'normalizeArabic (every fold)',
      allNorm,
      () => A.normalizeArabic(allNorm, { alef: true, alefMaqsura: true, taMarbuta: true, hamza: true, digits: true }),
      typedError,
    );
    if (again !== undefined && again !== allNorm)
      fail(
        'arabic',
        'normalizeArabic (every fold) is not idempotent',
        `normalizeArabic(${show(input)}, every fold)`,
        show(allNorm),
      );
  }
  call('transliterate', input, () => A.transliterate(input));
  call('untransliterate', input, () => A.untransliterate(input));
  const key = call('nameKey', input, () => A.nameKey(input));
  if (key !== undefined && A.nameKey(key) !== key)
    fail('arabic', 'nameKey is not idempotent', `nameKey(${show(input)})`, `${show(key)} -> ${show(A.nameKey(key))}`);
  call('parseArabicName', input, () => A.parseArabicName(input));
  call('romanizeArabicName', input, () => A.romanizeArabicName(input));
  const warnings = call('inspectName', input, () => A.inspectName(input));
  if (warnings !== undefined)
    checkSpans(
      'inspectName',
      input,
      warnings.map((w) => ({ start: w.offset, end: w.offset + w.length, text: w.text })),
      false,
      `inspectName(${show(input)})`,
    );
  const ab = call('compareNames', input, () => A.compareNames(input, other));
  const ba = call('compareNames', other, () => A.compareNames(other, input));
  if (ab !== undefined && ba !== undefined) {
    if (!(ab >= 0 && ab <= 1))
      fail('arabic', 'compareNames outside [0, 1]', `compareNames(${show(input)}, ${show(other)})`, String(ab));
    if (ab !== ba)
      fail('arabic', 'compareNames is not symmetric', `compareNames(${show(input)}, ${show(other)})`, `${ab} vs ${ba}`);
  }
  const m1 = call('namesMatch', input, () => A.namesMatch(input, other));
  const m2 = call('namesMatch', other, () => A.namesMatch(other, input));
  if (m1 !== undefined && m2 !== undefined && m1 !== m2)
    fail('arabic', 'namesMatch is not symmetric', `namesMatch(${show(input)}, ${show(other)})`, `${m1} vs ${m2}`);
  const options = ref === undefined ? {} : { reference: ref };
  const found = call('findArabicDates', input, () => A.findArabicDates(input, options));
  if (found !== undefined) {
    checkSpans(
      'findArabicDates',
      input,
      found.map((d) => ({ start: d.index, end: d.endIndex, text: d.text })),
      true,
      `findArabicDates(${show(input)}, ${JSON.stringify(options)})`,
    );
  }
  call('safeParseArabicDate', input, () => A.safeParseArabicDate(input, options));
  call(
    'parseArabicDate',
    input,
    () => A.parseArabicDate(input, options),
    (e) => e instanceof A.ArabicDateError && typedError(e),
  );
}

function roundTrip(A: Arabic, iso: string): void {
  tried['arabic'] = (tried['arabic'] ?? 0) + 1;
  for (const calendar of ['gregorian', 'hijri'] as const) {
    const text = call(
      'formatArabicDate',
      iso,
      () => A.formatArabicDate(iso, { calendar }),
      (e) => e instanceof A.ArabicDateError || typedError(e),
    );
    if (text === undefined) continue;
    const back = call(
      'parseArabicDate',
      text,
      () => A.parseArabicDate(text),
      () => true,
    );
    const backIso = back?.iso;
    if (backIso !== iso) {
      const result = A.safeParseArabicDate(text);
      fail(
        'arabic',
        `formatArabicDate -> parseArabicDate round trip (${calendar})`,
        `parseArabicDate(formatArabicDate(${JSON.stringify(iso)}, { calendar: '${calendar}' }))`,
        `${show(text)} -> ${result.success ? result.data.iso : result.error.code}`,
      );
    }
  }
  const hijri = call(
    'toHijri',
    iso,
    () => A.toHijri(iso),
    (e) => e instanceof A.ArabicDateError || typedError(e),
  );
  if (hijri !== undefined) {
    const back = call('fromHijri', JSON.stringify(hijri), () => A.fromHijri(hijri), typedError);
    if (back !== undefined && back !== iso)
      fail(
        'arabic',
        'fromHijri(toHijri(d)) round trip',
        `fromHijri(toHijri(${JSON.stringify(iso)}))`,
        `${JSON.stringify(hijri)} -> ${back}`,
      );
  }
}

const TIMED: [string, (A: Arabic, s: string) => unknown][] = [
  ['normalizeArabic', (A, s) => A.normalizeArabic(s)],
  ['transliterate', (A, s) => A.transliterate(s)],
  ['untransliterate', (A, s) => A.untransliterate(s)],
  ['nameKey', (A, s) => A.nameKey(s)],
  ['parseArabicName', (A, s) => A.parseArabicName(s)],
  ['romanizeArabicName', (A, s) => A.romanizeArabicName(s)],
  ['inspectName', (A, s) => A.inspectName(s)],
  ['compareNames', (A, s) => A.compareNames(s, 'محمد بن سلمان')],
  ['findArabicDates', (A, s) => A.findArabicDates(s, { reference: '2021-12-18' })],
  ['safeParseArabicDate', (A, s) => A.safeParseArabicDate(s, { reference: '2021-12-18' })],
];

/**
 * Four times the input may take at most twelve times as long, plus 50 ms of slack; a quadratic
 * function takes sixteen times as long. Both sizes are large (60,000 characters and more) on
 * purpose: below that a function's whole working set stays in V8's young generation and runs
 * several times faster per character than above it, which made a linear function look quadratic
 * between a small and a large input. Each size is timed more than once and the best time counts;
 * a machine under load pauses now and then, so a failing measurement is repeated twice and fails
 * only if every attempt does.
 */
function linearTime(A: Arabic, fragment: string, size = 60_000, prefix = ''): void {
  if (fragment.length === 0) return;
  const times = Math.ceil(Math.max(size, 60_000) / fragment.length);
  const small = prefix + fragment.repeat(times);
  const large = prefix + fragment.repeat(4 * times);
  for (const [name, f] of TIMED) {
    try {
      let detail = '';
      for (let attempt = 0; attempt < 3; attempt++) {
        tried['arabic calls'] = (tried['arabic calls'] ?? 0) + 4;
        const t1 = Math.min(
          time(() => f(A, small)),
          time(() => f(A, small)),
        );
        if (t1 > 5_000) {
          detail = `${t1.toFixed(0)} ms for ${small.length} chars`;
          break;
        }
        const t2 = Math.min(
          time(() => f(A, large)),
          time(() => f(A, large)),
        );
        if (t2 <= 12 * t1 + 50) {
          detail = '';
          break;
        }
        detail = `${small.length} chars: ${t1.toFixed(1)} ms, ${large.length} chars: ${t2.toFixed(1)} ms`;
      }
      if (detail !== '') fail('arabic', `${name}: time is not linear`, `${name}(${show(large)})`, detail);
    } catch (e) {
      fail('arabic', `${name} throws`, `${name}(${show(small)})`, errorText(e));
    }
  }
}

async function fuzzArabic(n: number): Promise<void> {
  const A = (await import(pathToFileURL(join(DIST, 'arabic/index.js')).href)) as Arabic;
  for (const s of CORPUS) arabicOnce(A, s, CORPUS[0] as string, '2021-12-18');
  for (const iso of CORPUS_DATES) roundTrip(A, iso);
  linearTime(A, 'x ', 30_000, 'Ali von ');
  const inputs = fc.sample(fc.tuple(anyString, anyString, reference), { seed, numRuns: n });
  for (const [a, b, ref] of inputs) arabicOnce(A, a, b, ref);
  for (const iso of fc.sample(isoDate, { seed: seed + 1, numRuns: Math.ceil(n / 4) })) roundTrip(A, iso);
  const fragments = fc.sample(
    phrase.filter((p) => p.length > 3),
    { seed: seed + 2, numRuns: Math.max(2, Math.ceil(n / 500)) },
  );
  for (const f of fragments) linearTime(A, f + ' ');
}

// ---------------------------------------------------------------------------------------------
// Schemas

type Schemas = typeof SchemasApi;
type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const thrower = (what: string) => (): never => {
  throw new Error(what);
};
const exotic: (() => unknown)[] = [
  () => Object.create(null),
  () => Symbol('s'),
  () => 10n,
  () => ({ toString: thrower('toString'), valueOf: thrower('valueOf') }),
  () => new Proxy({}, { get: thrower('get'), ownKeys: thrower('ownKeys') }),
  () => {
    const p = Proxy.revocable({}, {});
    p.revoke();
    return p.proxy;
  },
];

function mutate(record: unknown, path: Path, kind: number, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (kind === 0) delete at[last];
  else if (kind === 1) Object.defineProperty(at, last, { get: thrower('getter'), enumerable: true });
  else if (kind === 2) at[`${String(last)}_x`] = value;
  else at[last] = value;
  return copy;
}

async function fuzzSchemas(n: number): Promise<void> {
  const S = (await import(pathToFileURL(join(DIST, 'schemas/index.js')).href)) as Schemas;
  // RecordSchema takes its generated fast path by default; `{ jitless: true }` is the runtime parser alone.
  const runtime = { safeParse: (input: unknown) => S.RecordSchema.safeParse(input, { jitless: true }) };
  const dir = join(ROOT, 'tests/fixtures/schemas/records');
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
  const sites = records.flatMap((r, i) => paths(r).map((p) => [i, p] as const));
  const value = fc.oneof(
    fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withBoxedValues: true,
    }),
    fc.integer({ min: 0, max: exotic.length - 1 }).map((i) => ({ exotic: i })),
  );
  const cases = fc.sample(
    fc.tuple(fc.integer({ min: 0, max: sites.length - 1 }), fc.integer({ min: 0, max: 6 }), value),
    { seed: seed + 3, numRuns: n },
  );
  for (const [site, kind, v] of cases) {
    tried['schemas'] = (tried['schemas'] ?? 0) + 1;
    const [r, path] = sites[site] as readonly [number, Path];
    const raw =
      typeof v === 'object' && v !== null && 'exotic' in v && Object.keys(v).length === 1
        ? (exotic[(v as { exotic: number }).exotic] as () => unknown)()
        : v;
    const input = mutate(records[r], path, kind, raw);
    const repro = `RecordSchema.safeParse(fixture ${r} with ${['delete', 'throwing getter', 'extra key', 'value', 'value', 'value', 'value'][kind]} at /${path.join('/')}: ${String(typeof raw === 'symbol' ? 'Symbol' : safeJson(raw)).slice(0, 120)})`;
    let a: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } } | undefined;
    let b: typeof a;
    try {
      a = S.RecordSchema.safeParse(input);
      void a.error?.issues;
    } catch (e) {
      fail('schemas', 'RecordSchema.safeParse throws', repro, errorText(e));
    }
    try {
      b = runtime.safeParse(input);
      void b.error?.issues;
    } catch (e) {
      fail('schemas', 'runtime-parser safeParse throws', repro, errorText(e));
    }
    if (a !== undefined && b !== undefined) {
      const issues = (x: NonNullable<typeof a>): string =>
        JSON.stringify((x.error?.issues ?? []).map((i) => `${i.path.map(String).join('/')} ${i.code}`).sort());
      if (a.success !== b.success || issues(a) !== issues(b))
        fail('schemas', 'fast path != runtime parser', repro, `${issues(a)} vs ${issues(b)}`);
    }
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    try {
      return Object.prototype.toString.call(v);
    } catch {
      return '(unprintable value)';
    }
  }
}

// ---------------------------------------------------------------------------------------------
// CLI

const STACK = /\n {2,}at |internal error|خطأ داخلي|Error: /; // the CLI's internal error in English or Arabic (--locale ar)

function runBin(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  tried['cli runs'] = (tried['cli runs'] ?? 0) + 1;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    env: { PATH: process.env['PATH'] ?? '' },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function checkRun(args: string[], r: ReturnType<typeof runBin>, json: boolean): void {
  const repro = `tansiq ${args.map((a) => (/^[\w./=-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`;
  if (r.code !== 0 && r.code !== 1 && r.code !== 2)
    fail('cli', 'exit code not 0, 1 or 2', repro, `exit ${r.code}: ${r.stderr.slice(-300)}`);
  if (STACK.test(r.stderr) || STACK.test(r.stdout.slice(0, 2000)))
    fail('cli', 'stack trace or internal error', repro, r.stderr.slice(0, 300));
  if (json && r.code !== 2) {
    try {
      JSON.parse(r.stdout);
    } catch (e) {
      fail('cli', '--format json output does not parse', repro, errorText(e));
    }
  }
}

const validLine = '{"type":"person","id":"person.p","name":"P","sources":[{"url":"https://example.org/"}]}';
const fileContent = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => Buffer.from(s)),
  fc
    .tuple(fc.integer({ min: 0, max: validLine.length }), fc.string({ maxLength: 5 }))
    .map(([cut, junk]) => Buffer.from(validLine.slice(0, cut) + junk + '\n' + validLine)),
  fc
    .integer({ min: 1, max: 5000 })
    .map((d) => Buffer.from('{"type":"person","extensions":' + '['.repeat(d) + ']'.repeat(d) + '}')),
  fc.constantFrom(
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from([0xff, 0xfe, 0x00]),
    Buffer.from('\n\n\r\n'),
    Buffer.from('[]'),
    Buffer.from('[1,'),
    Buffer.from('{"__proto__":{"x":1}}'),
  ),
  fc.anything().map((v) => Buffer.from(safeJson(v) + '\n' + safeJson([v]))),
);
const flagWord = fc.constantFrom(
  '--format',
  '-f',
  '--max-errors',
  '--max-issues',
  '--fail-on',
  '--no-reference-data',
  '--locale',
  '--jobs',
  '-j',
  '--quiet',
  '-q',
  '--help',
  '-h',
  '--list',
  '--reference',
  '--',
  '-',
  '--bogus',
  '-x',
);
const flagValue = fc.oneof(
  fc.constantFrom(
    '-1',
    '0',
    '1',
    '2',
    '1e3',
    'json',
    'text',
    'github',
    'auto',
    'ar',
    'en',
    'warning',
    '',
    '=',
    '2021-12-18',
    '٣',
  ),
  fc.string({ maxLength: 6 }),
);
const argv = fc.tuple(
  fc.constantFrom('validate', 'validate', 'validate', 'schema', 'date', 'name', 'help', '--version', 'bogus'),
  fc.array(
    fc.oneof(
      flagWord,
      flagValue,
      flagWord.chain((f) => flagValue.map((v) => `${f}=${v}`)),
    ),
    { maxLength: 6 },
  ),
);

async function fuzzCli(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tansiq-fuzz-'));
  try {
    const files = fc.sample(fileContent, { seed: seed + 4, numRuns: n });
    const folder = join(dir, 'data');
    mkdirSync(folder);
    files.forEach((b, i) =>
      writeFileSync(join(folder, `f${String(i).padStart(4, '0')}.${i % 3 === 0 ? 'json' : 'jsonl'}`), b),
    );
    tried['cli files'] = files.length;
    for (const format of ['json', 'text', 'github']) {
      const args = ['validate', '--format', format, folder];
      checkRun(args, runBin(args), format === 'json');
    }
    const stdin = Buffer.concat(files.slice(0, 50).map((b) => Buffer.concat([b, Buffer.from('\n')]))).toString(
      'latin1',
    );
    checkRun(['validate', '--format', 'json', '-'], runBin(['validate', '--format', 'json', '-'], stdin), true);
    const runs = fc.sample(argv, { seed: seed + 5, numRuns: Math.max(4, Math.ceil(n / 10)) });
    for (const [command, rest] of runs) {
      const args = command === 'validate' ? [command, ...rest, join(folder, 'f0001.jsonl')] : [command, ...rest];
      checkRun(args, runBin(args), false);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

const started = performance.now();
if (only === undefined || only === 'arabic') await fuzzArabic(count);
if (only === undefined || only === 'schemas') await fuzzSchemas(count);
if (only === undefined || only === 'cli') await fuzzCli(Math.max(10, Math.ceil(count / 20)));

console.log(`tansiq fuzz: seed ${seed}, count ${count}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `tried: ${Object.entries(tried)
    .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
    .join(', ')}`,
);
if (failures.length === 0) {
  console.log('no failure');
} else {
  const total = [...perCheck.values()].reduce((a, b) => a + b, 0);
  console.log(`${total} failure(s) in ${perCheck.size} check(s) (up to ${PER_CHECK} shown per check):`);
  for (const [check, n] of perCheck) {
    console.log(`\n✗ ${check} (${n}×)`);
    for (const f of failures.filter((x) => x.check === check)) console.log(`  repro: ${f.repro}\n         ${f.detail}`);
  }
  console.log(
    `\nreproduce the run: npm run fuzz -- --seed ${seed} --count ${count}${only === undefined ? '' : ` --only ${only}`}`,
  );
}
process.exitCode = failures.length === 0 ? 0 : 1;
