import { dateCommand } from './date-command.js';
import { exportCommand } from './export-command.js';
import { extractCommand } from './extract-command.js';
import { HELP } from './help.js';
import { guardStream } from './output.js';
import { nameCommand } from './name-command.js';
import { schemaCommand } from './schema-command.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';
import { validateCommand } from './validate-command.js';
import { toolVersion } from './version.js';

/** Runs the CLI with `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  // A reader that stops reading (`| head`) closes the pipe: that is not an error.
  let writeFailure: Error | undefined;
  guardStream(io.stdout, (error) => (writeFailure ??= error));
  guardStream(io.stderr);
  try {
    const code = await run(command, rest, io);
    // Write errors are reported asynchronously: let them arrive.
    await new Promise((resolve) => setImmediate(resolve));
    if (writeFailure !== undefined) {
      io.stderr.write(
        `tansiq: cannot write the output (${(writeFailure as { code?: string }).code ?? writeFailure.message})\n`,
      );
      return 2;
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `tansiq: ${error.message}\nRun 'tansiq ${
          error.command === undefined ? '' : `${error.command} `
        }--help' for usage.\n`,
      );
      return 2;
    }
    const e = error as { message?: string };
    io.stderr.write(`tansiq: internal error: ${e.message ?? String(error)}\n`);
    return 2;
  }
}

/** Dispatches to the command. */
async function run(command: string | undefined, rest: string[], io: Io): Promise<number> {
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
    case 'extract':
      return await extractCommand(rest, io);
    case 'export':
      return await exportCommand(rest, io);
    case 'schema':
      return schemaCommand(rest, io);
    case 'date':
      return dateCommand(rest, io);
    case 'name':
      return nameCommand(rest, io);
    default:
      throw new UsageError(`unknown command '${command}'`, undefined);
  }
}
