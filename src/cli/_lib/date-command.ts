import { safeParseArabicDate } from '../../arabic/index.js';
import type { ArabicDateOptions } from '../../arabic/index.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './args.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/** `tansiq date <text> [--reference YYYY-MM-DD]`: prints `safeParseArabicDate`'s result as JSON. */
export function dateCommand(args: string[], io: Io): number {
  const parsed = parseCommandArgs('date', args, {
    reference: {
      type: 'string',
      needs: 'must be a date YYYY-MM-DD',
      check: (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined),
    },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.values['help'] === true) {
    io.stdout.write(HELP['date'] ?? '');
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError('no text given', 'date');
  const text = parsed.positionals.join(' ');
  const reference = parsed.values['reference'] as string | undefined;
  const options: ArabicDateOptions = {};
  if (reference !== undefined) Object.assign(options, { reference });
  let result;
  try {
    result = safeParseArabicDate(text, options);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message, 'date');
    throw error;
  }
  const out = result.success
    ? { success: true, data: result.data }
    : { success: false, error: { code: result.error.code, message: result.error.message } };
  io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return result.success ? 0 : 1;
}
