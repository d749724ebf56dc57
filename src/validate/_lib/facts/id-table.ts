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

/** Int32 words before each key's code units in the entry block: its number, its end (a byte offset), its tag. */
const HEAD = 3;

/** Largest share of used slots before the table doubles. */
const MAX_LOAD = 0.75;

/**
 * A set of ids numbered in insertion order (0, 1, 2…), each with a small number of its own (its
 * tag: the validator keeps the record type there), as an open-addressing hash table over typed
 * arrays. The keys are not kept as strings: each key is an entry in one contiguous block, its
 * number, end and tag followed by its code units (one byte per ASCII code unit, three for any
 * other), so a million ids cost about their length in bytes, and the garbage collector has no
 * million strings to trace. A slot is two int32 (the key's hash and where its entry starts), so
 * the slots of a million ids take 16 MB; a lookup touches one slot and, for a present key, one
 * entry, whose tag sits beside the bytes that are compared: two cache misses on a large table,
 * which {@link IdTable.prefetch} overlaps across a batch of keys.
 */
export class IdTable {
  private capacity: number;
  /** Per slot: hash, then the word offset of the key's entry in `words` + 1 (0 = empty). */
  private table: Int32Array;
  /** The entries (4-byte aligned): number, end of the code units, tag, then the code units. */
  private bytes: Uint8Array;
  /** `bytes` as int32 words (the same memory). */
  private words: Int32Array;
  /** Bytes of `bytes` in use. */
  private used = 0;
  private count = 0;
  /** Sum of prefetched values, kept so that the loads of {@link prefetch} are not optimized away. */
  private warmth = 0;

  /**
   * @param expected how many ids the table is expected to hold (a hint: it grows past it). Sized
   *   for it up front, the table is not rebuilt at each doubling on the way there.
   */
  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.capacity = capacity;
    this.table = new Int32Array(capacity * 2);
    this.bytes = new Uint8Array(Math.max(16 * 1024, expected * 36));
    this.words = new Int32Array(this.bytes.buffer);
  }

  /** Number of ids. */
  get size(): number {
    return this.count;
  }

  /** Whether the entry at word `w` holds exactly the code units of `key`. */
  private equals(w: number, key: string): boolean {
    const bytes = this.bytes;
    const end = this.words[w + 1] as number;
    let at = (w + HEAD) * 4;
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

  /** Word offset of the entry of `key` (>= 0), or `-1 - offset of a free slot` in `table` when absent. */
  private find(key: string, h: number): number {
    const table = this.table;
    const mask = this.capacity - 1;
    let i = h & mask;
    for (;;) {
      const o = i * 2;
      const e = table[o + 1] as number;
      if (e === 0) return -1 - o;
      if (table[o] === h && this.equals(e - 1, key)) return e - 1;
      i = (i + 1) & mask;
    }
  }

  /**
   * Loads, for each of `hashes[0..count)`, its home slot and the entry of the key found there, in
   * tight loops whose memory loads do not depend on one another: the processor overlaps their
   * cache misses, and the lookups that follow ({@link getHashed}, {@link tagHashed},
   * {@link addHashed}) find the lines in cache. Changes nothing.
   */
  prefetch(hashes: Int32Array, count: number): void {
    const table = this.table;
    const mask = this.capacity - 1;
    let sum = 0;
    for (let m = 0; m < count; m++) sum += table[((hashes[m] as number) & mask) * 2 + 1] as number;
    const words = this.words;
    for (let m = 0; m < count; m++) {
      const e = table[((hashes[m] as number) & mask) * 2 + 1] as number;
      if (e !== 0) sum += words[e] as number;
    }
    this.warmth += sum;
  }

  /** Number of `key`, or -1. */
  get(key: string): number {
    return this.getHashed(key, hashId(key));
  }

  /** Number of `key` whose {@link hashId} is `h`, or -1. */
  getHashed(key: string, h: number): number {
    const w = this.find(key, h);
    return w >= 0 ? (this.words[w] as number) : -1;
  }

  /** Tag of `key` whose {@link hashId} is `h`, or -1 when absent. */
  tagHashed(key: string, h: number): number {
    const w = this.find(key, h);
    return w >= 0 ? (this.words[w + 2] as number) : -1;
  }

  /** Tag of `key`, or -1 when absent. */
  tag(key: string): number {
    return this.tagHashed(key, hashId(key));
  }

  /** Sets the tag of `key` (whose {@link hashId} is `h`) when present; returns whether it is. */
  retagHashed(key: string, h: number, tag: number): boolean {
    const w = this.find(key, h);
    if (w < 0) return false;
    this.words[w + 2] = tag;
    return true;
  }

  /** Adds `key` (tagged `tag`, a number >= 0) when absent and returns -1; returns its number when present (not changed). */
  add(key: string, tag = 0): number {
    return this.addHashed(key, hashId(key), tag);
  }

  /** {@link add} for a key whose {@link hashId} is `h`. */
  addHashed(key: string, h: number, tag = 0): number {
    if (this.count + 1 > this.capacity * MAX_LOAD) this.grow();
    const w = this.find(key, h);
    if (w >= 0) return this.words[w] as number;
    const free = -1 - w;
    const entry = this.store(key, tag);
    this.table[free] = h;
    this.table[free + 1] = entry + 1;
    return -1;
  }

  /** Appends the entry of a new key (numbered `count`); returns its word offset. */
  private store(key: string, tag: number): number {
    const start = (this.used + 3) & ~3;
    const room = start + HEAD * 4 + key.length * 3;
    if (room > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, room + 3) & ~3);
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
      this.words = new Int32Array(bigger.buffer);
    }
    const bytes = this.bytes;
    let at = start + HEAD * 4;
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
    const w = start >> 2;
    this.words[w] = this.count++;
    this.words[w + 1] = at;
    this.words[w + 2] = tag;
    this.used = at;
    return w;
  }

  private grow(): void {
    const old = this.table;
    this.capacity *= 2;
    const table = new Int32Array(this.capacity * 2);
    const mask = this.capacity - 1;
    // Re-place slots from their stored hashes: no key is hashed or compared again.
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = (old[j] as number) & mask;
      while (table[i * 2 + 1] !== 0) i = (i + 1) & mask;
      table[i * 2] = old[j] as number;
      table[i * 2 + 1] = old[j + 1] as number;
    }
    this.table = table;
  }
}
