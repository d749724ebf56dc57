import { parseArgs } from 'node:util';
import { safeParseArabicDate } from '../../arabic/index.js';
import type { ArabicDateOptions } from '../../arabic/index.js';
import { HELP } from './help.js';
import { parseArgsMessage, UsageError } from './usage-error.js';
import type { Io } from './validate-command.js';

/** `tansiq date <text> [--reference YYYY-MM-DD]`: prints `safeParseArabicDate`'s result as JSON. */
export function dateCommand(args: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { reference: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error), 'date');
  }
  if (parsed.values.help === true) {
    io.stdout.write(HELP['date'] ?? '');
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError('no text given', 'date');
  const text = parsed.positionals.join(' ');
  const reference = parsed.values.reference;
  const options: ArabicDateOptions = {};
  if (reference !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(reference) || Number.isNaN(Date.parse(reference))) {
      throw new UsageError(`--reference must be a date YYYY-MM-DD, got '${reference}'`, 'date');
    }
    Object.assign(options, { reference });
  }
  let result;
  try {
    result = safeParseArabicDate(text, options);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message, 'date');
    throw error;
  }
  const out = result.success ? { success: true, data: result.data } : { success: false, error: { code: result.error.code, message: result.error.message } };
  io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return result.success ? 0 : 1;
}
