/** How large a notice the checker and the language server will check: the same for both. */

/**
 * Far larger than any notice (they run to a few hundred kilobytes). A text
 * this size takes seconds to analyse and hundreds of megabytes of memory:
 * the checker refuses such a file, and the language server leaves such a
 * document unchecked rather than hold up every other request for seconds
 * at each edit.
 */
export const MAX_NOTICE_BYTES = 16 * 1024 * 1024;

/** Whether `text`, in UTF-8 as it would be saved, is over the limit. */
export function isTooLargeToCheck(text: string): boolean {
  // A UTF-16 code unit takes at most three bytes of UTF-8: most texts are ruled out without encoding them.
  return text.length * 3 > MAX_NOTICE_BYTES && Buffer.byteLength(text, 'utf8') > MAX_NOTICE_BYTES;
}

/** Megabytes with one decimal, as the messages about the limit give them. */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
