import type { IssueCode } from '../../issue-codes.js';
import { ISSUE_CODES } from '../../issue-codes.js';
import type { Facts } from '../facts/facts.js';
import { collectFacts } from '../facts/collect-facts.js';
import { hashId } from '../facts/id-table.js';
import { toPointer, toSegments } from '../input/pointer.js';
import type { RawIssue } from './raw-issue.js';
import { typeIndex } from './record-types.js';
import type { ReferenceTable } from '../facts/reference-collector.js';
import type { Say } from '../messages/messages.js';
import { nameWarningMessage } from '../messages/messages.js';

/** A zod-like issue, as far as the validator reads it. */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly received?: unknown;
  readonly note?: string;
  /** Parameters of a custom issue; `rule` names a rule across fields. */
  readonly params?: { readonly rule?: unknown };
}

/** One warning from the name inspector. */
export interface NameFlag {
  readonly code: string;
  readonly message: string;
}

/** What a record check needs: the schema and the optional name inspector. */
export interface CheckEnv {
  /** Parses one record; on failure returns every issue. */
  parse: (value: unknown) => { success: true; data: unknown } | { success: false; issues: readonly SchemaIssue[] };
  /**
   * Whether a record passes the schema as it is (its parsed output is then the value itself):
   * the fast path tried before `parse`, which then runs only for records it rejects.
   */
  accepts?: (value: unknown) => boolean;
  /** Returns warnings about a name (bidi controls, mixed scripts…). */
  inspectName: ((text: string) => readonly NameFlag[]) | undefined;
  /** Collects the references of valid records. */
  references: ReferenceTable;
  maxDepth: number;
  /** Longest line accepted, in bytes. */
  maxRecordBytes: number;
  /** Writes the validator's own messages, in the language chosen for the run. */
  say: Say;
}

/** Where a record sits, to build pointers and find lines and columns lazily. */
export interface RecordSite {
  /** Pointer segments of the record in its document (`[]` for JSON Lines, `[i]` in an array). */
  base: readonly (string | number)[];
  /** Line of the record, relative to the block (0 = none). */
  line: number;
  /** Line and column of a value (or of its key) given segments relative to the record. */
  locate: ((segments: readonly (string | number)[], key: boolean) => { line: number; column: number }) | undefined;
  /** Raw JSON text of the record, when it came from text (enables cheap prefilters). */
  text: string | undefined;
}

/** Accumulates the outcome of a block of records. */
export interface BlockOut {
  issues: RawIssue[];
  facts: Facts;
  records: number;
  invalidRecords: number;
  errors: number;
  /** The issue emitter of this block's records (created by the first record). */
  emitter?: Emitter;
}

const UNSAFE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/** Zod codes the catalogue knows; others map to `custom`. */
const SCHEMA_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'invalid_type',
  'unrecognized_keys',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'invalid_union',
  'custom',
]);

/** Participant roles that place a participant in a delegation. */
const DELEGATION_ROLES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'host',
  'visitor',
  'head-of-delegation',
  'member',
  'signatory',
]);

/** Reports the issues of the record being checked; one per block, reset for each record. */
class Emitter {
  hasError = false;
  site: RecordSite;
  recordId: string | undefined;
  constructor(
    private readonly out: BlockOut,
    site: RecordSite,
    /** Writes the validator's own messages. */
    readonly say: Say,
  ) {
    this.site = site;
  }

  /** Starts a record. */
  reset(site: RecordSite, recordId: string | undefined): this {
    this.site = site;
    this.recordId = recordId;
    this.hasError = false;
    return this;
  }

  emit(code: IssueCode, segments: readonly (string | number)[], message: string, key = false, rule?: string): void {
    const issue: RawIssue = { code, pointer: toPointer([...this.site.base, ...segments]), message };
    if (this.recordId !== undefined) issue.recordId = this.recordId;
    if (rule !== undefined) issue.rule = rule;
    if (this.site.locate !== undefined) {
      const at = this.site.locate(segments, key);
      issue.line = at.line;
      issue.column = at.column;
    } else if (this.site.line !== 0) {
      issue.line = this.site.line;
    }
    this.out.issues.push(issue);
    if (ISSUE_CODES[code].severity === 'error') {
      this.hasError = true;
      this.out.errors++;
    }
  }
}

type Json = unknown;

/** The outcome of a record the fast path accepts (shared: nothing is allocated per record). */
const ACCEPTED: { success: true; data: unknown } = Object.freeze({ success: true, data: undefined });

/**
 * Walks a value iteratively, reporting `__proto__` / `constructor` / `prototype` keys. In
 * `strict` mode (the `extensions` object, the only place where arbitrary nesting passes the
 * schema) nesting deeper than `maxDepth` is reported as `too_deep` and the walk returns false;
 * otherwise the walk just does not descend further. `skipKey` leaves out one top-level key.
 */
function walk(
  value: Json,
  maxDepth: number,
  em: Emitter,
  prefix: (string | number)[],
  strict: boolean,
  skipKey?: string,
): boolean {
  const stack: { v: Json; path: (string | number)[] }[] = [{ v: value, path: prefix }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: Json; path: (string | number)[] };
    if (path.length > maxDepth) {
      if (!strict) continue;
      em.emit('too_deep', path.slice(0, maxDepth), em.say('too_deep', { max: maxDepth }));
      return false;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const c: Json = v[i];
        if (c !== null && typeof c === 'object') stack.push({ v: c, path: [...path, i] });
      }
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        if (v === value && k === skipKey) continue;
        if (UNSAFE_KEYS.has(k)) em.emit('unsafe_key', [...path, k], em.say('unsafe_key', { key: k }), true);
        const c: Json = (v as Record<string, Json>)[k];
        if (c !== null && typeof c === 'object') stack.push({ v: c, path: [...path, k] });
      }
    }
  }
  return true;
}

function mapSchemaIssue(issue: SchemaIssue, em: Emitter): void {
  const segments = toSegments(issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys !== undefined) {
    for (const key of issue.keys) {
      if (UNSAFE_KEYS.has(key)) continue; // reported as unsafe_key by the walk
      // One issue per key, so each gets its own pointer and column; zod's (localized) message
      // is kept when it names that key alone.
      em.emit(
        'unrecognized_keys',
        [...segments, key],
        issue.keys.length === 1 ? issue.message : em.say('unrecognized_key', { key }),
        true,
      );
    }
    return;
  }
  if (issue.code === 'invalid_type' && (issue.received === 'Infinity' || issue.received === '-Infinity')) {
    em.emit(
      'number_out_of_range',
      segments,
      em.say('number_out_of_range', { value: String(issue.received), detail: issue.message }),
    );
    return;
  }
  if (
    issue.code === 'invalid_union' &&
    issue.note === 'No matching discriminator' &&
    segments.length === 1 &&
    segments[0] === 'type'
  ) {
    em.emit('invalid_record_type', segments, issue.message);
    return;
  }
  const rule = issue.params?.rule;
  em.emit(
    SCHEMA_CODES.has(issue.code) ? (issue.code as IssueCode) : 'custom',
    segments,
    issue.message,
    false,
    typeof rule === 'string' ? rule : undefined,
  );
}

interface LooseRecord {
  type?: unknown;
  id?: unknown;
  [key: string]: unknown;
}

/**
 * Whether `inspectName` is known to flag nothing in a name: printable ASCII, or basic Arabic
 * letters (U+0621–U+063A, U+0641–U+064A: no tatweel, marks, digits or presentation forms), with
 * single inner spaces only. Such a name has one script and no bidi control, invisible character,
 * presentation form or irregular whitespace, so the call is skipped on the hot path. The first
 * character chooses the script every other one must be in; one pass over the name.
 */
export function isPlainName(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const arabic = text.charCodeAt(0) >= 0x0621;
  let prev = 32; // a leading space counts as a doubled one
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prev === 32) return false;
    } else if (arabic ? c < 0x0621 || c > 0x064a || (c > 0x063a && c < 0x0641) : c < 33 || c > 126) return false;
    prev = c;
  }
  return prev !== 32;
}

function inspectNames(rec: LooseRecord, env: CheckEnv, em: Emitter): void {
  const inspect = env.inspectName;
  if (inspect === undefined) return;
  const name = rec['name'];
  if (typeof name === 'string' && !isPlainName(name)) {
    for (const w of inspect(name)) em.emit('suspicious_name', ['name'], nameWarningMessage(em.say, w));
  }
  const names = rec['names'];
  if (!Array.isArray(names)) return;
  for (let i = 0; i < names.length; i++) {
    const value = (names[i] as { value?: unknown } | null)?.value;
    if (typeof value !== 'string' || isPlainName(value)) continue;
    for (const w of inspect(value)) em.emit('suspicious_name', ['names', i, 'value'], nameWarningMessage(em.say, w));
  }
}

interface PartyLike {
  kind: string;
  country?: string;
  id?: string;
}

/** How a message names a party: `country:MA`, `organization:agency.x`, `person:person.y`. */
function partyLabel(p: PartyLike): string {
  return p.kind === 'country' ? `country:${p.country ?? ''}` : `${p.kind}:${p.id ?? ''}`;
}

function sameParty(a: PartyLike, b: PartyLike): boolean {
  return a.kind === b.kind && (a.kind === 'country' ? a.country === b.country : a.id === b.id);
}

/** Meeting participants whose party is not among the delegations' parties. */
function checkParticipants(
  rec: LooseRecord,
  em: Emitter,
  facts: Facts,
  line: number,
  decl: number,
  base: readonly (string | number)[],
): void {
  const delegations = rec['delegations'] as
    | { id: string; party: PartyLike; headPersonId?: string; memberPersonIds?: string[]; onBehalfOf?: PartyLike }[]
    | undefined;
  const participants = rec['participants'] as { ref: PartyLike; delegationId?: string; roles: string[] }[] | undefined;
  if (delegations === undefined || delegations.length === 0 || participants === undefined) return;
  for (let i = 0; i < participants.length; i++) {
    const p = participants[i] as { ref: PartyLike; delegationId?: string; roles: string[] };
    let inDelegation = false;
    for (const r of p.roles) if (DELEGATION_ROLES.has(r)) inDelegation = true;
    if (!inDelegation) continue;
    // The delegations the participant may belong to: all, or the one it names. Plain loops: this
    // runs for every participant of every meeting, and allocates nothing.
    const want = p.delegationId;
    let matched = false;
    for (const d of delegations) {
      if (want !== undefined && d.id !== want) continue;
      if (sameParty(d.party, p.ref) || (d.onBehalfOf !== undefined && sameParty(d.onBehalfOf, p.ref))) {
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (p.ref.kind === 'person') {
      // Only delegations that list people can tell; the person must be the head or a member of one.
      let listed = false;
      let found = false;
      for (const d of delegations) {
        if (want !== undefined && d.id !== want) continue;
        const members = d.memberPersonIds;
        if (d.headPersonId === undefined && (members === undefined || members.length === 0)) continue;
        listed = true;
        if (d.headPersonId === p.ref.id || (members !== undefined && members.includes(p.ref.id ?? ''))) {
          found = true;
          break;
        }
      }
      if (!listed || found) continue;
      em.emit(
        'participant_not_in_delegation',
        ['participants', i, 'ref', 'id'],
        em.say('participant_not_member', {
          id: p.ref.id ?? '',
          delegation: want === undefined ? em.say('any_delegation') : em.say('named_delegation', { id: want }),
        }),
      );
      continue;
    }
    if (p.ref.kind === 'organization') {
      const pool = want === undefined ? delegations : delegations.filter((d) => d.id === want);
      const countries = pool
        .map((d) => (d.party.kind === 'country' ? d.party.country : undefined))
        .filter((c): c is string => c !== undefined);
      if (countries.length > 0) {
        facts.partOrg.push(p.ref.id ?? '');
        facts.partCountries.push(countries.join(','));
        facts.partLine.push(line);
        facts.partPointer.push(toPointer([...base, 'participants', i, 'ref', 'id']));
        facts.partDecl.push(decl);
        continue;
      }
    }
    em.emit(
      'participant_not_in_delegation',
      ['participants', i, 'ref'],
      em.say('participant_not_party', {
        party: partyLabel(p.ref),
        delegation:
          p.delegationId === undefined ? em.say('any_delegation') : em.say('named_delegation', { id: p.delegationId }),
      }),
    );
  }
}

/**
 * Checks one parsed record: unsafe keys and depth, the schema (every issue), names, sources and
 * meeting participants; then leaves its compact facts for the checks across records.
 */
export function checkRecord(value: unknown, site: RecordSite, env: CheckEnv, out: BlockOut): void {
  out.records++;
  const rec = value as LooseRecord;
  const recordId = value !== null && typeof value === 'object' && typeof rec.id === 'string' ? rec.id : undefined;
  const em = (out.emitter ??= new Emitter(out, site, env.say)).reset(site, recordId);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    em.emit(
      'not_a_record',
      [],
      em.say('not_a_record', {
        found: value === null ? em.say('found_null') : Array.isArray(value) ? em.say('found_array') : typeof value,
      }),
    );
    out.invalidRecords++;
    return;
  }
  // Only `extensions` (a record of unknown values) may hold arbitrary keys and nesting that pass
  // the schema: it is walked (iteratively) for unsafe keys and depth. Anywhere else such a key
  // fails the strict schema, and is then reported by the walk after a failed parse.
  const ext = rec['extensions'];
  if (ext !== null && typeof ext === 'object' && !walk(ext, env.maxDepth, em, ['extensions'], true)) {
    out.invalidRecords++;
    return;
  }

  let parsed: { success: true; data: unknown } | { success: false; issues: readonly SchemaIssue[] };
  try {
    parsed = env.accepts?.(value) === true ? ACCEPTED : env.parse(value);
  } catch (error) {
    if (error instanceof RangeError) {
      em.emit('too_deep', [], em.say('record_too_deep'));
      out.invalidRecords++;
      return;
    }
    throw error;
  }
  if (!parsed.success) {
    walk(value, env.maxDepth, em, [], false, 'extensions');
    for (const issue of parsed.issues) mapSchemaIssue(issue, em);
  }

  const type = typeof rec.type === 'string' ? typeIndex(rec.type) : -1;
  const decl = recordId !== undefined && type >= 0 ? out.facts.declId.length : -1;
  if (decl >= 0) {
    out.facts.declId.push(recordId as string);
    out.facts.declHash.push(hashId(recordId as string));
    out.facts.declType.push(type);
    out.facts.declLine.push(site.line);
    out.facts.declBase.push(toPointer(site.base));
    out.facts.declOk.push(0);
  }
  if (parsed.success) {
    // An accepted record is its own parsed output (see `CheckEnv.accepts`).
    const data = (parsed === ACCEPTED ? value : parsed.data) as LooseRecord;
    if (data.type === 'meeting') checkParticipants(data, em, out.facts, site.line, decl, site.base);
    if (data.type !== 'article' && Array.isArray(data['sources']) && data['sources'].length === 0) {
      em.emit('missing_source', ['sources'], em.say('missing_source', { type: String(data.type) }));
    }
    inspectNames(data, env, em);
    // Facts from every record that passes the schema (so that its references and dates are
    // still checked when, say, a participant is misplaced); `declOk` tells whether a
    // cross-record error makes the record newly invalid.
    collectFacts(data, site.line, decl, out.facts, env.references);
  } else if (decl >= 0) {
    // A record that fails the schema still has its well-formed references checked, so that a
    // dangling id is reported in the same run as the record's other problems.
    env.references.collect(rec, out.facts, site.line, decl, true);
  }
  if (decl >= 0 && !em.hasError) out.facts.declOk[decl] = 1;
  if (em.hasError) out.invalidRecords++;
}
