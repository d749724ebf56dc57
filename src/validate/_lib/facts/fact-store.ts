import type { IssueCode } from '../../issue-codes.js';
import { ISSUE_CODES } from '../../issue-codes.js';
import { certainlyOverlap, dayNumber } from './days.js';
import { hashId, IdTable } from './id-table.js';
import { IssueSites } from './issue-sites.js';
import type { IssueSite } from './issue-sites.js';
import { countEarlierOverlaps } from './overlap-count.js';
import type { FactsView } from './facts.js';
import { USE_FIELDS } from './facts.js';
import type { MessageId, Say } from '../messages/messages.js';
import { typeName, typeNamesOfMask } from '../check/record-types.js';

/** The messages naming each use kind, by its number in `USE_KIND` (./facts.js). */
const USE_KIND_MESSAGES: readonly MessageId[] = [
  'use_membership',
  'use_forum_membership',
  'use_co_chair_term',
  'use_meeting',
  'use_working_group',
];

/** A cross-record issue with the index of its file (-1: none, e.g. in-memory records). */
export interface StoredIssue {
  fileIndex: number;
  line: number;
  pointer: string;
  recordId: string | undefined;
  code: IssueCode;
  message: string;
  /** Column, filled in by the locating pass. */
  column?: number;
  /** Identity of a record this error newly makes invalid (it had no error of its own). */
  freshKey?: string;
  /** Other records involved (overlaps): how many, and the first few in reading order. */
  related?: { count: number; first: { recordId: string | undefined; file: number; line: number }[] };
}

/** How many partners of an overlap are named in its issue. */
export const RELATED_SHOWN = 3;

/** How many ids are hashed and prefetched at a time before their lookups (see `IdTable.prefetch`). */
const WARM_BATCH = 256;

/** Slots of the cache of recent references (a power of two): the last reference of each hash bucket. */
const RECENT_SLOTS = 256;

/** Initial room of the per-id typed arrays (doubled as needed). */
const INITIAL_IDS = 1024;

/** File index of records that come from tansiq's shipped reference data. */
export const REFERENCE_FILE = -2;

/** Where a fact was stated: its record's pointer base, file, line and id, and whether the record was valid. */
interface Site {
  base: string;
  ok: boolean;
  file: number;
  line: number;
  recordId: string | undefined;
}

interface Lifetime {
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
}

interface Term extends Site {
  latestStart: string;
  earliestEnd: string;
  chairs: number;
}

interface Occ extends Site {
  person: string;
  latestStart: string;
  earliestEnd: string;
}

/** Which end of a container's lifetime a use with these day bounds falls outside of, if any. */
function outsideLifetime(
  life: Lifetime,
  latestStart: number,
  earliestEnd: number,
): 'starts_before_lifetime' | 'ends_after_lifetime' | undefined {
  if (latestStart < life.fromDay) return 'starts_before_lifetime';
  if (earliestEnd > life.toDay) return 'ends_after_lifetime';
  return undefined;
}

/** The list stored under `key`, created empty on first use. */
function listOf<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/**
 * Cross-record state of one run. Blocks of facts are merged in input order; what can be decided
 * at once is decided (a reference to an id already seen), the rest waits for {@link finish}.
 * Keeps ids, references and day bounds only, so memory grows with the number of ids, not with
 * the size of the records.
 */
export class FactStore {
  private readonly ids: IdTable;
  /** Hashes of the batch of ids being looked up. */
  private readonly hashes = new Int32Array(WARM_BATCH);
  /** Per reference of the batch being resolved: its id's number, -1 (unknown) or -2 - its first occurrence. */
  private readonly batchEnts = new Int32Array(WARM_BATCH);
  /** Positions of the first occurrences of ids in the batch being resolved. */
  private readonly batchFresh = new Int32Array(WARM_BATCH);
  /** Hashes of the references of the batch being resolved. */
  private readonly batchHash = new Int32Array(WARM_BATCH);
  /**
   * Per hash bucket (`hash & (RECENT_SLOTS - 1)`), the position of the first occurrence of the
   * last id of that bucket met among the references (a hint: checked against the references
   * themselves before use, so stale positions from earlier batches or blocks are harmless).
   */
  private readonly recent = new Int32Array(RECENT_SLOTS).fill(-1);
  /** Sum of prefetched values, kept so that the loads are not optimized away. */
  private warmth = 0;
  // Per id (by its number): file and line, in typed arrays (8 bytes an id instead of 16 in plain
  // arrays). Its type is the id's tag in `ids`, beside its key, where a reference reads it.
  private declaredFile: Int32Array;
  private declaredLine: Uint32Array;
  private declaredCount = 0;

  // References to ids not declared yet, decided in `finish`.
  private readonly pendingRefId: string[] = [];
  private readonly pendingRefMask: number[] = [];
  private readonly pendingRefSites = new IssueSites();

  /** Lifetimes: earliest start and latest end, as day strings (for messages) and day numbers. */
  private readonly lifetimes = new Map<string, Lifetime>();
  // Uses of containers not declared yet, decided in `finish`.
  private readonly pendingUseId: string[] = [];
  private readonly pendingUseLatestStart: number[] = [];
  private readonly pendingUseEarliestEnd: number[] = [];
  private readonly pendingUseKind: number[] = [];
  private readonly pendingUseSites = new IssueSites();

  private readonly seats = new Map<string, number>();
  private readonly terms = new Map<string, Term[]>();
  private readonly occupancies = new Map<string, Occ[]>();
  private readonly singlePositions = new Set<string>();
  private readonly orgCountries = new Map<string, string>();
  private readonly parts: {
    org: string;
    countries: string;
    file: number;
    line: number;
    pointer: string;
    recordId: string | undefined;
    ok: boolean;
  }[] = [];

  /**
   * @param describe renders a location for messages (`people.jsonl:3`, or `/2` for in-memory
   *   records).
   */
  constructor(
    private readonly describe: (file: number, line: number) => string,
    /** Builds the pointer of a reference from its compact form (see `ReferenceTable.pointer`). */
    private readonly refPointer: (field: number, i: number, j: number, k: number) => string,
    /**
     * Receives each cross-record issue as soon as it is decided. The store keeps none: how many
     * are kept is the receiver's business (memory stays bounded however many there are).
     */
    private readonly emit: (issue: StoredIssue) => void,
    /** Writes the validator's own messages, in the language chosen for the run. */
    private readonly say: Say,
    /** How many ids the run is expected to declare (a hint for the initial size of the tables). */
    expectedIds = 0,
  ) {
    this.ids = new IdTable(expectedIds);
    const room = Math.max(INITIAL_IDS, expectedIds);
    this.declaredFile = new Int32Array(room);
    this.declaredLine = new Uint32Array(room);
  }

  private report(
    file: number,
    line: number,
    pointer: string,
    recordId: string | undefined,
    code: IssueCode,
    message: string,
    fresh = true,
    related?: StoredIssue['related'],
  ): void {
    if (file === REFERENCE_FILE) return;
    const issue: StoredIssue = { fileIndex: file, line, pointer, recordId, code, message };
    if (fresh && ISSUE_CODES[code].severity === 'error') issue.freshKey = `${file}:${line}:${recordId ?? ''}`;
    if (related !== undefined) issue.related = related;
    this.emit(issue);
  }

  /** {@link report} at a site. */
  private reportAt(site: IssueSite, code: IssueCode, message: string): void {
    this.report(site.file, site.line, site.pointer, site.recordId, code, message, site.fresh);
  }

  private grow(): void {
    const size = this.declaredFile.length * 2;
    const file = new Int32Array(size);
    file.set(this.declaredFile);
    const line = new Uint32Array(size);
    line.set(this.declaredLine);
    this.declaredFile = file;
    this.declaredLine = line;
  }

  /**
   * Merges a block's facts. `lineBase` is added to the block's relative lines (a relative line
   * of 0 stays 0: no line).
   */
  merge(f: FactsView, file: number, lineBase: number): void {
    const abs = (line: number): number => (line === 0 ? 0 : line + lineBase);
    const rec = (decl: number): string | undefined => (decl < 0 ? undefined : f.declId[decl]);
    const base = (decl: number): string => (decl < 0 ? '' : (f.declBase[decl] ?? ''));
    const ok = (decl: number): boolean => decl < 0 || f.declOk[decl] === 1;
    const site = (decl: number, line: number): Site => ({
      base: base(decl),
      ok: ok(decl),
      file,
      line: abs(line),
      recordId: rec(decl),
    });
    const usePointerOf = (k: number): string =>
      base(f.useDecl[k] as number) + (USE_FIELDS[f.useField[k] as number] ?? '');
    const pointerOf = (k: number): string =>
      base(f.refDecl[k] as number) +
      this.refPointer(f.refField[k] as number, f.refI[k] as number, f.refJ[k] as number, f.refK[k] as number);
    // Sites are made only where an issue is reported now.
    const refSite = (k: number, decl: number): IssueSite => ({
      file,
      line: abs(f.refLine[k] as number),
      pointer: pointerOf(k),
      recordId: rec(decl),
      fresh: ok(decl),
    });
    const useSite = (k: number): IssueSite => {
      const decl = f.useDecl[k] as number;
      return {
        file,
        line: abs(f.useLine[k] as number),
        pointer: usePointerOf(k),
        recordId: rec(decl),
        fresh: ok(decl),
      };
    };

    const hashes = this.hashes;
    // Hashes come with the facts (computed where the records were checked, maybe on a worker);
    // facts built without them are hashed here.
    const declHashed = f.declHash.length === f.declId.length;
    for (let k = 0; k < f.declId.length; k++) {
      // The slots of a batch of ids are loaded together (see IdTable.prefetch).
      if (k % WARM_BATCH === 0) {
        const to = Math.min(k + WARM_BATCH, f.declId.length);
        let sum = 0;
        for (let m = k; m < to; m++) {
          const id = f.declId[m] as string;
          // Reading the length loads the id string itself, in cache by the time it is stored.
          sum += id.length;
          hashes[m - k] = declHashed ? (f.declHash[m] as number) : hashId(id);
        }
        this.warmth += sum;
        this.ids.prefetch(hashes, to - k);
      }
      const id = f.declId[k] as string;
      const type = f.declType[k] as number;
      const line = abs(f.declLine[k] as number);
      // One probe: adds the id when new (numbered declaredCount, tagged with its type), else
      // returns its number.
      const h = hashes[k % WARM_BATCH] as number;
      const prev = this.ids.addHashed(id, h, type);
      if (prev >= 0 && this.declaredFile[prev] !== REFERENCE_FILE) {
        this.report(
          file,
          line,
          `${f.declBase[k] ?? ''}/id`,
          id,
          'duplicate_id',
          this.say('duplicate_id', {
            id,
            where: this.describe(this.declaredFile[prev] as number, this.declaredLine[prev] as number),
          }),
          f.declOk[k] === 1,
        );
        continue;
      }
      if (prev >= 0) {
        // A dataset record replaces the shipped record of the same id.
        this.ids.retagHashed(id, h, type);
        this.declaredFile[prev] = file;
        this.declaredLine[prev] = line;
        continue;
      }
      if (this.declaredCount === this.declaredFile.length) this.grow();
      const at = this.declaredCount++;
      this.declaredFile[at] = file;
      this.declaredLine[at] = line;
    }

    for (let k = 0; k < f.lifeId.length; k++)
      this.lifetimes.set(f.lifeId[k] as string, {
        from: f.lifeEarliestStart[k] as string,
        to: f.lifeLatestEnd[k] as string,
        fromDay: dayNumber(f.lifeEarliestStart[k] as string),
        toDay: dayNumber(f.lifeLatestEnd[k] as string),
      });
    for (let k = 0; k < f.seatsId.length; k++) this.seats.set(f.seatsId[k] as string, f.seats[k] as number);
    for (const id of f.singlePosition) this.singlePositions.add(id);
    for (let k = 0; k < f.orgCountryId.length; k++)
      this.orgCountries.set(f.orgCountryId[k] as string, f.orgCountry[k] as string);

    // A record often names one id several times (a delegation head, its member, a participant),
    // and records near one another name the same agencies and forums. Within this loop the table
    // does not change, so an id resolves the same wherever it occurs: each reference is compared
    // with the last reference of its hash bucket in the batch, and only new ids are looked up.
    const entOf = this.batchEnts;
    const fresh = this.batchFresh;
    const batchHash = this.batchHash;
    const recent = this.recent;
    const refHashed = f.refHash.length === f.refId.length;
    for (let from = 0; from < f.refId.length; from += WARM_BATCH) {
      const to = Math.min(from + WARM_BATCH, f.refId.length);
      let n = 0;
      // The id strings were made when their records were read, a block ago: their loads are
      // overlapped here, before the comparisons below wait for them one by one.
      let sum = 0;
      for (let k = from; k < to; k++) sum += (f.refId[k] as string).length;
      this.warmth += sum;
      for (let k = from; k < to; k++) {
        const id = f.refId[k] as string;
        const h = refHashed ? (f.refHash[k] as number) : hashId(id);
        batchHash[k - from] = h;
        const bucket = h & (RECENT_SLOTS - 1);
        // Hashes first: two different ids of the same length would otherwise be compared
        // character by character.
        const j = recent[bucket] as number;
        if (j >= from && j < k && batchHash[j - from] === h && f.refId[j] === id) {
          // A repeat points at the slot of its first occurrence (negative: not resolved yet).
          entOf[k - from] = entOf[j - from] as number;
        } else {
          recent[bucket] = k;
          entOf[k - from] = -2 - n;
          hashes[n] = h;
          fresh[n++] = k;
        }
      }
      this.ids.prefetch(hashes, n);
      for (let m = 0; m < n; m++) {
        const k = fresh[m] as number;
        entOf[k - from] = this.ids.tagHashed(f.refId[k] as string, hashes[m] as number);
      }
      for (let k = from; k < to; k++) {
        // The type of the referenced id, or -1 (not declared yet).
        let type = entOf[k - from] as number;
        // A repeat whose first occurrence was looked up after it was recorded.
        if (type <= -2) type = entOf[(fresh[-2 - type] as number) - from] as number;
        const decl = f.refDecl[k] as number;
        const mask = f.refMask[k] as number;
        if (type >= 0) {
          if ((mask & (1 << type)) === 0) {
            const site = refSite(k, decl);
            this.checkRefType(type, f.refId[k] as string, mask, site);
          }
          continue;
        }
        this.pendingRefId.push(f.refId[k] as string);
        this.pendingRefMask.push(mask);
        this.pendingRefSites.push(file, abs(f.refLine[k] as number), pointerOf(k), rec(decl), ok(decl));
      }
    }

    for (let k = 0; k < f.useId.length; k++) {
      const id = f.useId[k] as string;
      // Containers are few: their small lifetime map answers first. An id declared without a
      // lifetime needs no check; one not declared yet waits for `finish`.
      const life = this.lifetimes.get(id);
      if (life !== undefined) {
        const outside = outsideLifetime(life, f.useLatestStart[k] as number, f.useEarliestEnd[k] as number);
        if (outside !== undefined) this.reportUse(outside, life, id, f.useKind[k] as number, useSite(k));
        continue;
      }
      if (this.ids.get(id) >= 0) continue;
      const decl = f.useDecl[k] as number;
      this.pendingUseId.push(id);
      this.pendingUseLatestStart.push(f.useLatestStart[k] as number);
      this.pendingUseEarliestEnd.push(f.useEarliestEnd[k] as number);
      this.pendingUseKind.push(f.useKind[k] as number);
      this.pendingUseSites.push(file, abs(f.useLine[k] as number), usePointerOf(k), rec(decl), ok(decl));
    }

    for (let k = 0; k < f.termBody.length; k++) {
      listOf(this.terms, f.termBody[k] as string).push({
        ...site(f.termDecl[k] as number, f.termLine[k] as number),
        latestStart: f.termLatestStart[k] as string,
        earliestEnd: f.termEarliestEnd[k] as string,
        chairs: f.termChairs[k] as number,
      });
    }

    for (let k = 0; k < f.occPosition.length; k++) {
      listOf(this.occupancies, f.occPosition[k] as string).push({
        ...site(f.occDecl[k] as number, f.occLine[k] as number),
        person: f.occPerson[k] as string,
        latestStart: f.occLatestStart[k] as string,
        earliestEnd: f.occEarliestEnd[k] as string,
      });
    }

    for (let k = 0; k < f.partOrg.length; k++) {
      this.parts.push({
        org: f.partOrg[k] as string,
        countries: f.partCountries[k] as string,
        file,
        line: abs(f.partLine[k] as number),
        pointer: f.partPointer[k] as string,
        recordId: rec(f.partDecl[k] as number),
        ok: ok(f.partDecl[k] as number),
      });
    }
  }

  /** Reports a reference to `id`, of record type `type`, where `mask` allows no such type. */
  private checkRefType(type: number, id: string, mask: number, site: IssueSite): void {
    if ((mask & (1 << type)) !== 0) return;
    this.reportAt(
      site,
      'wrong_reference_type',
      this.say('wrong_reference_type', {
        id,
        type: typeName(type),
        expected: typeNamesOfMask(mask).join(this.say('or')),
      }),
    );
  }

  private checkUse(id: string, latestStart: number, earliestEnd: number, kind: number, site: IssueSite): void {
    const life = this.lifetimes.get(id);
    if (life === undefined) return;
    const outside = outsideLifetime(life, latestStart, earliestEnd);
    if (outside !== undefined) this.reportUse(outside, life, id, kind, site);
  }

  /** Reports a use of container `id` outside its lifetime (see {@link outsideLifetime}). */
  private reportUse(
    outside: 'starts_before_lifetime' | 'ends_after_lifetime',
    life: Lifetime,
    id: string,
    kind: number,
    site: IssueSite,
  ): void {
    const what = this.say(USE_KIND_MESSAGES[kind] ?? 'use_record');
    this.reportAt(
      site,
      'outside_lifetime',
      outside === 'starts_before_lifetime'
        ? this.say(outside, { what, id, from: life.from })
        : this.say(outside, { what, id, to: life.to }),
    );
  }

  /** Decides everything left, handing each issue to `emit`. */
  finish(): void {
    for (let k = 0; k < this.pendingRefId.length; k++) {
      const id = this.pendingRefId[k] as string;
      const type = this.ids.tag(id);
      const site = this.pendingRefSites.at(k);
      if (type < 0) this.reportAt(site, 'unknown_reference', this.say('unknown_reference', { id }));
      else this.checkRefType(type, id, this.pendingRefMask[k] as number, site);
    }
    for (let k = 0; k < this.pendingUseId.length; k++) {
      this.checkUse(
        this.pendingUseId[k] as string,
        this.pendingUseLatestStart[k] as number,
        this.pendingUseEarliestEnd[k] as number,
        this.pendingUseKind[k] as number,
        this.pendingUseSites.at(k),
      );
    }
    for (const [body, list] of this.terms) {
      const seats = this.seats.get(body);
      if (seats !== undefined) {
        for (const t of list) {
          if (t.chairs > seats) {
            this.report(
              t.file,
              t.line,
              `${t.base}/chairs`,
              t.recordId,
              'too_many_chairs',
              this.say(seats === 1 ? 'too_many_chairs_one' : 'too_many_chairs_other', {
                chairs: t.chairs,
                body,
                seats,
              }),
              t.ok,
            );
          }
        }
      }
      // Two terms of one record (a record read twice) are not an overlap; shipped terms are
      // merged first, so the later term of a pair is always the dataset's.
      this.reportOverlaps(
        list,
        (t) => t.recordId,
        (t, n, first) => {
          const what =
            n === 1
              ? first[0]?.recordId === undefined
                ? this.say('another_term')
                : this.say('quoted_id', { id: first[0].recordId })
              : this.say('other_terms', { n });
          return [
            `${t.base}/interval`,
            'overlapping_co_chair_terms',
            this.say('co_chair_overlap', { body, what, partners: this.partners(first, n) }),
          ];
        },
      );
    }
    for (const [pos, list] of this.occupancies) {
      if (!this.singlePositions.has(pos)) continue;
      this.reportOverlaps(
        list,
        (t) => t.person,
        (t, n, first) => {
          const message =
            n === 1
              ? this.say('single_post_overlap_one', {
                  a: t.person,
                  b: (first[0] as Occ).person,
                  post: pos,
                  partners: this.partners(first, n),
                })
              : this.say('single_post_overlap_many', {
                  a: t.person,
                  post: pos,
                  n,
                  partners: this.partners(first, n, (o) => this.say('quoted_id', { id: o.person })),
                });
          return [`${t.base}/interval`, 'overlapping_occupancy', message];
        },
      );
    }
    for (const p of this.parts) {
      const country = this.orgCountries.get(p.org);
      if (country === undefined) continue;
      if (!p.countries.split(',').includes(country)) {
        this.report(
          p.file,
          p.line,
          p.pointer,
          p.recordId,
          'participant_not_in_delegation',
          this.say('participant_no_party', {
            org: p.org,
            country,
            countries: p.countries.replaceAll(',', this.say('list_separator')),
          }),
          p.ok,
        );
      }
    }
  }

  /** `(file:3)` for one partner; `("a" (file:3), "b" (file:5), … and 7 more)` for several. */
  private partners<T extends Site>(
    first: readonly T[],
    n: number,
    name: (t: T) => string = (t) =>
      t.recordId === undefined ? this.say('a_record') : this.say('quoted_id', { id: t.recordId }),
  ): string {
    if (n === 1 && first[0] !== undefined) return `(${this.describe(first[0].file, first[0].line)})`;
    const list = first
      .map((t) => this.say('partner', { name: name(t), where: this.describe(t.file, t.line) }))
      .join(this.say('list_separator'));
    return n > first.length
      ? this.say('partners_more', { list, more: n - first.length })
      : this.say('partners', { list });
  }

  /**
   * Reports each item of `list` (in reading order) that certainly overlaps earlier items, once,
   * with how many it overlaps and the first {@link RELATED_SHOWN} of them; items with the same
   * `group` key (same record, same person) are not compared. Counting takes O(n log n) however
   * many pairs overlap (see {@link countEarlierOverlaps}); naming the first partners scans the
   * earlier items of reported ones only until enough are found.
   */
  private reportOverlaps<T extends Site & { latestStart: string; earliestEnd: string }>(
    list: readonly T[],
    group: (t: T) => string | undefined,
    describeIssue: (t: T, n: number, first: T[]) => [pointer: string, code: IssueCode, message: string],
  ): void {
    if (list.length < 2) return;
    const counts = countEarlierOverlaps(list);
    const byGroup = new Map<string, number[]>();
    for (let a = 0; a < list.length; a++) {
      const key = group(list[a] as T);
      if (key !== undefined) listOf(byGroup, key).push(a);
    }
    for (const members of byGroup.values()) {
      if (members.length < 2) continue;
      const inner = countEarlierOverlaps(members.map((a) => list[a] as T));
      for (let m = 0; m < members.length; m++) {
        const a = members[m] as number;
        counts[a] = (counts[a] as number) - (inner[m] as number);
      }
    }
    for (let a = 0; a < list.length; a++) {
      const n = counts[a] as number;
      if (n <= 0) continue;
      const t = list[a] as T;
      if (t.file === REFERENCE_FILE) continue;
      const key = group(t);
      const first: T[] = [];
      for (let b = 0; b < a && first.length < RELATED_SHOWN; b++) {
        const u = list[b] as T;
        if (key !== undefined && group(u) === key) continue;
        if (certainlyOverlap(u.latestStart, u.earliestEnd, t.latestStart, t.earliestEnd)) first.push(u);
      }
      const [pointer, code, message] = describeIssue(t, n, first);
      this.report(t.file, t.line, pointer, t.recordId, code, message, t.ok, {
        count: n,
        first: first.map((u) => ({ recordId: u.recordId, file: u.file, line: u.line })),
      });
    }
  }
}
