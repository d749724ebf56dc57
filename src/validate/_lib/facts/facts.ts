// Compact facts a record leaves behind for the checks across records. Only ids, references,
// day bounds and small numbers: no record is kept. Struct-of-arrays for the frequent kinds so
// that blocks of facts cross worker threads cheaply. Lines are relative to the block (1-based;
// 0 = no line, for in-memory records); `decl` indexes the block's declarations (-1 = none).

/**
 * Numbers of the use kinds (what a container use stands for), as stored in `Facts.useKind`; the
 * fact store names them in messages in the same order.
 */
export const USE_KIND = Object.freeze({
  membership: 0,
  forumMembership: 1,
  coChairTerm: 2,
  meeting: 3,
  workingGroup: 4,
} as const);

/** Pointers (relative to the record) of the fields a use is reported at, by `Facts.useField`. */
export const USE_FIELDS = Object.freeze(['/interval', '/start'] as const);

/** Numbers of the use fields (indices into {@link USE_FIELDS}). */
export const USE_FIELD = Object.freeze({ interval: 0, start: 1 } as const);

/** Facts collected from one block of records. */
export interface Facts {
  declId: string[];
  /** `hashId` of each declared id, computed where the record is checked (maybe on a worker). */
  declHash: number[];
  declType: number[];
  declLine: number[];
  /** JSON Pointer of the record in its document ('' for JSON Lines, '/3' in an array). */
  declBase: string[];
  /** 1 when the record had no error of its own (its cross-record errors make it invalid). */
  declOk: number[];
  refId: string[];
  /** `hashId` of each referenced id. */
  refHash: number[];
  refMask: number[];
  refLine: number[];
  /** Reference pointers, compactly: field number and up to three array indices (-1 = none). */
  refField: number[];
  refI: number[];
  refJ: number[];
  refK: number[];
  refDecl: number[];
  /** Lifetimes of forums, working groups and agencies: earliest start, latest end. */
  lifeId: string[];
  lifeEarliestStart: string[];
  lifeLatestEnd: string[];
  /** Uses of a container: latest start, earliest end (day numbers `YYYYMMDD`, see `dayNumber`). */
  useId: string[];
  useLatestStart: number[];
  useEarliestEnd: number[];
  useKind: number[];
  useLine: number[];
  /** Field of the use in its record: see {@link USE_FIELDS}. */
  useField: number[];
  useDecl: number[];
  /** Chair seats of forums and working groups. */
  seatsId: string[];
  seats: number[];
  /** Co-chair terms. */
  termBody: string[];
  termLatestStart: string[];
  termEarliestEnd: string[];
  termChairs: number[];
  termLine: number[];
  termDecl: number[];
  /** Non-acting occupancies of positions. */
  occPosition: string[];
  occPerson: string[];
  occLatestStart: string[];
  occEarliestEnd: string[];
  occLine: number[];
  occDecl: number[];
  /** Positions whose role allows one holder at a time. */
  singlePosition: string[];
  /** Countries of agencies. */
  orgCountryId: string[];
  orgCountry: string[];
  /** Organization participants of meetings, with the delegation countries they must match. */
  partOrg: string[];
  partCountries: string[];
  partLine: number[];
  partPointer: string[];
  partDecl: number[];
}

/** An empty {@link Facts}. */
export function emptyFacts(): Facts {
  return {
    declId: [],
    declHash: [],
    declType: [],
    declLine: [],
    declBase: [],
    declOk: [],
    refId: [],
    refHash: [],
    refMask: [],
    refLine: [],
    refField: [],
    refI: [],
    refJ: [],
    refK: [],
    refDecl: [],
    lifeId: [],
    lifeEarliestStart: [],
    lifeLatestEnd: [],
    useId: [],
    useLatestStart: [],
    useEarliestEnd: [],
    useKind: [],
    useLine: [],
    useField: [],
    useDecl: [],
    seatsId: [],
    seats: [],
    termBody: [],
    termLatestStart: [],
    termEarliestEnd: [],
    termChairs: [],
    termLine: [],
    termDecl: [],
    occPosition: [],
    occPerson: [],
    occLatestStart: [],
    occEarliestEnd: [],
    occLine: [],
    occDecl: [],
    singlePosition: [],
    orgCountryId: [],
    orgCountry: [],
    partOrg: [],
    partCountries: [],
    partLine: [],
    partPointer: [],
    partDecl: [],
  };
}

/** Facts as the merge reads them: number lists may be typed arrays (facts from a worker). */
export type FactsView = {
  readonly [K in keyof Facts]: Facts[K] extends number[] ? ArrayLike<number> : Facts[K];
};

/**
 * Replaces every number list of `f` by a `Float64Array` view (in place), all of them views of one
 * buffer, and returns that buffer: sent to another thread, it is transferred rather than cloned
 * element by element, and the receiving thread's heap never holds the numbers (fewer garbage
 * collections there). One buffer a block, not one per list: fewer allocations outside the heap,
 * which also count towards garbage collection.
 */
export function numbersToTypedArrays(f: Facts): ArrayBuffer[] {
  const lists = f as unknown as Record<string, unknown>;
  const keys: string[] = [];
  let total = 0;
  for (const key of Object.keys(lists)) {
    const list = lists[key];
    if (!Array.isArray(list) || list.length === 0 || typeof list[0] !== 'number') continue;
    keys.push(key);
    total += list.length;
  }
  if (total === 0) return [];
  const all = new Float64Array(total);
  let at = 0;
  for (const key of keys) {
    const list = lists[key] as number[];
    all.set(list, at);
    lists[key] = all.subarray(at, at + list.length);
    at += list.length;
  }
  return [all.buffer];
}
