/**
 * `punctuation/width`: half-width `, ; : ? ! ( )` and straight quotes in
 * Chinese text, where GB/T 15834 wants full-width marks. A mark is in Chinese
 * text when a Han character or a full-width mark stands next to it (spaces
 * aside); web and e-mail addresses, code, times (`8:30`) and numbers
 * (`1,000`) keep theirs. A document written with half-width marks throughout
 * gets one finding whose fix converts them all, not one finding per mark.
 */
import { localize, type Message } from '../i18n';
import { literalSpans, spanCursor } from '../literals';
import type { Fix, NoticeDocument, Range, TextEdit } from '../model';
import { isHan, proseLines } from '../text';
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
const CHINESE_MARKS = new Set('，。、；：？！（）“”‘’《》〈〉【】〔〕「」『』…—·'.split(''));
const FULL_WIDTH_MARKS = /[，；：（）]/g;
/** Every mark `marksOf` judges; most lines hold none, and the regex engine passes them over faster than a loop. */
const HALF_WIDTH_MARK = /[,;:?!()"']/;
/** Below this many half-width marks, each is worth its own finding. */
const THROUGHOUT_MIN = 10;

interface HalfWidthMark {
  line: number;
  at: number;
  half: string;
  full: string;
}

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch.charCodeAt(0)) || CHINESE_MARKS.has(ch));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The nearest character before `at` that is not a space, and after. */
function neighbours(text: string, at: number): [string | undefined, string | undefined] {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  let after = at + 1;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return [text[before], text[after]];
}

function marksOf(line: number, text: string): HalfWidthMark[] {
  const marks: HalfWidthMark[] = [];
  if (!HALF_WIDTH_MARK.test(text)) return marks;
  const inLiteral = spanCursor(literalSpans(text));
  const openParens: number[] = [];
  /** Parentheses are judged as a pair: Chinese on either side, or Chinese inside, makes both Chinese. */
  const pendingClose = new Map<number, number>();
  let quotes = 0;
  let apostrophes = 0;
  for (let i = 0; i < text.length; i++) {
    // Every mark checked is ASCII: other characters are passed over without reading them as strings.
    if (text.charCodeAt(i) > 0x7f) continue;
    const ch = text[i];
    if ((FULL_WIDTH[ch] === undefined && ch !== '"' && ch !== "'") || inLiteral(i)) continue;
    const [before, after] = neighbours(text, i);
    const chinese = isChinese(before) || isChinese(after);
    if (ch === '(') {
      openParens.push(i);
      continue;
    }
    if (ch === ')') {
      const open = openParens.pop();
      if (open === undefined) {
        if (chinese) marks.push({ line, at: i, half: ch, full: '）' });
      } else {
        pendingClose.set(open, i);
      }
      continue;
    }
    if (!chinese) continue;
    // `8:30`, `1:2`, `1,000`: numbers keep their marks.
    if ((ch === ':' || ch === ',') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    if (ch === '"') marks.push({ line, at: i, half: ch, full: quotes++ % 2 === 0 ? '“' : '”' });
    else if (ch === "'") marks.push({ line, at: i, half: ch, full: apostrophes++ % 2 === 0 ? '‘' : '’' });
    else marks.push({ line, at: i, half: ch, full: FULL_WIDTH[ch] });
  }
  for (const open of openParens) {
    const [before, after] = neighbours(text, open);
    if (isChinese(before) || isChinese(after)) marks.push({ line, at: open, half: '(', full: '（' });
  }
  for (const [open, close] of pendingClose) {
    const outside = [...neighbours(text, open), ...neighbours(text, close)].some(isChinese);
    let inside = false;
    for (let k = open + 1; k < close && !inside; k++) inside = isHan(text.charCodeAt(k));
    if (!outside && !inside) continue;
    marks.push({ line, at: open, half: '(', full: '（' }, { line, at: close, half: ')', full: '）' });
  }
  return marks.sort((a, b) => a.at - b.at);
}

function rangeOf(mark: HalfWidthMark): Range {
  return { start: { line: mark.line, character: mark.at }, end: { line: mark.line, character: mark.at + 1 } };
}

function edit(mark: HalfWidthMark): TextEdit {
  return { range: rangeOf(mark), newText: mark.full };
}

/** Full-width marks of the kinds checked: with more half-width ones, half-width is the document's habit. */
function fullWidthCount(doc: NoticeDocument, lines: readonly number[]): number {
  let count = 0;
  for (const line of lines) count += doc.lines[line].match(FULL_WIDTH_MARKS)?.length ?? 0;
  return count;
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
    const leftToNumbering = inOffStyleMarker(doc, numbering);
    const marks = lines.flatMap((line) => marksOf(line, doc.lines[line])).filter((mark) => !leftToNumbering(mark));
    if (marks.length === 0) return [];
    const fixAll: Fix = { title: localize(locale, messages.fixAll, { count: marks.length }), edits: marks.map(edit) };
    if (marks.length >= THROUGHOUT_MIN && marks.length > fullWidthCount(doc, lines)) {
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
