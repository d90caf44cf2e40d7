/**
 * `punctuation/pair`: an opening mark without its closing mark, or a closing
 * mark without its opening one, within a paragraph: “” ‘’ 《》 〈〉 （） 〔〕
 * 【】 「」 『』. Half-width parentheses pair like full-width ones (and with
 * them: the width is `punctuation/width`'s business), since real notices mix
 * them (`(鲁厅字[2017])57号)`). A paragraph that the next one carries on
 * (a line broken where a page was, see `broken-paragraphs`) leaves its open
 * marks for that one to close. The unmatched mark is reported.
 */
import { localize, type Message } from '../i18n';
import { paragraphBreaks } from '../broken-paragraphs';
import { lineLiterals, spanCursor } from '../literals';
import { codeTable, MatchScanner, proseLines } from '../text';
import type { Rule, RuleReport } from './rule';

const messages = {
  unclosed: {
    zh: (a) => `“${a.mark}”没有配对的“${a.other}”`,
    en: (a) => `Unmatched “${a.mark}”: no closing “${a.other}”`,
  },
  unopened: {
    zh: (a) => `多余的“${a.mark}”：前面没有与之配对的“${a.other}”`,
    en: (a) => `Unmatched “${a.mark}”: no opening “${a.other}” before it`,
  },
} satisfies Record<string, Message>;

/** Each opening mark with its closing mark; the half-width parentheses stand in for the full-width ones. */
const PAIRS: ReadonlyArray<readonly [open: string, close: string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['〈', '〉'],
  ['（', '）'],
  ['〔', '〕'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
];
/** Per UTF-16 code unit: 1 + the index of the pair it opens, or 0; likewise for closing. Scanning reads no strings. */
const OPENING = new Uint8Array(0x10000);
const CLOSING = new Uint8Array(0x10000);
PAIRS.forEach(([open, close], index) => {
  OPENING[open.charCodeAt(0)] = index + 1;
  CLOSING[close.charCodeAt(0)] = index + 1;
});
const PARENTHESES = OPENING['（'.charCodeAt(0)];
OPENING['('.charCodeAt(0)] = PARENTHESES;
CLOSING[')'.charCodeAt(0)] = PARENTHESES;
/** The partner named in a message, in the width of the mark found. */
const HALF_WIDTH_PARTNER: Record<string, string> = { '(': ')', ')': '(' };
/**
 * Every mark above. Most characters of a line are none: the regex engine
 * passes them over faster than a loop.
 */
const PAIR_MARK = new RegExp(`[${PAIRS.flat().join('')}()]`, 'g');

/** What writes an item's number: digits of either width, Chinese numerals. */
const ITEM_NUMERALS = codeTable('0123456789０１２３４５６７８９一二三四五六七八九十');
/** What an item may follow within its line: the line's start (spaces aside), or the end of a clause. */
const BEFORE_ITEM = codeTable('；;：:，,。 \t\u3000');
const LONGEST_ITEM_NUMBER = 3;

/** Whether the parenthesis closing at `at` numbers an item (`1）建立台账；2）对账销号`), in the line starting at `start`. */
function closesItemNumber(text: string, start: number, at: number): boolean {
  let from = at;
  while (from > start && at - from < LONGEST_ITEM_NUMBER && ITEM_NUMERALS[text.charCodeAt(from - 1)] === 1) from--;
  return from < at && (from === start || BEFORE_ITEM[text.charCodeAt(from - 1)] === 1);
}

interface Unmatched {
  /** Offset in the text. */
  at: number;
  mark: string;
  other: string;
  opening: boolean;
}

/**
 * The unmatched marks of the line `text[start, end)`, whose first mark is at
 * `marks.at`; leaves `marks` at the first mark after the line. `stack` holds
 * the offsets of the marks open, innermost last (each one's pair is read back
 * from the text): on entry, those left open by the paragraphs this line
 * carries on; on return, those the next paragraph is to close when this line
 * `carriesOn`, and none otherwise. `openCount` tells, for each pair, how many
 * are open: a closing mark with none open is unmatched without searching
 * the stack.
 */
function unmatched(
  text: string,
  start: number,
  end: number,
  marks: MatchScanner,
  inLiteral: (index: number) => boolean,
  stack: number[],
  openCount: Uint32Array,
  carriesOn: boolean,
): readonly Unmatched[] {
  const found: Unmatched[] = [];
  const unclosed = (at: number) => {
    const pair = OPENING[text.charCodeAt(at)] - 1;
    const mark = text[at];
    openCount[pair]--;
    found.push({ at, mark, other: HALF_WIDTH_PARTNER[mark] ?? PAIRS[pair][1], opening: true });
  };
  for (let i = marks.at; i < end; i = marks.next()) {
    if (inLiteral(i - start)) continue;
    const code = text.charCodeAt(i);
    const opens = OPENING[code] - 1;
    if (opens >= 0) {
      stack.push(i);
      openCount[opens]++;
      continue;
    }
    const closes = CLOSING[code] - 1;
    if (openCount[closes] === 0 && closes === PARENTHESES - 1 && closesItemNumber(text, start, i)) continue;
    if (openCount[closes] === 0) {
      const mark = text[i];
      found.push({ at: i, mark, other: HALF_WIDTH_PARTNER[mark] ?? PAIRS[closes][0], opening: false });
      continue;
    }
    let depth = stack.length - 1;
    while (OPENING[text.charCodeAt(stack[depth])] - 1 !== closes) depth--;
    // Marks opened inside the pair just closed were never closed.
    stack.splice(depth + 1).forEach(unclosed);
    stack.pop();
    openCount[closes]--;
  }
  if (!carriesOn) stack.splice(0).forEach(unclosed);
  return found.sort((a, b) => a.at - b.at);
}

export const punctuationPair: Rule = {
  id: 'punctuation/pair',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    const reports: RuleReport[] = [];
    // One scan of the whole text: offsets in `doc.text` read faster than the lines, which are slices of it.
    const marks = new MatchScanner(PAIR_MARK, doc.text);
    const literalsOf = lineLiterals(doc);
    const openCount = new Uint32Array(PAIRS.length);
    const breaks = paragraphBreaks(doc);
    const stack: number[] = [];
    for (const line of proseLines(doc)) {
      const start = doc.lineOffsets[line];
      const end = start + doc.lines[line].length;
      if (marks.seek(start) >= end && stack.length === 0) continue;
      const inLiteral = spanCursor(literalsOf(line));
      const found = unmatched(doc.text, start, end, marks, inLiteral, stack, openCount, breaks.has(line));
      for (const { at, mark, other, opening } of found) {
        // A mark left open may be on a line before this one, which this line carries on.
        let markLine = line;
        while (doc.lineOffsets[markLine] > at) markLine--;
        const character = at - doc.lineOffsets[markLine];
        reports.push({
          range: { start: { line: markLine, character }, end: { line: markLine, character: character + 1 } },
          message: localize(locale, opening ? messages.unclosed : messages.unopened, { mark, other }),
        });
      }
    }
    return reports;
  },
};
