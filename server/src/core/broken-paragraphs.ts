/**
 * Paragraphs that a reprint or a copy from a PDF broke where the page did:
 * a heading whose line ends on a mark that cannot end a title (`…伟大事业、`),
 * a paragraph of prose that ends without closing punctuation while the next
 * one carries straight on, or any paragraph followed by one that opens with a
 * closing mark (`》`, `”`), which no paragraph of its own does.
 * `structure/broken-line` reports them; `punctuation/pair` pairs marks across
 * them, so that a `《…》` cut by the break is one finding, not three.
 */
import type { NoticeDocument, Paragraph } from './model';
import { codeTable, isHan, isSpaceCode } from './text';

export type Break = 'heading' | 'sentence';

/** Marks a heading cannot end on: the title goes on. */
const HEADING_GOES_ON = codeTable('、，,；;（(“‘《—');
/** Marks a paragraph may end on. */
const CLOSES = codeTable('。！？!?；;：:…”’）)】」』》〉.');
/** Marks besides ideographs a sentence may break on. */
const COMMAS = codeTable('、，,');
/** Closing marks: a paragraph opening with one is the rest of the one before. */
const CLOSING_MARKS = codeTable('”’》〉）〕】」』)');
/** The inline enumerations a new paragraph may open with (`二是`, `第二，`). */
const OPENS_ENUMERATION = /^[一二三四五六七八九十]+是|^第[一二三四五六七八九十]+[，、,]/;
const PROSE = /[，。；,;]/;

/** Where `text`'s content ends, before trailing spaces. */
export function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** How `next` carries on the text `paragraph` leaves unfinished, if it does. */
function breakBetween(doc: NoticeDocument, paragraph: Paragraph, next: Paragraph): Break | undefined {
  const { issuer, date } = doc.signature;
  if (next.isHeading || next.line === issuer?.line || next.line === date?.line || paragraph.line === issuer?.line) return undefined;
  const { text } = paragraph;
  const headingOnly = paragraph.isHeading && !text.includes('。');
  const first = next.text.charCodeAt(next.range.start.character);
  if (CLOSING_MARKS[first] === 1) return headingOnly ? 'heading' : 'sentence';
  if (!isHan(first) || OPENS_ENUMERATION.test(next.text.slice(next.range.start.character))) return undefined;
  // The paragraph's text is read up to its content's end through its last
  // character; the spaces after it hold none of the marks looked for.
  const last = text.charCodeAt(contentEnd(text) - 1);
  if (headingOnly) return HEADING_GOES_ON[last] === 1 ? 'heading' : undefined;
  const endsOpen = (isHan(last) || COMMAS[last] === 1) && CLOSES[last] !== 1;
  return endsOpen && PROSE.test(text) ? 'sentence' : undefined;
}

const breaksOf = new WeakMap<NoticeDocument, ReadonlyMap<number, Break>>();

/** The line of each paragraph the next paragraph carries on, with how it was broken. */
export function paragraphBreaks(doc: NoticeDocument): ReadonlyMap<number, Break> {
  let breaks = breaksOf.get(doc);
  if (!breaks) {
    const found = new Map<number, Break>();
    for (let i = 0; i + 1 < doc.paragraphs.length; i++) {
      const kind = breakBetween(doc, doc.paragraphs[i], doc.paragraphs[i + 1]);
      if (kind) found.set(doc.paragraphs[i].line, kind);
    }
    breaks = found;
    breaksOf.set(doc, breaks);
  }
  return breaks;
}
