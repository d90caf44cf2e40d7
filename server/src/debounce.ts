/**
 * Per-document debouncing of validation: a burst of keystrokes is analysed
 * once, after the typist pauses. Kept apart from the server's wiring so the
 * benchmark can read the delay it subtracts.
 */

/** Long enough that a burst of keystrokes is analysed once, short enough to feel immediate. */
export const VALIDATION_DELAY_MS = 150;

export class Debouncer {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  /** Runs `task` for `key` once no further call for that key has come for the delay. */
  schedule(key: string, task: () => void): void {
    this.cancel(key);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        task();
      }, this.delayMs),
    );
  }

  cancel(key: string): void {
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
  }
}
