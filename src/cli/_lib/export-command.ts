import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { ExportFormat, ExportStream, FollowTheMoneyOptions, JsonLdOptions } from '../../export/index.js';
import {
  createExportReport,
  createFollowTheMoneyStream,
  createPloverStream,
  toJsonLd,
  toPopolo,
} from '../../export/index.js';
import type { TansiqRecord } from '../../schemas/index.js';
import type { ValidateOptions, ValidationIssue, ValidationResult } from '../../validate/index.js';
import { formatText, getExitCode, readRecords, validateFiles } from '../../validate/index.js';
import * as z from 'zod';
import { helpText } from './help.js';
import { LOCALE_OPTION, oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { cliText } from './messages.js';
import type { CliSay, CliText } from './messages.js';
import { exportReportText, summaryLine } from './summary.js';
import type { OptionSpec } from './args.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

const FORMATS = ['ftm', 'popolo', 'jsonld', 'plover'] as const;

/** An option whose value must match a pattern; `needs` says what it must be in the message. */
function matching(pattern: RegExp, needs: CliText): OptionSpec {
  return { type: 'string', needs, check: (raw) => (pattern.test(raw) ? raw : undefined) };
}

/** Options of `tansiq export`. */
export const EXPORT_OPTIONS = {
  to: oneOf(FORMATS, 't'),
  output: {
    type: 'string',
    short: 'o',
    needs: cliText('needs_file_path'),
    check: (raw: string) => (raw === '' ? undefined : raw),
  },
  partial: { type: 'boolean' },
  'id-prefix': matching(/^[0-9a-z][0-9a-z.-]*$/i, cliText('needs_id_prefix')),
  'base-iri': matching(/^[a-z][a-z0-9+.-]*:\S*$/i, cliText('needs_iri')),
  'ftm-version': {
    type: 'string',
    needs: cliText('needs_ftm_version'),
    check: (raw: string) => (raw === '3' ? 3 : raw === '4' ? 4 : undefined),
  },
  'fail-on': oneOf(['error', 'warning']),
  'max-issues': positiveInteger(),
  report: { type: 'boolean' },
  locale: LOCALE_OPTION,
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/**
 * The records that failed validation, per file: their line (JSON Lines) or their index in the
 * document's array (`.json`, from the first pointer segment; -1 for a lone record). Numbers in
 * sets: compact, and complete whatever `--max-issues` lists.
 */
class InvalidRecords {
  private readonly byFile = new Map<string, Set<number>>();

  /** Where a record sits in its file: line for JSON Lines, array index (-1: the whole document) for `.json`. */
  private static position(file: string, line: number | undefined, pointer: string): number | undefined {
    if (!file.toLowerCase().endsWith('.json')) return line;
    const first = pointer.split('/')[1] ?? '';
    return /^(?:0|[1-9]\d*)$/.test(first) ? Number(first) : -1;
  }

  add(file: string, line: number | undefined, pointer: string): void {
    const at = InvalidRecords.position(file, line, pointer);
    if (at === undefined) return;
    let set = this.byFile.get(file);
    if (set === undefined) this.byFile.set(file, (set = new Set()));
    set.add(at);
  }

  has(file: string, line: number, pointer: string): boolean {
    const at = InvalidRecords.position(file, line, pointer);
    return at !== undefined && this.byFile.get(file)?.has(at) === true;
  }
}

/** Writes a string and waits when the stream asks for it (flat memory on large exports). */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

async function* validRecords(paths: readonly string[], invalid: InvalidRecords): AsyncGenerator<TansiqRecord> {
  for await (const entry of readRecords(paths)) {
    if (invalid.has(entry.file, entry.line, entry.pointer)) continue;
    yield entry.value as TansiqRecord;
  }
}

/** Collects an async iterable into an array (Popolo and JSON-LD are one document). */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** `tansiq export`: returns the exit code. */
export async function exportCommand(
  args: string[],
  io: Io,
  say: CliSay,
  stdin: AsyncIterable<Buffer | string> = process.stdin,
): Promise<number> {
  const parsed = parseCommandArgs('export', args, EXPORT_OPTIONS);
  const v = parsed.values as {
    to?: ExportFormat;
    output?: string;
    partial?: boolean;
    'id-prefix'?: string;
    'base-iri'?: string;
    'ftm-version'?: 3 | 4;
    'fail-on'?: 'error' | 'warning';
    'max-issues'?: number;
    report?: boolean;
    locale?: string;
    quiet?: boolean;
    help?: boolean;
  };
  if (v.help === true) {
    io.stdout.write(helpText('export', say.language));
    return 0;
  }
  if (v.to === undefined) throw new UsageError('to_required', 'export', { list: FORMATS });
  const format = v.to;
  const failOn = v['fail-on'] ?? 'error';
  const ftmVersion = v['ftm-version'] ?? 4;
  const quiet = v.quiet === true;
  const positionals = parsed.positionals;
  if (positionals.length === 0) throw new UsageError('no_paths', 'export');
  // Arabic issue messages: zod's global config, set only in this process, as `validate` does.
  if (say.language === 'ar') z.config(z.locales.ar());

  // stdin is read twice (validate, then export): keep it in a temporary file.
  let tempDir: string | undefined;
  let stdinPath: string | undefined;
  let paths = positionals;
  try {
    if (positionals.includes('-')) {
      tempDir = await mkdtemp(join(tmpdir(), 'tansiq-export-'));
      stdinPath = join(tempDir, 'stdin.jsonl');
      await pipeline(stdin, createWriteStream(stdinPath));
      paths = positionals.map((p) => (p === '-' ? (stdinPath as string) : p));
    }
    // Every error marks its record (and its id) as left out, including errors past --max-issues
    // that are counted but not listed.
    const invalid = new InvalidRecords();
    const missing = new Set<string>();
    const validateOptions: ValidateOptions = {
      referenceData: true,
      onIssue: (issue) => {
        if (issue.severity !== 'error') return;
        if (issue.file !== undefined) invalid.add(issue.file, issue.line, issue.pointer);
        if (issue.recordId !== undefined && issue.code !== 'duplicate_id') missing.add(issue.recordId);
      },
    };
    if (v['max-issues'] !== undefined) validateOptions.maxIssues = v['max-issues'];
    const raw = await validateFiles(paths, validateOptions);
    const result: ValidationResult = stdinPath === undefined ? raw : renameFile(raw, stdinPath);

    // Report problems as `validate` does (text), on stderr: stdout may carry the export.
    const shown: ValidationResult = quiet
      ? { ...result, issues: result.issues.filter((i) => i.severity === 'error') }
      : result;
    if (shown.issues.length > 0) io.stderr.write(formatText(shown, { color: false }));
    if (!quiet) io.stderr.write(summaryLine(say, result.summary));
    const code = getExitCode(result, { failOn });
    if (code === 2) {
      const problem = result.issues.find(
        (i) => i.code === 'file_not_found' || i.code === 'read_error' || i.code === 'no_data_files',
      );
      if (problem !== undefined) io.stderr.write(`tansiq: ${problem.file ?? ''}: ${problem.message}\n`);
      return 2;
    }

    const report = createExportReport(format);
    let out: Writable = io.stdout;
    if (v.output !== undefined) {
      const file = createWriteStream(v.output);
      const opened = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
        file.once('open', () => resolve(undefined));
        file.once('error', (error) => resolve(error));
      });
      if (opened !== undefined) {
        io.stderr.write(
          `tansiq: ${say('cannot_write_file', { file: v.output, reason: opened.code ?? opened.message })}\n`,
        );
        return 2;
      }
      out = file;
    }
    const records = validRecords(paths, invalid);
    try {
      if (format === 'ftm' || format === 'plover') {
        // Streamed: each record is converted as it is read, each object written as one JSON line.
        const ftmOptions: FollowTheMoneyOptions = {
          version: ftmVersion,
          partial: v.partial === true,
          missingIds: missing,
          report,
        };
        if (v['id-prefix'] !== undefined) ftmOptions.idPrefix = v['id-prefix'];
        const stream: ExportStream<unknown> =
          format === 'ftm' ? createFollowTheMoneyStream(ftmOptions) : createPloverStream({ report });
        let chunk = '';
        for await (const record of records) {
          for (const item of stream.write(record)) chunk += `${JSON.stringify(item)}\n`;
          if (chunk.length >= 65536) {
            await write(out, chunk);
            chunk = '';
          }
        }
        for (const item of stream.end()) chunk += `${JSON.stringify(item)}\n`;
        if (chunk !== '') await write(out, chunk);
      } else {
        const all = await collect(records);
        const ldOptions: JsonLdOptions = { partial: v.partial === true, missingIds: missing, report };
        if (v['base-iri'] !== undefined) ldOptions.baseIri = v['base-iri'];
        const doc =
          format === 'popolo'
            ? toPopolo(all, { partial: v.partial === true, missingIds: missing, report })
            : toJsonLd(all, ldOptions);
        await write(out, `${JSON.stringify(doc, null, 2)}\n`);
      }
    } finally {
      if (out !== io.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
    }
    if (!quiet)
      io.stderr.write(
        v.report === true
          ? exportReportText(say, report)
          : say('export_done', {
              format,
              records: report.records,
              reference: report.referenceRecords,
              written: report.written,
              skipped: report.skipped.length > 0 ? say('export_skipped', { n: report.skipped.length }) : '',
            }),
      );
    return code;
  } finally {
    if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
  }
}

function renameFile(result: ValidationResult, from: string): ValidationResult {
  const fix = (issue: ValidationIssue): ValidationIssue => {
    const copy = { ...issue, message: issue.message.split(from).join('<stdin>') };
    if (copy.file === from) copy.file = '-';
    return copy;
  };
  return {
    ...result,
    issues: result.issues.map(fix),
    files: result.files.map((f) => (f.path === from ? { ...f, path: '-' } : f)),
  };
}
