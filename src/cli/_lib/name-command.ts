import { compareNames, nameKey, namesMatch } from '../../arabic/index.js';
import { helpText } from './help.js';
import { LOCALE_OPTION, parseCommandArgs } from './args.js';
import type { CliSay } from './messages.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/** `tansiq name <a> <b>`: prints the comparison of two names as JSON; exit 0 when they match. */
export function nameCommand(args: string[], io: Io, say: CliSay): number {
  const parsed = parseCommandArgs('name', args, { locale: LOCALE_OPTION, help: { type: 'boolean', short: 'h' } });
  if (parsed.values['help'] === true) {
    io.stdout.write(helpText('name', say.language));
    return 0;
  }
  if (parsed.positionals.length !== 2) throw new UsageError('name_two_names', 'name', { n: parsed.positionals.length });
  const [a, b] = parsed.positionals as [string, string];
  const match = namesMatch(a, b);
  const out = {
    a,
    b,
    score: Math.round(compareNames(a, b) * 1000) / 1000,
    match,
    keys: { a: nameKey(a), b: nameKey(b) },
  };
  io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return match ? 0 : 1;
}
