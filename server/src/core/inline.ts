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

const INLINE_RE = new RegExp(
  `([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，、,])|([${CIRCLED_CLASS}])`,
  'gu',
);
// An item opens a sentence or clause: it follows the start of the text or a
// punctuation mark, so `统一是` or `这一是` never count. Checked apart from
// INLINE_RE: a lookbehind there made it twice as slow.
const BOUNDARY = /[。；;：:，,！!？?\s（(“"”‘’]/;

export function findInlineItems(text: string): InlineMatch[] {
  const items: InlineMatch[] = [];
  INLINE_RE.lastIndex = 0;
  for (let m = INLINE_RE.exec(text); m; m = INLINE_RE.exec(text)) {
    if (m.index > 0 && !BOUNDARY.test(text[m.index - 1])) {
      // Not an item here; one may still start at the next character.
      INLINE_RE.lastIndex = m.index + 1;
      continue;
    }
    const kind: InlineKind = m[1] !== undefined ? 'shi' : m[2] !== undefined ? 'di' : 'circled';
    const number =
      kind === 'circled' ? parseCircled(m[3]) : parseChineseNumeral(kind === 'shi' ? m[1] : m[2]);
    if (number > 0) items.push({ kind, number, start: m.index, length: m[0].length });
  }
  return items;
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
