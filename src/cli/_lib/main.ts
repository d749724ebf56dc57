import { helpText } from './help.js';
import { takeLocale } from './locale.js';
import { CLI_LANGUAGES, cliMessagesIn, cliText } from './messages.js';
import type { CliSay } from './messages.js';
import { guardStream } from './output.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';
import { toolVersion } from './version.js';

/**
 * Runs the CLI with `args` (without `node` and the script); resolves to the exit code. The
 * language of every message (`--locale`, anywhere on the line) is read first.
 */
export async function main(args: string[], io: Io): Promise<number> {
  const choice = takeLocale(args);
  const say = cliMessagesIn(choice.language);
  const [command, ...rest] = choice.args;
  // A reader that stops reading (`| head`) closes the pipe: that is not an error.
  let writeFailure: Error | undefined;
  guardStream(io.stdout, (error) => (writeFailure ??= error));
  guardStream(io.stderr);
  try {
    const code = await run(command, rest, io, say);
    // Write errors are reported asynchronously: let them arrive.
    await new Promise((resolve) => setImmediate(resolve));
    if (writeFailure !== undefined) {
      io.stderr.write(
        `tansiq: ${say('cannot_write_output', { reason: (writeFailure as { code?: string }).code ?? writeFailure.message })}\n`,
      );
      return 2;
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `tansiq: ${say.text(error.text)}\n${say('usage_hint', {
          command: error.command === undefined ? '' : `${error.command} `,
        })}\n`,
      );
      return 2;
    }
    const e = error as { message?: string };
    io.stderr.write(`tansiq: ${say('internal_error', { detail: e.message ?? String(error) })}\n`);
    return 2;
  }
}

/** Dispatches to the command. */
async function run(command: string | undefined, rest: string[], io: Io, say: CliSay): Promise<number> {
  switch (command) {
    case undefined:
      io.stderr.write(helpText('main', say.language));
      return 2;
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(helpText(rest[0] ?? 'main', say.language));
      return 0;
    case '-v':
    case '--version':
      io.stdout.write(`${toolVersion()}\n`);
      return 0;
    // Each command is loaded when it runs: in the built bin each is a chunk of its own, so that
    // `validate` does not parse the extraction, export and name code, nor they its.
    case 'validate':
      return await (await import('./validate-command.js')).validateCommand(rest, io, say);
    case 'extract':
      return await (await import('./extract-command.js')).extractCommand(rest, io, say);
    case 'export':
      return await (await import('./export-command.js')).exportCommand(rest, io, say);
    case 'schema':
      return (await import('./schema-command.js')).schemaCommand(rest, io, say);
    case 'date':
      return (await import('./date-command.js')).dateCommand(rest, io, say);
    case 'name':
      return (await import('./name-command.js')).nameCommand(rest, io, say);
    default:
      if (command === '--locale' || command.startsWith('--locale=')) {
        // A bad or missing value before the command (a valid one is taken out): the message the
        // commands give.
        const raw = command === '--locale' ? rest[0] : command.slice('--locale='.length);
        const needs = cliText('needs_one_of', { list: CLI_LANGUAGES });
        if (raw === undefined) throw new UsageError('option_no_value', undefined, { flag: '--locale', needs });
        throw new UsageError('option_bad_value', undefined, { flag: '--locale', needs, raw });
      }
      throw new UsageError('unknown_command', undefined, { command });
  }
}
