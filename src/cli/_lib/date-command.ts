import { safeParseArabicDate } from '../../arabic/index.js';
import type { ArabicDateOptions } from '../../arabic/index.js';
import { helpText } from './help.js';
import { LOCALE_OPTION, parseCommandArgs } from './args.js';
import { CLI_MESSAGES, cliText } from './messages.js';
import type { CliMessageId, CliSay } from './messages.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/** `tansiq date <text> [--reference YYYY-MM-DD]`: prints `safeParseArabicDate`'s result as JSON. */
export function dateCommand(args: string[], io: Io, say: CliSay): number {
  const parsed = parseCommandArgs('date', args, {
    reference: {
      type: 'string',
      needs: cliText('needs_date'),
      check: (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined),
    },
    locale: LOCALE_OPTION,
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.values['help'] === true) {
    io.stdout.write(helpText('date', say.language));
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError('no_text', 'date');
  const text = parsed.positionals.join(' ');
  const reference = parsed.values['reference'] as string | undefined;
  const options: ArabicDateOptions = {};
  if (reference !== undefined) Object.assign(options, { reference });
  let result;
  try {
    result = safeParseArabicDate(text, options);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError('bad_reference_date', 'date', { detail: error.message });
    throw error;
  }
  const out = result.success
    ? { success: true, data: result.data }
    : { success: false, error: { code: result.error.code, message: dateErrorMessage(say, result.error) } };
  io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return result.success ? 0 : 1;
}

/**
 * The message of a date that could not be read, in the run's language: in English the library's
 * own; in Arabic the reason of its code, with the expression it is about.
 */
function dateErrorMessage(say: CliSay, error: { code: string; message: string; text: string }): string {
  const id = `date_${error.code}` as CliMessageId;
  if (say.language === 'en' || !Object.hasOwn(CLI_MESSAGES, id)) return error.message;
  const reason = say(id);
  return error.text === '' ? reason : say('date_error_at', { reason, text: error.text });
}
