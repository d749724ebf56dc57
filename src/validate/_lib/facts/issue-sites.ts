/**
 * Where an issue found across records is reported: the record's file and line, the JSON
 * pointer, the record's id, and whether an error there counts as fresh (against a record that
 * passed its own checks).
 */
export interface IssueSite {
  file: number;
  line: number;
  pointer: string;
  recordId: string | undefined;
  fresh: boolean;
}

/**
 * Issue sites kept column by column, with no object per site: the references and container
 * uses that wait for the end of the run (their id is not declared yet) may number in the
 * millions. {@link IssueSites.at} makes the object of one site when it is needed.
 */
export class IssueSites {
  private readonly file: number[] = [];
  private readonly line: number[] = [];
  private readonly pointer: string[] = [];
  private readonly recordId: (string | undefined)[] = [];
  private readonly fresh: boolean[] = [];

  /** Number of sites. */
  get length(): number {
    return this.file.length;
  }

  /** Appends a site (the fields of {@link IssueSite}, in its order). */
  push(file: number, line: number, pointer: string, recordId: string | undefined, fresh: boolean): void {
    this.file.push(file);
    this.line.push(line);
    this.pointer.push(pointer);
    this.recordId.push(recordId);
    this.fresh.push(fresh);
  }

  /** Site `k` (0 ≤ k < length), as an object. */
  at(k: number): IssueSite {
    return {
      file: this.file[k] as number,
      line: this.line[k] as number,
      pointer: this.pointer[k] as string,
      recordId: this.recordId[k],
      fresh: this.fresh[k] === true,
    };
  }
}
