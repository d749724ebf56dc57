import { RECORD_TYPES } from '../../../schemas/index.js';

const INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(RECORD_TYPES.map((t, i) => [t, i] as const));

/** Index of a record type name, or -1. */
export function typeIndex(type: string): number {
  return INDEX.get(type) ?? -1;
}

/** Name of a record type index. */
export function typeName(index: number): string {
  return RECORD_TYPES[index] ?? 'unknown';
}

/** Bit mask of a list of record type names. */
export function maskOf(types: readonly string[]): number {
  let mask = 0;
  for (const t of types) {
    const i = INDEX.get(t);
    if (i !== undefined) mask |= 1 << i;
  }
  return mask;
}

/** Type names in a bit mask, in catalogue order. */
export function typeNamesOfMask(mask: number): string[] {
  return RECORD_TYPES.filter((_, i) => (mask & (1 << i)) !== 0);
}
