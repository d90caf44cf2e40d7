/**
 * Where each character of a document's prose occurred before, and how often
 * each occurs: one pass over the prose that the doubled-word scan and the
 * look-alike search share. Reading every character is most of the cost of
 * both, so they no longer read them twice.
 */
import type { NoticeDocument } from './model';
import { proseLines } from './text';

export interface ProseOccurrences {
  /**
   * Per offset in `doc.text` within a prose line, where the same UTF-16 code
   * unit occurred before it in the prose, or -1 for nowhere. Offsets outside
   * the prose hold stale values: read only offsets of prose.
   */
  previous: Int32Array;
  /**
   * Per UTF-16 code unit c, how often it occurs in the prose (`[2c]`) and one
   * past where it last did (`[2c+1]`, 0 for nowhere), side by side so that
   * counting reads one cache line per character.
   */
  counts: Int32Array;
  /** Every code unit the prose holds, each once. */
  codes: readonly number[];
  /** How many characters the prose lines hold together. */
  characters: number;
}

/**
 * The tables are reused from document to document: a 1 MB notice would
 * otherwise allocate megabytes per analysis. They describe the document
 * indexed last, which every analysis, being synchronous, reads before the
 * next one starts. That document is remembered in a WeakSet of its own, not
 * a WeakRef: a WeakRef keeps its target alive to the end of the job that
 * made it, so a checker analysing thousands of files in one loop kept every
 * one of their models.
 */
const counts = new Int32Array(2 * 0x10000);
let previous = new Int32Array(0);
/** Entries (4 bytes each) of `previous` kept after a larger text without shrinking it: enough for a 1 MB notice. */
const KEPT_WITHOUT_SHRINKING = 1 << 20;
let indexed: { doc: WeakSet<NoticeDocument>; occurrences: ProseOccurrences } | undefined;

/** The occurrences of `doc`'s prose characters; valid until another document is indexed. */
export function proseOccurrences(doc: NoticeDocument): ProseOccurrences {
  if (indexed?.doc.has(doc)) return indexed.occurrences;
  if (indexed) {
    for (const code of indexed.occurrences.codes) {
      counts[2 * code] = 0;
      counts[2 * code + 1] = 0;
    }
  }
  const text = doc.text;
  // Grown to the text, and shrunk after a far larger one, so that one huge document does not leave its table behind.
  if (previous.length < text.length || previous.length > 4 * text.length + KEPT_WITHOUT_SHRINKING) previous = new Int32Array(text.length);
  const codes: number[] = [];
  let characters = 0;
  // Every character is counted, not only Han ones: a test per character costs more than the counts nobody reads.
  for (const line of proseLines(doc)) {
    const start = doc.lineOffsets[line];
    const end = start + doc.lines[line].length;
    for (let at = start; at < end; at++) {
      const code = text.charCodeAt(at);
      if (counts[2 * code]++ === 0) codes.push(code);
      previous[at] = counts[2 * code + 1] - 1;
      counts[2 * code + 1] = at + 1;
    }
    characters += end - start;
  }
  const occurrences = { previous, counts, codes, characters };
  indexed = { doc: new WeakSet([doc]), occurrences };
  return occurrences;
}
