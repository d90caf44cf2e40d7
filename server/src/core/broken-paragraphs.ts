/**
 * Paragraphs that a reprint or a copy from a PDF broke where the page did.
 * A paragraph goes on in the next one when:
 * - the next opens with a closing mark or a comma (`》`, `”`, `，`), which no paragraph of its own does;
 * - it is a heading ending on a mark that cannot end a title (`…伟大事业、`),
 *   a `关于…` title the next paragraph's first words finish as a feedback
 *   point's (`关于…管理不够` / `规范的问题。`), or a heading as long as a page
 *   is wide and ending inside a word (`…部署方` / `面的问题`);
 * - it is prose ending without closing punctuation, on an opening mark, or
 *   with a `《` or `“` the next one closes, and the next carries straight on;
 * - it ends on a number the next one finishes (`2024年3` / `月底`, `2023—20` / `25年`),
 *   or on an address's `@`.
 * `structure/broken-line` reports them; `punctuation/pair` pairs marks across
 * them, `contact/format` leaves the numbers they cut, and the contact part
 * takes in what they carry on.
 */
import type { NoticeDocument, Paragraph } from './model';
import { codeTable, contentEnd, isHan } from './text';
import { hasWordDictionary, wordAt, wordsAround } from './words';

export type Break = 'heading' | 'sentence';

/** Marks a heading cannot end on: the title goes on. */
const HEADING_GOES_ON = codeTable('、，,；;（(“‘《—');
/** Marks besides ideographs a sentence may break on: commas, marks that open what follows (an item's number among them), the joints of an address or number (`@`, `-`). */
const GOES_ON = codeTable('、，,“‘《〈（〔【「『(@-－①②③④⑤⑥⑦⑧⑨⑩');
/** Marks a sentence's next words may open with: a title, a quotation, a parenthesis. */
const OPENS_WORDS = codeTable('“‘《〈（');
/** Closing marks and marks that end a clause: a paragraph opening with one is the rest of the one before. */
const OPENS_MID_SENTENCE = codeTable('”’》〉）〕】」』)。，、；：！？,;!?:.@');
const DIGITS = codeTable('0123456789０１２３４５６７８９');
const AT_SIGN = '@'.charCodeAt(0);
/** What follows a number written in digits: a paragraph ending on digits and the next opening with one (`截至2024年3` / `月底`) cut a number from its unit. */
const UNITS = codeTable('年月日时号个项件条人名次余万亿元届期批家所处户份篇%％');
/** A list item's number opening a paragraph (`2.某某清单` under `附件：`), which no cut number leaves. */
const OPENS_LIST_ITEM = /^[0-9０-９]+[.．、]/;
/** How much of the next paragraph's start the patterns above read. */
const OPENING_LENGTH = 6;
/** The pairs whose opening mark, left open at a paragraph's end, shows the paragraph goes on. */
const PAIRS_LEFT_OPEN: ReadonlyArray<readonly [open: string, close: string]> = [['《', '》'], ['“', '”'], ['（', '）']];
/** Length of a heading line (without indentation) that a page's width may have cut. */
const FULL_LINE = 20;
/** Characters either side of a break read to see whether it cuts a word. */
const WORD_WINDOW = 4;
/** The inline enumerations a new paragraph may open with (`二是`, `第二，`). */
const OPENS_ENUMERATION = /^[一二三四五六七八九十]+是|^第[一二三四五六七八九十]+[，、,]/;
const PROSE = /[，。；,;]/;

/**
 * Whether a heading line as long as a page is wide, ending at `end`, stops
 * inside a word that the next paragraph finishes (`…决策部署方` / `面的问题`).
 */
function cutsWord(paragraph: Paragraph, end: number, next: Paragraph): boolean {
  if (!hasWordDictionary || end - paragraph.range.start.character < FULL_LINE) return false;
  const tail = paragraph.text.slice(end - WORD_WINDOW, end);
  const from = next.range.start.character;
  const words = wordsAround(tail + next.text.slice(from, from + WORD_WINDOW), WORD_WINDOW - 1, WORD_WINDOW + 1);
  return wordAt(words, WORD_WINDOW - 1).end > WORD_WINDOW;
}

/**
 * Whether `text` opens a title, a quotation or a parenthesis that it does not
 * close and `next` does, before opening another (`制定《…学习计` / `划》；`):
 * a mark merely left open is `punctuation/pair`'s finding.
 */
function leavesMarkOpen(text: string, next: string): boolean {
  return PAIRS_LEFT_OPEN.some(([open, close]) => {
    if (text.lastIndexOf(open) <= text.lastIndexOf(close)) return false;
    const closing = next.indexOf(close);
    const opening = next.indexOf(open);
    return closing >= 0 && (opening < 0 || closing < opening);
  });
}

/** A feedback point's title: `关于…的问题`, `关于…方面`. */
const ABOUT = '关于';
const POINT_ENDS = /(?:问题|方面)$/;
/** The longest rest of a title a break may leave: a few words, no clause of its own. */
const TITLE_REST = /^[^，、；：,;:。]{1,12}(?:问题|方面)(?=。|$)/;

/**
 * Whether a heading `关于…` that does not end as a feedback point's title
 * does is finished by the next paragraph's first words (`2.关于辅警队伍管理不够` / `规范的问题。修订…`).
 */
function finishesPointTitle(paragraph: Paragraph, next: Paragraph): boolean {
  const title = paragraph.heading?.title ?? '';
  return title.startsWith(ABOUT) && !POINT_ENDS.test(title) && TITLE_REST.test(next.text.slice(next.range.start.character));
}

/** How `next` carries on the text `paragraph` leaves unfinished, if it does. */
function breakBetween(doc: NoticeDocument, paragraph: Paragraph, next: Paragraph): Break | undefined {
  const { issuer, date } = doc.signature;
  const { text } = paragraph;
  // The paragraph's text is read up to its content's end through its last
  // character; the spaces after it hold none of the marks looked for.
  const end = contentEnd(text);
  const last = text.charCodeAt(end - 1);
  // An address cut at its @ goes on, even where the rest opens like a list item (`…@` / `163.com`).
  if (last === AT_SIGN && !paragraph.isHeading) return 'sentence';
  if (next.isHeading || next.line === issuer?.line || next.line === date?.line || paragraph.line === issuer?.line) return undefined;
  const headingOnly = paragraph.isHeading && !text.includes('。');
  const kind = headingOnly ? 'heading' : 'sentence';
  const from = next.range.start.character;
  const first = next.text.charCodeAt(from);
  if (OPENS_MID_SENTENCE[first] === 1) return kind;
  // Most paragraphs end on a mark that closes them (`。`, `）`): nothing below applies.
  if (!isHan(last) && GOES_ON[last] !== 1 && DIGITS[last] !== 1 && HEADING_GOES_ON[last] !== 1) return undefined;
  const opensWithDigit = DIGITS[first] === 1;
  const opening = next.text.slice(from, from + OPENING_LENGTH);
  if (opensWithDigit && OPENS_LIST_ITEM.test(opening)) return undefined;
  // A number cut from its unit (`2024年3` / `月底`) or in two (`2023—20` / `25年`).
  if (DIGITS[last] === 1) {
    return UNITS[first] === 1 || (opensWithDigit && (headingOnly || PROSE.test(text) || leavesMarkOpen(text, next.text))) ? kind : undefined;
  }
  if (!(isHan(first) || opensWithDigit || (OPENS_WORDS[first] === 1 && !headingOnly)) || OPENS_ENUMERATION.test(opening)) return undefined;
  if (headingOnly) {
    const goesOn = isHan(last) && (leavesMarkOpen(text, next.text) || finishesPointTitle(paragraph, next) || cutsWord(paragraph, end, next));
    return HEADING_GOES_ON[last] === 1 || goesOn ? kind : undefined;
  }
  const endsOpen = isHan(last) || GOES_ON[last] === 1;
  return endsOpen && (PROSE.test(text) || leavesMarkOpen(text, next.text)) ? kind : undefined;
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
