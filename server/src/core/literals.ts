/**
 * Stretches of a line that are not Chinese prose and keep their own
 * punctuation: web addresses, e-mail addresses, `code` and phone numbers
 * with their area code in brackets (`(0531)86123456`). Punctuation rules
 * skip them.
 */

import type { NoticeDocument } from './model';

/**
 * An e-mail address as written in notices: ASCII local part, domain with a
 * dot. It starts only where a run of address characters starts, so a long
 * run without `@` is tried once, not from each of its characters.
 */
export const EMAIL_SOURCE = '(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+';

const LITERAL = new RegExp(
  [
    '`[^`]*`',
    // Up to whitespace or Chinese punctuation, which ends an address in running text.
    '(?:https?|ftp)://[^\\s\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’]+',
    'www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[^\\s\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’]*)?',
    EMAIL_SOURCE,
    '\\(0\\d{2,3}\\)[ \\t]?\\d{7,8}(?!\\d)',
  ].join('|'),
  'g',
);

export interface Span {
  start: number;
  end: number;
}

/** Every literal holds one of these; a line without them needs no full match (one pass of this is cheaper than one `includes` per cue). */
const LITERAL_CUE = /[`@]|:\/\/|www\.|\(0/;
/** The cues of `LITERAL_CUE`, looked for one by one in a whole text: `indexOf` passes over it faster than the regex. */
const CUES = ['`', '@', '://', 'www.', '(0'];
const NO_SPANS: readonly Span[] = [];

export function literalSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!LITERAL_CUE.test(text)) return spans;
  LITERAL.lastIndex = 0;
  for (let m = LITERAL.exec(text); m; m = LITERAL.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * `literalSpans` of a document's lines, asked for in ascending line order.
 * Each cue is looked for once through the whole text, not once per line: a
 * cue holds no line break, so a line holds one when the next cue starts
 * within it.
 */
export function lineLiterals(doc: NoticeDocument): (line: number) => readonly Span[] {
  const text = doc.text;
  /** Per cue: where it next occurs at or after the last line asked for (`text.length` for nowhere), or -1 before any. */
  const nextCue = CUES.map(() => -1);
  return (line) => {
    const start = doc.lineOffsets[line];
    const end = start + doc.lines[line].length;
    for (let k = 0; k < CUES.length; k++) {
      if (nextCue[k] < start) {
        const found = text.indexOf(CUES[k], start);
        nextCue[k] = found < 0 ? text.length : found;
      }
      if (nextCue[k] < end) return literalSpans(doc.lines[line]);
    }
    return NO_SPANS;
  };
}

/** Walks spans in order alongside an increasing offset: `inside(i)` for i = 0, 1, 2 … in linear time. */
export function spanCursor(spans: readonly Span[]): (index: number) => boolean {
  let next = 0;
  return (index) => {
    while (next < spans.length && spans[next].end <= index) next++;
    return next < spans.length && spans[next].start <= index;
  };
}
