/** FNV-1a hash of a string's UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * A set of ids numbered in insertion order (0, 1, 2…), as an open-addressing hash table over
 * typed arrays. For millions of fresh strings (every id from `JSON.parse` is a new string) it is
 * about a third faster than a `Map` and smaller: a probe compares a stored 32-bit hash before it
 * touches the key string.
 */
export class IdTable {
  private capacity = 1024;
  private hashes = new Int32Array(this.capacity);
  private slots = new Int32Array(this.capacity).fill(-1);
  private keys: string[] = [];

  /** Number of ids. */
  get size(): number {
    return this.keys.length;
  }

  /** Slot of `key` (>= 0), or `-1 - free slot` when absent. */
  private find(key: string, h: number): number {
    const mask = this.capacity - 1;
    let i = h & mask;
    for (;;) {
      const s = this.slots[i] as number;
      if (s === -1) return -1 - i;
      if (this.hashes[i] === h && this.keys[s] === key) return i;
      i = (i + 1) & mask;
    }
  }

  /** Number of `key`, or -1. */
  get(key: string): number {
    const at = this.find(key, hash(key));
    return at >= 0 ? (this.slots[at] as number) : -1;
  }

  /** Adds `key` when absent and returns -1; returns its number when present (not changed). */
  add(key: string): number {
    if ((this.keys.length + 1) * 2 > this.capacity) this.grow();
    const h = hash(key);
    const at = this.find(key, h);
    if (at >= 0) return this.slots[at] as number;
    const free = -1 - at;
    this.slots[free] = this.keys.length;
    this.hashes[free] = h;
    this.keys.push(key);
    return -1;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.capacity *= 2;
    this.hashes = new Int32Array(this.capacity);
    this.slots = new Int32Array(this.capacity).fill(-1);
    const mask = this.capacity - 1;
    // Re-place entries from the stored hashes: no string is hashed again.
    for (let j = 0; j < oldSlots.length; j++) {
      const n = oldSlots[j] as number;
      if (n === -1) continue;
      const h = oldHashes[j] as number;
      let i = h & mask;
      while (this.slots[i] !== -1) i = (i + 1) & mask;
      this.slots[i] = n;
      this.hashes[i] = h;
    }
  }
}
