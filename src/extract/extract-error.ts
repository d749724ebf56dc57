/**
 * The codes of {@link ExtractError}.
 *
 * @example
 * ```ts
 * let code: ExtractErrorCode | undefined;
 * try {
 *   extractMentions('نص', { reference: '2022-13-45' });
 * } catch (error) {
 *   if (error instanceof ExtractError) code = error.code;
 * }
 * code; // 'invalid_reference'
 * ```
 * @category Extraction
 */
export type ExtractErrorCode = 'invalid_options' | 'invalid_reference' | 'invalid_records' | 'invalid_article';

/**
 * Thrown by the extraction functions for bad options (never for the text: any string is read).
 *
 * @example
 * ```ts
 * extractMentions('نص', { reference: '2022-13-45' }); // throws ExtractError, code 'invalid_reference'
 * extractMentions('نص', { reference: '2022-06-20' }).length; // 0 (any text is read)
 * ```
 * @category Extraction
 */
export class ExtractError extends Error {
  /** Stable machine-readable code. */
  readonly code: ExtractErrorCode;

  /**
   * @param code - The stable code.
   * @param message - What is wrong, for people.
   */
  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}
