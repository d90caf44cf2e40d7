/** Inline enumerations inside a paragraph: `一是…二是…`, `第一，第二，`, `①…②…`. */
import type { InlineKind } from './model';
import { CIRCLED_CLASS, parseChineseNumeral, parseCircled, toChineseNumeral, toCircled } from './numerals';
import { codeTable, firstFound, isSpaceCode } from './text';

export interface InlineMatch {
  kind: InlineKind;
  number: number;
  /** Offset of the item marker in the scanned text, and its length. */
  start: number;
  length: number;
}

/** An item, matched where it is told to look. `findInlineItems` reads the same items without it. */
const ITEM_AT = new RegExp(
  `([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，、,])|([${CIRCLED_CLASS}])`,
  'uy',
);
// An item opens a sentence or clause: it follows the start of the text, a
// punctuation mark or a space, so `统一是` or `这一是` never count.
const BOUNDARY_MARKS = codeTable('。；;：:，,！!？?（(“"”‘’');

/** Whether `at` opens a clause of the text that starts at `from`. */
function opensClause(text: string, at: number, from = 0): boolean {
  if (at === from) return true;
  const before = text.charCodeAt(at - 1);
  return BOUNDARY_MARKS[before] === 1 || isSpaceCode(before);
}

/** The item a match reads, or nothing for a numeral that is not one (`十十是`). */
function toItem(m: RegExpExecArray): InlineMatch | undefined {
  const kind: InlineKind = m[1] !== undefined ? 'shi' : m[2] !== undefined ? 'di' : 'circled';
  const number = kind === 'circled' ? parseCircled(m[3]) : parseChineseNumeral(kind === 'shi' ? m[1] : m[2]);
  return number > 0 ? { kind, number, start: m.index, length: m[0].length } : undefined;
}

/** The numerals of an item: before 是, after 第. */
const NUMERALS = codeTable('一二三四五六七八九十');
const CIRCLED = new RegExp(`[${CIRCLED_CLASS}]`, 'g');

function isNumeralAt(text: string, at: number): boolean {
  return NUMERALS[text.charCodeAt(at)] === 1;
}

const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第

function nextCircled(text: string, from: number): number {
  CIRCLED.lastIndex = from;
  return CIRCLED.exec(text)?.index ?? -1;
}

/**
 * Where the 是, the 第 and the circled numbers of `text` stand, from `from`
 * on, in order: the only characters an item is read around. 是 and 第 are
 * found with `indexOf`, the circled numbers with a regex.
 */
export function itemAnchors(text: string, from = 0): number[] {
  const anchors: number[] = [];
  let shi = text.indexOf('是', from);
  let di = text.indexOf('第', from);
  let circled = nextCircled(text, from);
  for (let at = firstFound(firstFound(shi, di), circled); at >= 0; at = firstFound(firstFound(shi, di), circled)) {
    anchors.push(at);
    if (at === shi) shi = text.indexOf('是', at + 1);
    else if (at === di) di = text.indexOf('第', at + 1);
    else circled = nextCircled(text, at + 1);
  }
  return anchors;
}

/** Where the item ending in the 是 at `at` starts: the first of up to three numerals before it that opens a clause; -1 for none. */
function shiStart(text: string, at: number, free: number, from: number): number {
  let first = at;
  while (first > free && first > at - 3 && isNumeralAt(text, first - 1)) first--;
  while (first < at && !opensClause(text, first, from)) first++;
  return first < at ? first : -1;
}

/** Where the item opened by the 第 at `at` ends: one to three numerals, then a comma it does not take in; -1 for none. */
function diEnd(text: string, at: number, from: number): number {
  let end = at + 1;
  while (end < text.length && end - at <= 3 && isNumeralAt(text, end)) end++;
  const ok = end > at + 1 && end < text.length && '，、,'.includes(text[end]) && opensClause(text, at, from);
  return ok ? end : -1;
}

/** Adds an item unless its numeral is not one (`十十是`). */
function add(items: InlineMatch[], kind: InlineKind, number: number, start: number, length: number): void {
  if (number > 0) items.push({ kind, number, start, length });
}

/**
 * The items of `text` from `from` on, read as if that were the start of the
 * text. Only a 是, a 第 or a circled number makes an item, so the scan goes
 * from one of those anchors to the next and reads the item around each, as a
 * leftmost-first scan with ITEM_AT's pattern would: trying the pattern at
 * every character cost a fifth of the parse. The anchors may be given
 * (`itemAnchors(text, from)`): the parser finds those of all paragraphs in
 * one pass over the text.
 */
export function findInlineItems(text: string, from = 0, anchors: readonly number[] = itemAnchors(text, from)): InlineMatch[] {
  const items: InlineMatch[] = [];
  // Where the last item read ends (a numeral that is not one, `十十是`, included): the next starts after it.
  let free = from;
  for (const at of anchors) {
    const code = text.charCodeAt(at);
    if (code === SHI) {
      const start = shiStart(text, at, free, from);
      if (start < 0) continue;
      add(items, 'shi', parseChineseNumeral(text.slice(start, at)), start, at + 1 - start);
      free = at + 1;
    } else if (code === DI) {
      const end = diEnd(text, at, from);
      if (end < 0) continue;
      add(items, 'di', parseChineseNumeral(text.slice(at + 1, end)), at, end - at);
      free = end;
    } else {
      if (!opensClause(text, at, from)) continue;
      add(items, 'circled', parseCircled(text[at]), at, 1);
      free = at + 1;
    }
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
