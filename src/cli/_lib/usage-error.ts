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
