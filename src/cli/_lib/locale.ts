import { CLI_LANGUAGES } from './messages.js';
import type { CliLanguage } from './messages.js';

/** The command line with the valid `--locale` options taken out, and the language they chose. */
export interface LocaleChoice {
  language: CliLanguage;
  /** The other arguments, in order (a `--locale` with a bad or missing value stays, for its command to reject). */
  args: string[];
}

/**
 * Reads `--locale en|ar` (or `--locale=ar`) wherever it is on the command line, before any
 * `--`, leniently: before the command's options are parsed, so that every message of the run,
 * including the error about another option, is in that language. The last valid one wins, as
 * with any repeated option; one with a bad or missing value is left in place for the command's
 * own parser to report (in the language chosen by the others, English by default).
 */
export function takeLocale(args: readonly string[]): LocaleChoice {
  let language: CliLanguage = 'en';
  const rest: string[] = [];
  const valid = (value: string | undefined): value is CliLanguage =>
    value !== undefined && (CLI_LANGUAGES as readonly string[]).includes(value);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--locale' && valid(args[i + 1])) {
      language = args[i + 1] as CliLanguage;
      i++;
      continue;
    }
    if (arg.startsWith('--locale=') && valid(arg.slice('--locale='.length))) {
      language = arg.slice('--locale='.length) as CliLanguage;
      continue;
    }
    rest.push(arg);
  }
  return { language, args: rest };
}
