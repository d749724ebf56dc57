import type { TansiqRecord } from '../schemas/index.js';
import { ALL_TABLES } from './_lib/tables.js';

/**
 * A frozen array that is filled on first access: a proxy over an empty array that, the first time
 * any operation reaches it, appends every table's records and freezes it, then forwards the
 * operation. Proxy invariants hold because the target is complete and frozen before any trap
 * answers.
 */
function lazyRecords(): readonly TansiqRecord[] {
  const target: TansiqRecord[] = [];
  let filled = false;
  const fill = (): TansiqRecord[] => {
    if (!filled) {
      filled = true;
      for (const load of ALL_TABLES) for (const record of load()) target.push(record as TansiqRecord);
      Object.freeze(target);
    }
    return target;
  };
  return new Proxy(target, {
    get: (t, key) => Reflect.get(fill(), key),
    has: (t, key) => Reflect.has(fill(), key),
    ownKeys: () => Reflect.ownKeys(fill()),
    getOwnPropertyDescriptor: (t, key) => Reflect.getOwnPropertyDescriptor(fill(), key),
    isExtensible: () => Reflect.isExtensible(fill()),
    preventExtensions: () => Reflect.preventExtensions(fill()),
    getPrototypeOf: () => Reflect.getPrototypeOf(fill()),
    set: (t, key, value) => Reflect.set(fill(), key, value),
    defineProperty: (t, key, attributes) => Reflect.defineProperty(fill(), key, attributes),
    deleteProperty: (t, key) => Reflect.deleteProperty(fill(), key),
  });
}

/**
 * The whole shipped dataset as one frozen list of records, ready for `validateDataset`, the
 * exporters or your own indexing.
 *
 * Order: agencies, persons, positions, occupancies, forums, forum memberships, working groups,
 * co-chair terms, meetings, articles. Every record carries at least one source URL (the article
 * carries its own `url`), and every id it references is in the list. Counts (e.g. how many members
 * the GCTF had) are never stored: compute them with {@link forumMembersOn} and friends.
 *
 * The list is filled on first use (reading an index, its length, iterating, …), not when
 * `tansiq/data` is imported; it then behaves as an ordinary frozen array.
 *
 * @example
 * ```ts
 * referenceRecords.filter((r) => r.type === 'agency').length; // 111
 * referenceRecords.find((r) => r.id === 'forum.gctf')?.type; // 'forum'
 * ```
 * @category Reference data
 */
export const referenceRecords: readonly TansiqRecord[] = /* @__PURE__ */ lazyRecords();
