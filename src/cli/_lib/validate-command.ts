import { appendFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import * as z from 'zod';
import type { ValidateOptions, ValidationResult } from '../../validate/index.js';
import { formatGithubChunks, formatJsonChunks, formatText, getExitCode, validateFiles } from '../../validate/index.js';
import { workerScriptFound } from '../../validate/early-workers.js';
import { parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import type { CliSay } from './messages.js';
import type { Io } from './io.js';
import { writeChunks } from './output.js';
import { ProgressLine, wantProgress } from './progress.js';
import { githubChunk, githubJobSummary, summaryLine } from './summary.js';
import { UsageError } from './usage-error.js';
import { VALIDATE_OPTIONS } from './validate-options.js';
import { toolVersion } from './version.js';

const LARGE_INPUT = 20 * 1024 * 1024;

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
export async function validateCommand(args: string[], io: Io, say: CliSay): Promise<number> {
  const parsed = parseCommandArgs('validate', args, VALIDATE_OPTIONS);
  const v = parsed.values;
  if (v['help'] === true) {
    await writeChunks(io.stdout, [helpText('validate', say.language)]);
    return 0;
  }
  let format = (v['format'] as string | undefined) ?? 'auto';
  if (format === 'auto') format = io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text';
  const failOn = (v['fail-on'] as 'error' | 'warning' | undefined) ?? 'error';
  const maxErrors = v['max-errors'] as number | undefined;
  const maxIssues = v['max-issues'] as number | undefined;
  const quiet = v['quiet'] === true;
  let jobs = (v['jobs'] as number | undefined) ?? 1;
  const paths = parsed.positionals;
  if (paths.length === 0) throw new UsageError('no_paths', 'validate');
  const cpus = availableParallelism();
  if (jobs > cpus) {
    if (!quiet) io.stderr.write(`tansiq: ${say('jobs_capped', { jobs, n: cpus })}\n`);
    jobs = cpus;
  }
  // Said rather than silently run on one thread: the files of the install are incomplete.
  if (jobs > 1 && !workerScriptFound()) {
    if (!quiet) io.stderr.write(`tansiq: ${say('no_worker_script', { jobs, file: 'validate/worker.js' })}\n`);
    jobs = 1;
  }

  // Arabic schema messages: zod's global config, set only in this process (its workers follow).
  if (say.language === 'ar') z.config(z.locales.ar());

  const progress =
    !quiet && wantProgress(io.env, io.stderr, (await totalBytes(paths)) >= LARGE_INPUT)
      ? new ProgressLine(io.stderr, say)
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
    await writeChunks(
      io.stdout,
      (function* () {
        for (const chunk of formatGithubChunks(shown)) yield githubChunk(say, chunk);
      })(),
    );
    const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile !== undefined && summaryFile !== '') {
      try {
        await appendFile(summaryFile, githubJobSummary(say, shown) + '\n');
      } catch (error) {
        const reason = (error as { code?: string }).code ?? String(error);
        io.stderr.write(`tansiq: ${say('cannot_write_job_summary', { file: summaryFile, reason })}\n`);
      }
    }
  } else {
    await writeChunks(io.stdout, textChunks(shown, color));
  }
  if (!quiet) io.stderr.write(summaryLine(say, result.summary));
  const code = getExitCode(result, { failOn });
  if (code === 2) {
    const io2 = result.issues.find(
      (i) => i.code === 'file_not_found' || i.code === 'read_error' || i.code === 'no_data_files',
    );
    if (io2 !== undefined) io.stderr.write(`tansiq: ${io2.file ?? ''}: ${io2.message}\n`);
  }
  return code;
}
