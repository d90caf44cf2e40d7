/** Three UTF-16 code units packed into one number (exact: below 2^48), a cheap Map key for short sequences. */
export function tripleKey(a: number, b: number, c: number): number {
  return (a * 0x10000 + b) * 0x10000 + c;
}

/** Two UTF-16 code units packed into one 32-bit integer. */
function pairKey(a: number, b: number): number {
  return (a << 16) | b;
}

/**
 * A fixed map from pairs of UTF-16 code units to values, kept in
 * open-addressed typed arrays: a lookup hashes one integer and reads a slot
 * or two, where a Map of Maps makes two hashed lookups.
 */
export class CodePairMap<T> {
  private readonly keys: Int32Array;
  /** Per slot, 1 + the index of its value; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly values: T[] = [];
  private readonly mask: number;
  private readonly shift: number;

  /** `entries` name each pair once. */
  constructor(entries: ReadonlyArray<readonly [first: number, second: number, value: T]>) {
    // At most half full, so that every probe ends at an empty slot soon.
    let bits = 1;
    while (1 << bits < 2 * entries.length) bits++;
    this.keys = new Int32Array(1 << bits);
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (const [first, second, value] of entries) {
      const key = pairKey(first, second);
      let slot = this.home(key);
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.values.push(value);
      this.keys[slot] = key;
      this.slots[slot] = this.values.length;
    }
  }

  get(first: number, second: number): T | undefined {
    const key = pairKey(first, second);
    for (let slot = this.home(key); this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.keys[slot] === key) return this.values[this.slots[slot] - 1];
    }
    return undefined;
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}
