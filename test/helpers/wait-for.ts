/**
 * Bounded polling for the end-to-end tests, which watch an editor that
 * updates on its own time: no fixed sleeps, and a clear error at the bound.
 */

/** Polls `probe` every 100 ms until it returns something other than undefined; throws after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}
