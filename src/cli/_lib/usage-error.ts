import { cliMessagesIn } from './messages.js';
import type { CliMessageId, CliText, CliValues } from './messages.js';

/**
 * A command-line usage problem (unknown flag, bad value, missing argument): exit code 2. It
 * carries its message unwritten (`text`), for the CLI to write in the run's language; `message`
 * is the English one.
 */
export class UsageError extends Error {
  /** Stable code. */
  readonly code = 'TANSIQ_USAGE';
  /** The message, to write in the run's language. */
  readonly text: CliText;
  constructor(
    text: CliText | CliMessageId,
    /** Command whose help to point to. */
    readonly command: string | undefined,
    values?: CliValues,
  ) {
    const t: CliText = typeof text === 'string' ? (values === undefined ? { id: text } : { id: text, values }) : text;
    super(cliMessagesIn('en').text(t));
    this.name = 'UsageError';
    this.text = t;
  }
}
