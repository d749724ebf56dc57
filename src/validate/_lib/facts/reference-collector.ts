import { REFERENCE_FIELDS } from '../../../schemas/index.js';
import type { Facts } from './facts.js';
import { maskOf, typeIndex } from '../check/record-types.js';
import { hashId } from './id-table.js';

/** One reference field, ready to walk: target as a type mask. */
interface Field {
  /** Property names (`'*'` = every array index). */
  path: readonly string[];
  /** Bit mask of accepted record types, or -1 for a party reference. */
  mask: number;
}

const PARTY_ORG = /* @__PURE__ */ maskOf(['agency', 'forum']);
const PARTY_PERSON = /* @__PURE__ */ maskOf(['person']);
const MAX_STARS = 3;
/** How many earlier references of the same record a new one is compared with, to reuse its hash. */
const SAME_ID_LOOKBACK = 8;

/**
 * The references of records, from the schemas' `REFERENCE_FIELDS` table: equivalent to
 * `recordReferences` (same ids, pointers and expected types), but writing straight into the
 * facts with masks computed once, and storing each pointer as a field number plus up to three
 * array indices; the pointer string is built only when an issue needs it.
 */
export interface ReferenceTable {
  /**
   * Adds every reference of a record to the facts. With `wellFormedOnly` (for a record that fails
   * the schema) only ids that are well formed and of an accepted type are added: the others
   * already carry a schema issue at the same place.
   */
  collect(record: Record<string, unknown>, f: Facts, line: number, decl: number, wellFormedOnly?: boolean): void;
  /** The JSON Pointer of a collected reference (relative to its record). */
  pointer(field: number, i: number, j: number, k: number): string;
}

/** A node of the per-type trie of reference paths: arrays and objects are walked once each. */
interface Node {
  /** Property name, or `'*'` for every element of an array. */
  key: string;
  children: Node[];
  /** Fields whose path ends here. */
  leaves: number[];
  /** Their masks (`Field.mask`), beside them. */
  leafMasks: number[];
  /** The child for every element of an array (`'*'`), if any. */
  star: Node | undefined;
}

/** Whether `id` is `<type>.<slug>` with a slug of `[a-z0-9-]+` and a type that `mask` accepts. */
function isWellFormedIdOf(id: string, mask: number): boolean {
  const dot = id.indexOf('.');
  if (dot <= 0 || dot === id.length - 1) return false;
  const type = typeIndex(id.slice(0, dot));
  if (type < 0 || (mask & (1 << type)) === 0) return false;
  for (let i = dot + 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) return false;
  }
  return true;
}

/** Builds the {@link ReferenceTable}. Deterministic: worker threads build the same numbering. */
export function createReferenceTable(): ReferenceTable {
  const fields: Field[] = [];
  const tries = new Map<string, Node>();
  for (const [type, list] of Object.entries(REFERENCE_FIELDS)) {
    const root: Node = { key: '', children: [], leaves: [], leafMasks: [], star: undefined };
    for (const field of list) {
      if (field.path.filter((s) => s === '*').length > MAX_STARS)
        throw new Error(`reference field ${field.path.join('/')} has too many arrays`);
      let node = root;
      for (const segment of field.path) {
        let child = node.children.find((c) => c.key === segment);
        if (child === undefined) {
          child = { key: segment, children: [], leaves: [], leafMasks: [], star: undefined };
          node.children.push(child);
          if (segment === '*') node.star = child;
        }
        node = child;
      }
      const mask = field.target === 'party' ? -1 : maskOf(field.target);
      node.leaves.push(fields.length);
      node.leafMasks.push(mask);
      fields.push({ path: field.path, mask });
    }
    tries.set(type, root);
  }

  const idx = [-1, -1, -1];
  let wellFormedOnly = false;
  /** Index in `refId` of the first reference of the record being collected. */
  let recordStart = 0;

  const emit = (f: Facts, id: string, mask: number, field: number, line: number, decl: number): void => {
    if (wellFormedOnly && !isWellFormedIdOf(id, mask)) return;
    // A record often names one id several times (a delegation head, its member, a participant).
    let hash: number | undefined;
    const n = f.refId.length;
    for (let j = n - 1; j >= recordStart && j >= n - SAME_ID_LOOKBACK; j--) {
      if (f.refId[j] === id) {
        hash = f.refHash[j];
        break;
      }
    }
    f.refId.push(id);
    f.refHash.push(hash ?? hashId(id));
    f.refMask.push(mask);
    f.refLine.push(line);
    f.refField.push(field);
    f.refI.push(idx[0] as number);
    f.refJ.push(idx[1] as number);
    f.refK.push(idx[2] as number);
    f.refDecl.push(decl);
  };

  // Index loops over precomputed lists: this runs for every record.
  const walk = (value: unknown, node: Node, stars: number, f: Facts, line: number, decl: number): void => {
    const leaves = node.leaves;
    for (let l = 0; l < leaves.length; l++) {
      const mask = node.leafMasks[l] as number;
      const n = leaves[l] as number;
      if (mask === -1) {
        if (typeof value !== 'object' || value === null) continue;
        const party = value as { kind?: unknown; id?: unknown };
        if (typeof party.id !== 'string') continue;
        if (party.kind === 'organization') emit(f, party.id, PARTY_ORG, n, line, decl);
        else if (party.kind === 'person') emit(f, party.id, PARTY_PERSON, n, line, decl);
      } else if (typeof value === 'string') {
        emit(f, value, mask, n, line, decl);
      }
    }
    if (node.children.length === 0 || typeof value !== 'object' || value === null) return;
    // Children in table order (a '*' child among named ones: same order as before).
    const children = node.children;
    for (let c = 0; c < children.length; c++) {
      const child = children[c] as Node;
      if (child === node.star) {
        if (!Array.isArray(value)) continue;
        for (let i = 0; i < value.length; i++) {
          idx[stars] = i;
          walk(value[i], child, stars + 1, f, line, decl);
        }
        idx[stars] = -1;
        continue;
      }
      if (Array.isArray(value)) continue;
      const next = (value as Record<string, unknown>)[child.key];
      if (next !== undefined) walk(next, child, stars, f, line, decl);
    }
  };

  // The same walk generated per record type (property names as constants, the trie unrolled):
  // this runs for every record, and a generic walk reads each property by a variable name.
  // Where code generation is not allowed, the generic walk runs.
  const generated = new Map<string, Walker>();
  for (const [type, root] of tries) {
    const walker = generateWalker(root, emit, idx);
    if (walker === undefined) break;
    generated.set(type, walker);
  }
  const walkers = generated.size === tries.size ? generated : undefined;

  return {
    collect(record, f, line, decl, onlyWellFormed = false) {
      const type = record['type'] as string;
      const root = tries.get(type);
      if (root === undefined) return;
      wellFormedOnly = onlyWellFormed;
      recordStart = f.refId.length;
      try {
        const walker = walkers?.get(type);
        if (walker !== undefined) walker(record, f, line, decl);
        else walk(record, root, 0, f, line, decl);
      } finally {
        wellFormedOnly = false;
      }
    },
    pointer(fieldNo, i, j, k) {
      const field = fields[fieldNo];
      if (field === undefined) return '';
      const indices = [i, j, k];
      let star = 0;
      let out = '';
      for (const segment of field.path) out += segment === '*' ? `/${indices[star++] ?? -1}` : `/${segment}`;
      return field.mask === -1 ? `${out}/id` : out;
    },
  };
}

type Emit = (f: Facts, id: string, mask: number, field: number, line: number, decl: number) => void;
type Walker = (record: unknown, f: Facts, line: number, decl: number) => void;

/**
 * The walk of `root` (see `createReferenceTable`) as one generated function: leaves first, then
 * children in table order, array indices kept in `idx` for the pointers, exactly as the generic
 * walk does. `undefined` where code generation is not allowed.
 */
function generateWalker(root: Node, emit: Emit, idx: number[]): Walker | undefined {
  let vars = 0;
  const lines: string[] = [];
  const gen = (node: Node, value: string, stars: number): void => {
    for (let l = 0; l < node.leaves.length; l++) {
      const mask = node.leafMasks[l] as number;
      const n = node.leaves[l] as number;
      if (mask === -1) {
        const id = `p${++vars}`;
        lines.push(`if (typeof ${value} === 'object' && ${value} !== null) { const ${id} = ${value}.id;`);
        lines.push(`if (typeof ${id} === 'string') { const k = ${value}.kind;`);
        lines.push(`if (k === 'organization') E(f, ${id}, ${PARTY_ORG}, ${n}, line, decl);`);
        lines.push(`else if (k === 'person') E(f, ${id}, ${PARTY_PERSON}, ${n}, line, decl); } }`);
      } else {
        lines.push(`if (typeof ${value} === 'string') E(f, ${value}, ${mask}, ${n}, line, decl);`);
      }
    }
    if (node.children.length === 0) return;
    lines.push(`if (typeof ${value} === 'object' && ${value} !== null) {`);
    for (const child of node.children) {
      const v = `v${++vars}`;
      if (child === node.star) {
        const i = `i${vars}`;
        lines.push(`if (Array.isArray(${value})) {`);
        lines.push(
          `for (let ${i} = 0; ${i} < ${value}.length; ${i}++) { I[${stars}] = ${i}; const ${v} = ${value}[${i}];`,
        );
        gen(child, v, stars + 1);
        lines.push(`} I[${stars}] = -1; }`);
      } else {
        lines.push(`if (!Array.isArray(${value})) { const ${v} = ${value}[${JSON.stringify(child.key)}];`);
        lines.push(`if (${v} !== undefined) {`);
        gen(child, v, stars);
        lines.push('} }');
      }
    }
    lines.push('}');
  };
  gen(root, 'record', 0);
  try {
    const make = new Function(
      'E',
      'I',
      `return function referenceWalk(record, f, line, decl) {\n${lines.join('\n')}\n};`,
    ) as (e: Emit, i: number[]) => Walker;
    return make(emit, idx);
  } catch {
    return undefined;
  }
}
