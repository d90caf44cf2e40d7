/** Three UTF-16 code units packed into one number (exact: below 2^48), a cheap Map key for short sequences. */
export function tripleKey(a: number, b: number, c: number): number {
  return (a * 0x10000 + b) * 0x10000 + c;
}
