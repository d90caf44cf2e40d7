/**
 * `punctuation/width`: half-width `, ; : ? ! ( )` and straight quotes in
 * Chinese text, where GB/T 15834 wants full-width marks. A mark is in Chinese
 * text when a Han character or a full-width mark stands next to it (spaces
 * aside); web and e-mail addresses, code, times (`8:30`) and numbers
 * (`1,000`) keep theirs. A document written with half-width marks throughout
 * gets one finding whose fix converts them all, not one finding per mark.
 */
import { localize, type Message } from '../i18n';
import { lineLiterals, spanCursor } from '../literals';
import type { Fix, NoticeDocument, Range, TextEdit } from '../model';
import { CharScanner, codeTable, isHan, proseLines } from '../text';
import { isOffStyle, type NumberingPlan } from '../numbering';
import type { Rule, RuleReport } from './rule';

const messages = {
  mark: {
    zh: (a) => `中文文本中应使用全角标点“${a.full}”，此处为半角“${a.half}”`,
    en: (a) => `Use the full-width “${a.full}” in Chinese text, not the half-width “${a.half}”`,
  },
  throughout: {
    zh: (a) => `全文使用半角标点（共${a.count}处，首处在此）：中文文本应使用全角标点（GB/T 15834）`,
    en: (a) => `Half-width punctuation throughout (${a.count} marks, the first here): Chinese text takes full-width marks (GB/T 15834)`,
  },
  fixOne: {
    zh: (a) => `改为全角“${a.full}”`,
    en: (a) => `Change to the full-width “${a.full}”`,
  },
  fixAll: {
    zh: (a) => `将全文${a.count}处半角标点改为全角`,
    en: (a) => `Change all ${a.count} half-width marks to full width`,
  },
} satisfies Record<string, Message>;

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Full-width marks whose neighbours count as Chinese text. */
const CHINESE_MARKS = codeTable('，。、；：？！（）“”‘’《》〈〉【】〔〕「」『』…—·');
/** Counted only in a text with many half-width marks: few are written, or the count stops early. */
const FULL_WIDTH_MARKS = ['，', '；', '：', '（', '）'];
/** Every mark `marksOf` judges. Most texts hold few or none. */
const HALF_WIDTH_MARKS = [',', ';', ':', '?', '!', '(', ')', '"', "'"];
/** Below this many half-width marks, each is worth its own finding. */
const THROUGHOUT_MIN = 10;

interface HalfWidthMark {
  line: number;
  at: number;
  half: string;
  full: string;
}

/** Takes `charCodeAt`'s NaN for an offset outside the text, which is no character at all. */
function isChinese(code: number): boolean {
  return isHan(code) || CHINESE_MARKS[code] === 1;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Whether the nearest character before `at` that is not a space, or the nearest after, is Chinese text. */
function besideChinese(text: string, at: number): boolean {
  let before = at - 1;
  while (isBlank(text.charCodeAt(before))) before--;
  if (isChinese(text.charCodeAt(before))) return true;
  let after = at + 1;
  while (isBlank(text.charCodeAt(after))) after++;
  return isChinese(text.charCodeAt(after));
}

/** Parentheses are judged as a pair: Chinese on either side, or Chinese inside, makes both Chinese. */
function parenthesesInChinese(text: string, open: number, close: number): boolean {
  if (besideChinese(text, open) || besideChinese(text, close)) return true;
  for (let j = open + 1; j < close; j++) if (isHan(text.charCodeAt(j))) return true;
  return false;
}

/** Stands in `marksOf`'s list for an opening parenthesis judged not in Chinese text. */
const NOT_A_MARK: HalfWidthMark = { line: -1, at: -1, half: '(', full: '（' };

/**
 * The marks to report in the line `line`, which spans `text[start, end)` and
 * whose first mark is at `marks.at`; leaves `marks` at the first mark after
 * the line. Offsets in `text` past the line are no blanks and no Chinese, so
 * the neighbours of a mark are looked for in `text` without bounds.
 */
function marksOf(
  line: number,
  text: string,
  start: number,
  end: number,
  marks: CharScanner,
  inLiteral: (index: number) => boolean,
): readonly HalfWidthMark[] {
  const found: HalfWidthMark[] = [];
  const mark = (at: number, half: string, full: string) => found.push({ line, at: at - start, half, full });
  /**
   * Where in `found` each opening parenthesis still open waits for its
   * judgement, which comes with its closing one: the list stays in order
   * without a sort.
   */
  const openParens: number[] = [];
  let notMarks = false;
  let quotes = 0;
  let apostrophes = 0;
  for (let i = marks.at; i < end; i = marks.next()) {
    if (inLiteral(i - start)) continue;
    const ch = text[i];
    if (ch === '(') {
      openParens.push(found.length);
      mark(i, ch, '（');
      continue;
    }
    if (ch === ')') {
      const open = openParens.pop();
      if (open === undefined) {
        if (besideChinese(text, i)) mark(i, ch, '）');
      } else if (parenthesesInChinese(text, found[open].at + start, i)) {
        mark(i, ch, '）');
      } else {
        found[open] = NOT_A_MARK;
        notMarks = true;
      }
      continue;
    }
    if (!besideChinese(text, i)) continue;
    // `8:30`, `1:2`, `1,000`: numbers keep their marks.
    if ((ch === ':' || ch === ',') && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    if (ch === '"') mark(i, ch, quotes++ % 2 === 0 ? '“' : '”');
    else if (ch === "'") mark(i, ch, apostrophes++ % 2 === 0 ? '‘' : '’');
    else mark(i, ch, FULL_WIDTH[ch]);
  }
  for (const open of openParens) {
    if (besideChinese(text, found[open].at + start)) continue;
    found[open] = NOT_A_MARK;
    notMarks = true;
  }
  return notMarks ? found.filter((m) => m !== NOT_A_MARK) : found;
}

function rangeOf(mark: HalfWidthMark): Range {
  return { start: { line: mark.line, character: mark.at }, end: { line: mark.line, character: mark.at + 1 } };
}

function edit(mark: HalfWidthMark): TextEdit {
  return { range: rangeOf(mark), newText: mark.full };
}

/** Whether fewer full-width marks of the kinds checked than `halfWidth` are written: then half-width is the document's habit. */
function fewerFullWidth(doc: NoticeDocument, lines: readonly number[], halfWidth: number): boolean {
  const found = new CharScanner(FULL_WIDTH_MARKS, doc.text);
  let count = 0;
  for (const line of lines) {
    const start = doc.lineOffsets[line];
    const end = start + doc.lines[line].length;
    for (let at = found.seek(start); at < end; at = found.next()) if (++count >= halfWidth) return false;
  }
  return true;
}

/**
 * Whether a mark belongs to a heading marker written unlike its level:
 * `numbering/style` reports that marker and rewrites it in the level's style,
 * so a second finding with an overlapping fix would only be noise.
 */
function inOffStyleMarker(doc: NoticeDocument, numbering: NumberingPlan): (mark: HalfWidthMark) => boolean {
  const markers = new Map<number, Range>();
  for (const heading of doc.headings) {
    if (isOffStyle(numbering, heading)) markers.set(heading.line, heading.marker.range);
  }
  return (mark) => {
    const range = markers.get(mark.line);
    return range !== undefined && mark.at >= range.start.character && mark.at < range.end.character;
  };
}

export const punctuationWidth: Rule = {
  id: 'punctuation/width',
  defaultSeverity: 'warning',
  check(doc, { locale, numbering }) {
    const lines = proseLines(doc);
    // Built at the first mark found: most documents have none.
    let leftToNumbering: ((mark: HalfWidthMark) => boolean) | undefined;
    const marks: HalfWidthMark[] = [];
    // One scan of the whole text: offsets in `doc.text` read faster than the lines, which are slices of it.
    const found = new CharScanner(HALF_WIDTH_MARKS, doc.text);
    const literalsOf = lineLiterals(doc);
    for (const line of lines) {
      const start = doc.lineOffsets[line];
      const end = start + doc.lines[line].length;
      if (found.seek(start) >= end) continue;
      for (const mark of marksOf(line, doc.text, start, end, found, spanCursor(literalsOf(line)))) {
        leftToNumbering ??= inOffStyleMarker(doc, numbering);
        if (!leftToNumbering(mark)) marks.push(mark);
      }
    }
    if (marks.length === 0) return [];
    const fixAll: Fix = { title: localize(locale, messages.fixAll, { count: marks.length }), edits: marks.map(edit) };
    if (marks.length >= THROUGHOUT_MIN && fewerFullWidth(doc, lines, marks.length)) {
      return [
        {
          range: rangeOf(marks[0]),
          message: localize(locale, messages.throughout, { count: marks.length }),
          fixes: [fixAll],
        },
      ];
    }
    return marks.map((mark): RuleReport => ({
      range: rangeOf(mark),
      message: localize(locale, messages.mark, { half: mark.half, full: mark.full }),
      fixes: [{ title: localize(locale, messages.fixOne, { full: mark.full }), edits: [edit(mark)] }, ...(marks.length > 1 ? [fixAll] : [])],
    }));
  },
};
