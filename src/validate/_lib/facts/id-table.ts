/** FNV-1a hash of a string's UTF-16 code units (what {@link IdTable} files a key under). */
export function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Byte that starts a code unit stored on three bytes (ASCII code units take one byte). */
const WIDE = 0xff;

/** Int32 entries per slot: hash, key number + 1, start and end of the key's bytes. */
const SLOT = 4;

/** Largest share of used slots before the table doubles. */
const MAX_LOAD = 0.75;

/**
 * A set of ids numbered in insertion order (0, 1, 2…), as an open-addressing hash table over
 * typed arrays. The keys are not kept as strings: their code units are copied into one
 * contiguous byte block (one byte per ASCII code unit, three for any other), so a million ids
 * cost about their length in bytes, and the garbage collector has no million strings to trace.
 * A slot holds the key's 32-bit hash, its number and where its bytes are, so a lookup touches
 * one slot and, for a present key, its bytes: two cache misses on a large table, which
 * {@link IdTable.warm} overlaps across a batch of keys.
 */
export class IdTable {
  private capacity: number;
  /** Per slot: hash, key number + 1 (0 = empty), start and end of the key in `bytes`. */
  private table: Int32Array;
  /** Code units of every key, back to back. */
  private bytes: Uint8Array;
  private used = 0;
  private count = 0;
  /** Sum of warmed values, kept so that the loads of {@link warm} are not optimized away. */
  private warmth = 0;

  /**
   * @param expected how many ids the table is expected to hold (a hint: it grows past it). Sized
   *   for it up front, the table is not rebuilt at each doubling on the way there.
   */
  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.capacity = capacity;
    this.table = new Int32Array(capacity * SLOT);
    this.bytes = new Uint8Array(Math.max(16 * 1024, expected * 24));
  }

  /** Number of ids. */
  get size(): number {
    return this.count;
  }

  /** Whether the bytes at `[at, end)` are exactly the code units of `key`. */
  private equals(at: number, end: number, key: string): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < key.length; i++) {
      if (at >= end) return false;
      const c = key.charCodeAt(i);
      if (c < 0x80) {
        if (bytes[at] !== c) return false;
        at++;
      } else {
        if (bytes[at] !== WIDE || bytes[at + 1] !== c >> 8 || bytes[at + 2] !== (c & 0xff)) return false;
        at += 3;
      }
    }
    return at === end;
  }

  /** Slot offset of `key` in `table` (>= 0), or `-1 - offset of a free slot` when absent. */
  private find(key: string, h: number): number {
    const table = this.table;
    const mask = this.capacity - 1;
    let i = h & mask;
    for (;;) {
      const o = i * SLOT;
      const n = table[o + 1] as number;
      if (n === 0) return -1 - o;
      if (table[o] === h && this.equals(table[o + 2] as number, table[o + 3] as number, key)) return o;
      i = (i + 1) & mask;
    }
  }

  /**
   * Computes the hashes of `keys[from..to)` into `hashes[0..)` and loads, for each, its home slot
   * and the bytes of the key found there, in tight loops whose memory loads do not depend on one
   * another: the processor overlaps their cache misses, and the lookups that follow
   * ({@link getHashed}, {@link addHashed}) find the lines in cache. Changes nothing.
   */
  warm(keys: ArrayLike<string>, from: number, to: number, hashes: Int32Array): void {
    const table = this.table;
    const mask = this.capacity - 1;
    let sum = 0;
    for (let k = from; k < to; k++) hashes[k - from] = hashId(keys[k] as string);
    for (let k = 0; k < to - from; k++) sum += table[((hashes[k] as number) & mask) * SLOT] as number;
    const bytes = this.bytes;
    for (let k = 0; k < to - from; k++)
      sum += bytes[table[((hashes[k] as number) & mask) * SLOT + 2] as number] as number;
    this.warmth += sum;
  }

  /** {@link warm} for keys already hashed: `hashes[0..count)`. Changes nothing. */
  prefetch(hashes: Int32Array, count: number): void {
    const table = this.table;
    const mask = this.capacity - 1;
    let sum = 0;
    for (let m = 0; m < count; m++) sum += table[((hashes[m] as number) & mask) * SLOT] as number;
    const bytes = this.bytes;
    for (let m = 0; m < count; m++) sum += bytes[table[((hashes[m] as number) & mask) * SLOT + 2] as number] as number;
    this.warmth += sum;
  }

  /** Number of `key`, or -1. */
  get(key: string): number {
    return this.getHashed(key, hashId(key));
  }

  /** Number of `key` whose {@link hashId} is `h`, or -1. */
  getHashed(key: string, h: number): number {
    const at = this.find(key, h);
    return at >= 0 ? (this.table[at + 1] as number) - 1 : -1;
  }

  /** Adds `key` when absent and returns -1; returns its number when present (not changed). */
  add(key: string): number {
    return this.addHashed(key, hashId(key));
  }

  /** {@link add} for a key whose {@link hashId} is `h`. */
  addHashed(key: string, h: number): number {
    if (this.count + 1 > this.capacity * MAX_LOAD) this.grow();
    const at = this.find(key, h);
    if (at >= 0) return (this.table[at + 1] as number) - 1;
    const free = -1 - at;
    const start = this.used;
    this.store(key);
    this.table[free] = h;
    this.table[free + 1] = ++this.count;
    this.table[free + 2] = start;
    this.table[free + 3] = this.used;
    return -1;
  }

  /** Appends the code units of a new key to the byte block. */
  private store(key: string): void {
    if (this.used + key.length * 3 > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + key.length * 3));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    const bytes = this.bytes;
    let at = this.used;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c < 0x80) bytes[at++] = c;
      else {
        bytes[at] = WIDE;
        bytes[at + 1] = c >> 8;
        bytes[at + 2] = c & 0xff;
        at += 3;
      }
    }
    this.used = at;
  }

  private grow(): void {
    const old = this.table;
    this.capacity *= 2;
    const table = new Int32Array(this.capacity * SLOT);
    const mask = this.capacity - 1;
    // Re-place slots from their stored hashes: no key is hashed or compared again.
    for (let j = 0; j < old.length; j += SLOT) {
      if (old[j + 1] === 0) continue;
      let i = (old[j] as number) & mask;
      while (table[i * SLOT + 1] !== 0) i = (i + 1) & mask;
      const o = i * SLOT;
      table[o] = old[j] as number;
      table[o + 1] = old[j + 1] as number;
      table[o + 2] = old[j + 2] as number;
      table[o + 3] = old[j + 3] as number;
    }
    this.table = table;
  }
}
