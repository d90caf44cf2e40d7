/** Recognising and writing heading markers: `一、` `（一）` `1.` `（1）` `①` and their variants. */
import type { MarkerFamily, MarkerStyle } from './model';
import { CIRCLED_CLASS, parseChineseNumeral, parseCircled, toChineseNumeral, toCircled } from './numerals';

export const FAMILY_RANK: Record<MarkerFamily, number> = {
  chinese: 1,
  chineseParen: 2,
  arabic: 3,
  arabicParen: 4,
  circled: 5,
};

/** The style GB/T 9704 gives each family; used when a document offers no other. */
export const DEFAULT_STYLE: Record<MarkerFamily, MarkerStyle> = {
  chinese: '、',
  chineseParen: '（）',
  arabic: '.',
  arabicParen: '（）',
  circled: '○',
};

export interface MarkerMatch {
  family: MarkerFamily;
  style: MarkerStyle;
  number: number;
  /** Offset of the marker in the line, and its length. */
  start: number;
  length: number;
}

const CN = '[一二三四五六七八九十百〇零]{1,6}';
/**
 * What may stand before a marker on a heading line: indentation (spaces,
 * full-width spaces, a BOM), a Markdown heading prefix and emphasis. No two
 * runs of spaces stand side by side: a line of spaces would otherwise be
 * split between them every possible way, in time growing with its square.
 */
const LEAD = '^([ \\t\\u3000\\ufeff]*(?:#{1,6}[ \\t\\u3000]+)?(?:(?:\\*\\*|__|\\*|_)[ \\t\\u3000]*)?)';
const MARKER_RE = new RegExp(
  LEAD +
    '(?:' +
    `([（(])(${CN})([）)])` + // 2-4: （一）
    `|(${CN})、` + // 5: 一、
    '|([（(])(\\d{1,3})([）)])' + // 6-8: （1）
    '|(\\d{1,3})([.、．])(?![\\d.．])' + // 9-10: 1. 1、 1．
    `|([${CIRCLED_CLASS}])` + // 11: ①
    ')',
  'u',
);

function parenStyle(open: string, close: string): MarkerStyle {
  const fullOpen = open === '（';
  const fullClose = close === '）';
  if (fullOpen && fullClose) return '（）';
  if (!fullOpen && !fullClose) return '()';
  return fullOpen ? '（)' : '(）';
}

/** The heading marker at the start of `line`, if there is one. */
export function matchMarker(line: string): MarkerMatch | undefined {
  const m = MARKER_RE.exec(line);
  if (!m) return undefined;
  const start = m[1].length;
  const length = m[0].length - start;
  let family: MarkerFamily;
  let style: MarkerStyle;
  let number: number;
  if (m[3] !== undefined) {
    [family, style, number] = ['chineseParen', parenStyle(m[2], m[4]), parseChineseNumeral(m[3])];
  } else if (m[5] !== undefined) {
    [family, style, number] = ['chinese', '、', parseChineseNumeral(m[5])];
  } else if (m[7] !== undefined) {
    [family, style, number] = ['arabicParen', parenStyle(m[6], m[8]), Number(m[7])];
  } else if (m[9] !== undefined) {
    [family, style, number] = ['arabic', m[10] as MarkerStyle, Number(m[9])];
  } else {
    [family, style, number] = ['circled', '○', parseCircled(m[11])];
  }
  if (!(number > 0)) return undefined;
  // Built in one literal: spreading a partial result here made this function ten times slower.
  return { family, style, number, start, length };
}

/** Writes the marker of `family` number `n` in `style`, e.g. (`chineseParen`, `（）`, 3) → `（三）`. */
export function formatMarker(family: MarkerFamily, style: MarkerStyle, n: number): string {
  switch (family) {
    case 'chinese':
      return toChineseNumeral(n) + '、';
    case 'chineseParen':
      return style[0] + toChineseNumeral(n) + style[1];
    case 'arabic':
      return String(n) + style;
    case 'arabicParen':
      return style[0] + String(n) + style[1];
    case 'circled':
      return toCircled(n);
  }
}
