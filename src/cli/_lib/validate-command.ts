import { appendFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import * as z from 'zod';
import type { ValidateOptions, ValidationResult } from '../../validate/index.js';
import {
  formatGithubChunks,
  formatGithubSummary,
  formatJsonChunks,
  formatSummary,
  formatText,
  getExitCode,
  validateFiles,
} from '../../validate/index.js';
import { oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { writeChunks } from './output.js';
import { ProgressLine, wantProgress } from './progress.js';
import { UsageError } from './usage-error.js';
import { toolVersion } from './version.js';

const LARGE_INPUT = 20 * 1024 * 1024;

/** Options of `tansiq validate`. */
export const VALIDATE_OPTIONS = {
  format: oneOf(['text', 'json', 'github', 'auto'], 'f'),
  'max-errors': positiveInteger(),
  'max-issues': positiveInteger(),
  'fail-on': oneOf(['error', 'warning']),
  'no-reference-data': { type: 'boolean' },
  locale: oneOf(['en', 'ar']),
  jobs: positiveInteger('j'),
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Text lines of the issues, a thousand at a time. */
function* textChunks(result: ValidationResult, color: boolean): Generator<string> {
  for (let i = 0; i < result.issues.length; i += 1000)
    yield formatText({ ...result, issues: result.issues.slice(i, i + 1000) }, { color });
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
  const parsed = parseCommandArgs('validate', args, VALIDATE_OPTIONS);
  const v = parsed.values;
  if (v['help'] === true) {
    await writeChunks(io.stdout, [HELP['validate'] ?? '']);
    return 0;
  }
  let format = (v['format'] as string | undefined) ?? 'auto';
  if (format === 'auto') format = io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text';
  const failOn = (v['fail-on'] as 'error' | 'warning' | undefined) ?? 'error';
  const locale = (v['locale'] as 'en' | 'ar' | undefined) ?? 'en';
  const maxErrors = v['max-errors'] as number | undefined;
  const maxIssues = v['max-issues'] as number | undefined;
  const quiet = v['quiet'] === true;
  let jobs = (v['jobs'] as number | undefined) ?? 1;
  const paths = parsed.positionals;
  if (paths.length === 0) throw new UsageError('no paths given (pass files, folders, or - for stdin)', 'validate');
  const cpus = availableParallelism();
  if (jobs > cpus) {
    if (!quiet)
      io.stderr.write(
        `tansiq: --jobs ${jobs} is more than the ${cpus} available CPU${cpus === 1 ? '' : 's'}; using ${cpus}\n`,
      );
    jobs = cpus;
  }

  // Arabic schema messages: zod's global config, set only in this process (its workers follow).
  if (locale === 'ar') z.config(z.locales.ar());

  const progress =
    !quiet && wantProgress(io.env, io.stderr, (await totalBytes(paths)) >= LARGE_INPUT)
      ? new ProgressLine(io.stderr)
      : undefined;
  const options: ValidateOptions = { referenceData: v['no-reference-data'] !== true, jobs };
  if (maxErrors !== undefined) options.maxErrors = maxErrors;
  if (maxIssues !== undefined) options.maxIssues = maxIssues;
  if (progress !== undefined) options.onProgress = (p) => progress.update(p);

  const result = await validateFiles(paths, options);
  progress?.clear();

  const shown: ValidationResult = quiet
    ? { ...result, issues: result.issues.filter((i) => i.severity === 'error') }
    : result;
  const color = io.stdout.isTTY === true && io.env['NO_COLOR'] === undefined;
  if (format === 'json') {
    await writeChunks(io.stdout, formatJsonChunks(shown, { toolVersion: toolVersion() }));
  } else if (format === 'github') {
    await writeChunks(io.stdout, formatGithubChunks(shown));
    const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile !== undefined && summaryFile !== '') {
      try {
        await appendFile(summaryFile, formatGithubSummary(shown) + '\n');
      } catch (error) {
        io.stderr.write(
          `tansiq: cannot write the job summary to ${summaryFile} (${(error as { code?: string }).code ?? String(error)})\n`,
        );
      }
    }
  } else {
    await writeChunks(io.stdout, textChunks(shown, color));
  }
  if (!quiet) io.stderr.write(formatSummary(result));
  const code = getExitCode(result, { failOn });
  if (code === 2) {
    const io2 = result.issues.find(
      (i) => i.code === 'file_not_found' || i.code === 'read_error' || i.code === 'no_data_files',
    );
    if (io2 !== undefined) io.stderr.write(`tansiq: ${io2.file ?? ''}: ${io2.message}\n`);
  }
  return code;
}
