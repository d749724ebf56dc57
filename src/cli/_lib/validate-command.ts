import { appendFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import type { ValidateOptions, ValidationResult } from '../../validate/index.js';
import { formatGithub, formatGithubSummary, formatJson, formatSummary, formatText, getExitCode, validateFiles } from '../../validate/index.js';
import { defaultEnv } from '../../validate/_lib/default-env.js';
import { loadReferenceFacts } from '../../validate/_lib/load-reference-facts.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_RECORD_BYTES, runFiles } from '../../validate/_lib/run-files.js';
import { HELP } from './help.js';
import { ProgressLine, wantProgress } from './progress.js';
import { parseArgsMessage, UsageError } from './usage-error.js';
import { toolVersion } from './version.js';
import { WorkerPool } from './worker-pool.js';

/** Where the command writes; injectable for tests. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const LARGE_INPUT = 20 * 1024 * 1024;

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} needs a positive integer, got '${value}'`, 'validate');
  return Number(value);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got '${value}'`, 'validate');
  return value as T;
}

async function totalBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return Infinity;
    try {
      const s = await stat(p);
      total += s.isDirectory() ? LARGE_INPUT : s.size;
    } catch {
      // reported by the validator
    }
  }
  return total;
}

/** `tansiq validate`: returns the exit code. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-errors': { type: 'string' },
        'fail-on': { type: 'string' },
        'no-reference-data': { type: 'boolean' },
        locale: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error), 'validate');
  }
  const v = parsed.values;
  if (v.help === true) {
    io.stdout.write(HELP['validate'] ?? '');
    return 0;
  }
  let format = oneOf(v.format, ['text', 'json', 'github', 'auto'] as const, '--format', 'auto');
  if (format === 'auto') format = io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text';
  const failOn = oneOf(v['fail-on'], ['error', 'warning'] as const, '--fail-on', 'error');
  const locale = oneOf(v.locale, ['en', 'ar'] as const, '--locale', 'en');
  const maxErrors = positiveInt(v['max-errors'], '--max-errors');
  const jobs = positiveInt(v.jobs, '--jobs') ?? 1;
  const quiet = v.quiet === true;
  const paths = parsed.positionals;
  if (paths.length === 0) throw new UsageError('no paths given (pass files, folders, or - for stdin)', 'validate');

  // Arabic schema messages: zod's global config, set only in this process (and its workers).
  if (locale === 'ar') z.config(z.locales.ar());

  const progress = !quiet && wantProgress(io.env, io.stderr, (await totalBytes(paths)) >= LARGE_INPUT) ? new ProgressLine(io.stderr) : undefined;
  const options: ValidateOptions = { referenceData: v['no-reference-data'] !== true };
  if (maxErrors !== undefined) options.maxErrors = maxErrors;
  if (progress !== undefined) options.onProgress = (p) => progress.update(p);

  let result: ValidationResult;
  if (jobs > 1) {
    const pool = new WorkerPool(jobs, { locale, maxDepth: DEFAULT_MAX_DEPTH, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES });
    try {
      const env = defaultEnv(DEFAULT_MAX_DEPTH, DEFAULT_MAX_RECORD_BYTES);
      result = await runFiles(paths, options, { env, reference: options.referenceData === false ? undefined : loadReferenceFacts(env), runner: pool });
    } finally {
      await pool.close();
    }
  } else {
    result = await validateFiles(paths, options);
  }
  progress?.clear();

  const shown: ValidationResult = quiet ? { ...result, issues: result.issues.filter((i) => i.severity === 'error') } : result;
  const color = io.stdout.isTTY === true && io.env['NO_COLOR'] === undefined;
  if (format === 'json') {
    io.stdout.write(formatJson(shown, { toolVersion: toolVersion() }));
  } else if (format === 'github') {
    io.stdout.write(formatGithub(shown));
    const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile !== undefined && summaryFile !== '') {
      try {
        await appendFile(summaryFile, formatGithubSummary(shown) + '\n');
      } catch (error) {
        io.stderr.write(`tansiq: cannot write the job summary to ${summaryFile} (${(error as { code?: string }).code ?? String(error)})\n`);
      }
    }
  } else {
    io.stdout.write(formatText(shown, { color }));
  }
  if (!quiet) io.stderr.write(formatSummary(result));
  const code = getExitCode(result, { failOn });
  if (code === 2) {
    const io2 = result.issues.find((i) => i.code === 'file_not_found' || i.code === 'read_error' || i.code === 'no_data_files');
    if (io2 !== undefined) io.stderr.write(`tansiq: ${io2.file ?? ''}: ${io2.message}\n`);
  }
  return code;
}
