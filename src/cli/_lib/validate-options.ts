import { LOCALE_OPTION, oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { takeLocale } from './locale.js';

/** Options of `tansiq validate`. */
export const VALIDATE_OPTIONS = {
  format: oneOf(['text', 'json', 'github', 'auto'], 'f'),
  'max-errors': positiveInteger(),
  'max-issues': positiveInteger(),
  'fail-on': oneOf(['error', 'warning']),
  'no-reference-data': { type: 'boolean' },
  locale: LOCALE_OPTION,
  jobs: positiveInteger('j'),
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The threads a command line will validate on: `--jobs` of a `tansiq validate` that will run
 * (paths given, no `--help`, no usage error), else 1. Read by the bin before it loads the
 * library, to start the worker threads early; the command reads its arguments again, and
 * reports their errors.
 *
 * @param argv - The arguments after `node` and the script.
 */
export function validateJobs(argv: readonly string[]): number {
  const { args } = takeLocale(argv);
  if (args[0] !== 'validate') return 1;
  try {
    const parsed = parseCommandArgs('validate', args.slice(1), VALIDATE_OPTIONS);
    if (parsed.values['help'] === true || parsed.positionals.length === 0) return 1;
    return (parsed.values['jobs'] as number | undefined) ?? 1;
  } catch {
    return 1;
  }
}
