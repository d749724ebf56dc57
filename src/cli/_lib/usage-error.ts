/** A command-line usage problem (unknown flag, bad value, missing argument): exit code 2. */
export class UsageError extends Error {
  /** Stable code. */
  readonly code = 'TANSIQ_USAGE';
  constructor(
    message: string,
    /** Command whose help to point to. */
    readonly command: string | undefined,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Turns a `node:util` parseArgs error into a short usage message. */
export function parseArgsMessage(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  const first = message.split('. ')[0] ?? message;
  return first.charAt(0).toLowerCase() + first.slice(1);
}
