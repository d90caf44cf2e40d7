/**
 * Counting short character sequences of a text in one linear pass: an
 * open-addressing table over typed arrays, keyed by the characters at chosen
 * offsets of each sequence (so `[0, 2, 3]` groups `团结作家` with `团练作家`).
 * A Map keyed by strings costs several times more on a whole notice.
 */
export class GramTable {
  private readonly mask: number;
  /** Per slot: 1 + the text offset of the first sequence with that key, or 0 when free. */
  private readonly first: Int32Array;
  private readonly counts: Int32Array;

  constructor(
    private readonly text: string,
    private readonly keyOffsets: readonly number[],
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.mask = size - 1;
    this.first = new Int32Array(size);
    this.counts = new Int32Array(size);
  }

  private hash(at: number): number {
    let h = 0x811c9dc5;
    for (const offset of this.keyOffsets) h = Math.imul(h ^ this.text.charCodeAt(at + offset), 0x01000193);
    return (h >>> 0) & this.mask;
  }

  private sameKey(a: number, b: number): boolean {
    return this.keyOffsets.every((offset) => this.text.charCodeAt(a + offset) === this.text.charCodeAt(b + offset));
  }

  private slotOf(at: number): number {
    let slot = this.hash(at);
    while (this.first[slot] !== 0 && !this.sameKey(this.first[slot] - 1, at)) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** Counts the sequence at `at`; returns the offset of the first sequence with its key. */
  add(at: number): number {
    const slot = this.slotOf(at);
    if (this.first[slot] === 0) this.first[slot] = at + 1;
    this.counts[slot]++;
    return this.first[slot] - 1;
  }

  /** How many sequences added so far share the key of the sequence at `at`. */
  count(at: number): number {
    return this.counts[this.slotOf(at)];
  }
}
