import { compareNames, nameKey, namesMatch } from '../../arabic/index.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './args.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/** `tansiq name <a> <b>`: prints the comparison of two names as JSON; exit 0 when they match. */
export function nameCommand(args: string[], io: Io): number {
  const parsed = parseCommandArgs('name', args, { help: { type: 'boolean', short: 'h' } });
  if (parsed.values['help'] === true) {
    io.stdout.write(HELP['name'] ?? '');
    return 0;
  }
  if (parsed.positionals.length !== 2)
    throw new UsageError(`name takes exactly two names, got ${parsed.positionals.length}`, 'name');
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
