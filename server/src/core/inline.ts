/** Inline enumerations inside a paragraph: `一是…二是…`, `第一，第二，`, `①…②…`. */
import type { InlineKind } from './model';
import { CIRCLED_CLASS, parseChineseNumeral, parseCircled, toChineseNumeral, toCircled } from './numerals';

export interface InlineMatch {
  kind: InlineKind;
  number: number;
  /** Offset of the item marker in the scanned text, and its length. */
  start: number;
  length: number;
}

const ITEM = `([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，、,])|([${CIRCLED_CLASS}])`;
const INLINE_RE = new RegExp(ITEM, 'gu');
/** The same, matched only where it is told to look. */
const ITEM_AT = new RegExp(ITEM, 'uy');
// An item opens a sentence or clause: it follows the start of the text or a
// punctuation mark, so `统一是` or `这一是` never count. Checked apart from
// INLINE_RE: a lookbehind there made it twice as slow.
const BOUNDARY = /[。；;：:，,！!？?\s（(“"”‘’]/;

function opensClause(text: string, at: number): boolean {
  return at === 0 || BOUNDARY.test(text[at - 1]);
}

/** The item a match reads, or nothing for a numeral that is not one (`十十是`). */
function toItem(m: RegExpExecArray): InlineMatch | undefined {
  const kind: InlineKind = m[1] !== undefined ? 'shi' : m[2] !== undefined ? 'di' : 'circled';
  const number = kind === 'circled' ? parseCircled(m[3]) : parseChineseNumeral(kind === 'shi' ? m[1] : m[2]);
  return number > 0 ? { kind, number, start: m.index, length: m[0].length } : undefined;
}

export function findInlineItems(text: string): InlineMatch[] {
  const items: InlineMatch[] = [];
  INLINE_RE.lastIndex = 0;
  for (let m = INLINE_RE.exec(text); m; m = INLINE_RE.exec(text)) {
    if (!opensClause(text, m.index)) {
      // Not an item here; one may still start at the next character.
      INLINE_RE.lastIndex = m.index + 1;
      continue;
    }
    const item = toItem(m);
    if (item) items.push(item);
  }
  return items;
}

/**
 * The item `findInlineItems(text)` reads starting at `at`, if any. Only the
 * character before `at` and the few after it decide, since no item can
 * overlap the punctuation that opens the next; so a caller may pass just
 * that neighbourhood of a long line.
 */
export function inlineItemAt(text: string, at: number): InlineMatch | undefined {
  if (!opensClause(text, at)) return undefined;
  ITEM_AT.lastIndex = at;
  const m = ITEM_AT.exec(text);
  return m ? toItem(m) : undefined;
}

export function formatInline(kind: InlineKind, n: number): string {
  switch (kind) {
    case 'shi':
      return toChineseNumeral(n) + '是';
    case 'di':
      return '第' + toChineseNumeral(n);
    case 'circled':
      return toCircled(n);
  }
}
