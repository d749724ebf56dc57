import { dateCommand } from './date-command.js';
import { extractCommand } from './extract-command.js';
import { HELP } from './help.js';
import { nameCommand } from './name-command.js';
import { schemaCommand } from './schema-command.js';
import { UsageError } from './usage-error.js';
import type { Io } from './validate-command.js';
import { validateCommand } from './validate-command.js';
import { toolVersion } from './version.js';

/** Runs the CLI with `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
        io.stderr.write(HELP['main'] ?? '');
        return 2;
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(HELP[rest[0] ?? 'main'] ?? HELP['main'] ?? '');
        return 0;
      case '-v':
      case '--version':
        io.stdout.write(`${toolVersion()}\n`);
        return 0;
      case 'validate':
        return await validateCommand(rest, io);
      case 'schema':
        return schemaCommand(rest, io);
      case 'date':
        return dateCommand(rest, io);
      case 'name':
        return nameCommand(rest, io);
      case 'extract':
        return await extractCommand(rest, io);
      default:
        throw new UsageError(`unknown command '${command}'`, undefined);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tansiq: ${error.message}\nRun 'tansiq ${error.command === undefined ? '' : `${error.command} `}--help' for usage.\n`);
      return 2;
    }
    const e = error as { message?: string };
    io.stderr.write(`tansiq: internal error: ${e.message ?? String(error)}\n`);
    return 2;
  }
}
