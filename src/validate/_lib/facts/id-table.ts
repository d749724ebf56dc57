/** FNV-1a hash of a string's UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Byte that starts a code unit stored on three bytes (ASCII code units take one byte). */
const WIDE = 0xff;

/** Largest share of used slots before the table doubles. */
const MAX_LOAD = 0.75;

/**
 * A set of ids numbered in insertion order (0, 1, 2…), as an open-addressing hash table over
 * typed arrays. The keys are not kept as strings: their code units are copied into one
 * contiguous byte block (one byte per ASCII code unit, three for any other), so a million ids
 * cost about their length in bytes, and the garbage collector has no million strings to trace.
 * Each slot holds a 32-bit hash beside the key's number, so a probe touches one cache line of
 * the table before it compares bytes (once, for a present key).
 */
export class IdTable {
  private capacity = 1024;
  /** Per slot: hash, then key number + 1 (0 = empty). */
  private table = new Int32Array(this.capacity * 2);
  /** Code units of every key, back to back. */
  private bytes = new Uint8Array(16 * 1024);
  private used = 0;
  /** Where each key starts in `bytes`; key `n` ends where key `n + 1` starts. */
  private starts = new Int32Array(1025);
  private count = 0;

  /** Number of ids. */
  get size(): number {
    return this.count;
  }

  /** Whether key number `n` holds exactly the code units of `key`. */
  private equals(n: number, key: string): boolean {
    const bytes = this.bytes;
    let at = this.starts[n] as number;
    const end = this.starts[n + 1] as number;
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

  /** Table index of `key` (>= 0), or `-1 - free index` when absent. */
  private find(key: string, h: number): number {
    const table = this.table;
    const mask = this.capacity - 1;
    let i = h & mask;
    for (;;) {
      const n = table[2 * i + 1] as number;
      if (n === 0) return -1 - i;
      if (table[2 * i] === h && this.equals(n - 1, key)) return i;
      i = (i + 1) & mask;
    }
  }

  /** Number of `key`, or -1. */
  get(key: string): number {
    const at = this.find(key, hash(key));
    return at >= 0 ? (this.table[2 * at + 1] as number) - 1 : -1;
  }

  /** Adds `key` when absent and returns -1; returns its number when present (not changed). */
  add(key: string): number {
    if (this.count + 1 > this.capacity * MAX_LOAD) this.grow();
    const h = hash(key);
    const at = this.find(key, h);
    if (at >= 0) return (this.table[2 * at + 1] as number) - 1;
    const free = -1 - at;
    this.table[2 * free] = h;
    this.table[2 * free + 1] = this.count + 1;
    this.store(key);
    return -1;
  }

  /** Appends the code units of a new key (number `count`) to the byte block. */
  private store(key: string): void {
    if (this.used + key.length * 3 > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + key.length * 3));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    if (this.count + 2 > this.starts.length) {
      const bigger = new Int32Array(this.starts.length * 2);
      bigger.set(this.starts);
      this.starts = bigger;
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
    this.count++;
    this.starts[this.count] = at;
  }

  private grow(): void {
    const old = this.table;
    this.capacity *= 2;
    const table = new Int32Array(this.capacity * 2);
    const mask = this.capacity - 1;
    // Re-place entries from the stored hashes: no key is hashed or compared again.
    for (let j = 0; j < old.length; j += 2) {
      const n = old[j + 1] as number;
      if (n === 0) continue;
      const h = old[j] as number;
      let i = h & mask;
      while (table[2 * i + 1] !== 0) i = (i + 1) & mask;
      table[2 * i] = h;
      table[2 * i + 1] = n;
    }
    this.table = table;
  }
}
