/**
 * Turns the text of a draft into a NoticeDocument. One pass over the lines
 * for headings, paragraphs and inline items; then the title, opening,
 * signature and the five parts are found from those. Never throws: whatever
 * the text, the worst case is a model with fewer things recognised.
 */
import { FAMILY_RANK, matchMarker } from './markers';
import { findInlineItems, itemAnchors } from './inline';
import { CIRCLED_CLASS } from './numerals';
import type {
  Heading,
  InlineEnumeration,
  InlineItem,
  InlineKind,
  NoticeDocument,
  Paragraph,
  Range,
  Signature,
  Title,
} from './model';
import { findParts } from './sections';
import { findDirectives } from './suppressions';
import { contentEnd, firstFound, isSpaceCode } from './text';

const CIRCLED_ANYWHERE = new RegExp(`[${CIRCLED_CLASS}]`, 'u');

/**
 * The lines of `text`, which may break them with `\r\n`, `\r` or `\n`, and
 * where each starts. The breaks are found with `indexOf`: a regex built a
 * match object for every line.
 */
export function splitLines(text: string): { lines: string[]; lineOffsets: number[] } {
  const lines: string[] = [];
  const lineOffsets: number[] = [];
  let start = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let end = firstFound(lf, cr); end >= 0; end = firstFound(lf, cr)) {
    lines.push(text.slice(start, end));
    lineOffsets.push(start);
    start = end + (end === cr && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push(text.slice(start));
  lineOffsets.push(start);
  return { lines, lineOffsets };
}

// JavaScript's whitespace (`\s`, `trim`) already takes in U+3000 and the BOM.
// Trimming is done by scanning character codes, not with `/\s+$/`-like
// patterns, whose backtracking grows with the square of a long run of spaces;
// nor with `trim*`, which builds a string every line only to measure it.

export function isBlank(line: string): boolean {
  return contentEnd(line) === 0;
}

/** Where `text` would start once `trimStart` took its leading whitespace. */
function contentStart(text: string): number {
  let start = 0;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  return start;
}

/** Spaces, and Markdown emphasis, around a heading's title. */
function isTitleDebris(code: number): boolean {
  return isSpaceCode(code) || code === 0x2a || code === 0x5f; // * _
}

/** Where `text` from `start` to `end` begins and ends without the debris around a title. */
function titleBounds(text: string, start: number, end: number): [start: number, end: number] {
  while (start < end && isTitleDebris(text.charCodeAt(start))) start++;
  while (end > start && isTitleDebris(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function trimTitle(text: string): string {
  const [start, end] = titleBounds(text, 0, text.length);
  return text.slice(start, end);
}

function contentRange(line: number, text: string): Range {
  const start = contentStart(text);
  const end = contentEnd(text);
  return { start: { line, character: start }, end: { line, character: Math.max(start, end) } };
}

function parseHeading(lineIndex: number, line: string): Heading | undefined {
  const match = matchMarker(line);
  if (!match) return undefined;
  const afterMarker = match.start + match.length;
  // `①…②…` on one line is an inline list that happens to open the line, not a heading.
  if (match.family === 'circled' && CIRCLED_ANYWHERE.test(line.slice(afterMarker))) return undefined;
  // Offsets into the line rather than slices: a long document has thousands of headings.
  const stop = line.indexOf('。', afterMarker);
  const [start, end] = titleBounds(line, afterMarker, stop >= 0 ? stop : line.length);
  const titleStart = start < end ? start : afterMarker;
  const lineRange = contentRange(lineIndex, line);
  return {
    marker: {
      family: match.family,
      style: match.style,
      number: match.number,
      text: line.substr(match.start, match.length),
      range: {
        start: { line: lineIndex, character: match.start },
        end: { line: lineIndex, character: afterMarker },
      },
    },
    rank: FAMILY_RANK[match.family],
    depth: 0,
    title: line.slice(start, end),
    lineRange,
    titleRange: {
      start: { line: lineIndex, character: titleStart },
      end: { line: lineIndex, character: titleStart + end - start },
    },
    governedRange: lineRange,
    line: lineIndex,
    parent: undefined,
    children: [],
  };
}

/** Nests headings by rank: each heading hangs under the nearest earlier heading of a smaller rank. */
function buildTree(headings: Heading[]): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  for (const heading of headings) {
    while (stack.length && stack[stack.length - 1].rank >= heading.rank) stack.pop();
    const parent = stack[stack.length - 1];
    heading.parent = parent;
    heading.depth = stack.length + 1;
    (parent ? parent.children : roots).push(heading);
    stack.push(heading);
  }
  return roots;
}

/** Each heading governs the lines up to the next heading of the same or a higher level. */
function setGovernedRanges(headings: Heading[], lines: string[], lastBodyLine: number): void {
  const open: Heading[] = [];
  const close = (heading: Heading, nextLine: number) => {
    let last = nextLine - 1;
    while (last > heading.line && isBlank(lines[last])) last--;
    // A heading that governs only its own line keeps the line's range.
    if (last === heading.line) return;
    heading.governedRange = {
      start: heading.lineRange.start,
      end: { line: last, character: contentEnd(lines[last]) },
    };
  };
  for (const heading of headings) {
    while (open.length && open[open.length - 1].rank >= heading.rank) close(open.pop()!, heading.line);
    open.push(heading);
  }
  for (const heading of open) close(heading, Math.max(heading.line + 1, lastBodyLine + 1));
}

const STRAY = /[>›»]|来源[:：]|发布时间|发布日期|首页|作者[:：]|字号|打印|浏览次数|点击|https?:\/\/|www\./;

/** What a web page prints below an article: links to the articles beside it, print and close buttons, the editor. */
const TRAILING_STRAY = /上一篇|下一篇|关闭窗口|打印本页|责任编辑|分享到/;

/** Whether a line reads as a web page's own text (breadcrumb, source and date, font size, print, links), not the notice's. */
export function isWebDebris(line: string): boolean {
  return STRAY.test(line) || TRAILING_STRAY.test(line);
}
const TITLE_END = /通报$/;
const ISSUER = /(党组|党委|党工委|委员会|党支部|党总支)$/;
const SENTENCE_PUNCTUATION = /[。，,；;：:！？]/;
const HAS_WORDS = /\p{Script=Han}{2}/u;

function normaliseTitleLine(line: string): string {
  return trimTitle(line.replace(/^\s*(?:#{1,6}[ \t\u3000]+)?/, ''));
}

/**
 * The title stands among the first lines before any heading: a line ending
 * in `通报`, possibly preceded by the issuer's line or by the first half of a
 * title broken in two. Lines before it that look like web-page debris are stray.
 */
function findTitle(lines: string[], firstHeadingLine: number): { title: Title | undefined; stray: number[] } {
  const candidates: number[] = [];
  for (let i = 0; i < firstHeadingLine && candidates.length < 12; i++) {
    if (!isBlank(lines[i])) candidates.push(i);
  }
  // A breadcrumb (`首页 > 巡视巡察 > 整改通报`) may end in 通报 too.
  let titleIndex = candidates.findIndex((i) => TITLE_END.test(normaliseTitleLine(lines[i])) && !STRAY.test(lines[i]));
  if (titleIndex < 0) {
    // No `…通报` line: the first short line without sentence punctuation stands in as the title.
    titleIndex = candidates.findIndex((i) => {
      const text = normaliseTitleLine(lines[i]);
      return !STRAY.test(text) && HAS_WORDS.test(text) && text.length <= 60 && !SENTENCE_PUNCTUATION.test(text);
    });
    if (titleIndex < 0) return { title: undefined, stray: candidates.filter((i) => STRAY.test(lines[i])) };
  }
  const titleLines = [candidates[titleIndex]];
  const previous = titleIndex > 0 ? candidates[titleIndex - 1] : undefined;
  if (previous !== undefined) {
    const text = normaliseTitleLine(lines[previous]);
    const main = normaliseTitleLine(lines[titleLines[0]]);
    const isIssuer = ISSUER.test(text) && text.length <= 40;
    const isFirstHalf = text.includes('关于') && !main.includes('关于') && !SENTENCE_PUNCTUATION.test(text);
    if (!STRAY.test(text) && (isIssuer || isFirstHalf)) titleLines.unshift(previous);
  }
  const first = titleLines[0];
  const last = titleLines[titleLines.length - 1];
  const start = contentRange(first, lines[first]).start;
  const end = contentRange(last, lines[last]).end;
  return {
    title: { lines: titleLines, text: titleLines.map((i) => normaliseTitleLine(lines[i])).join(''), range: { start, end } },
    // Debris before the title, and source or date lines between it and the body.
    stray: candidates.filter((i) => i < first || (i > last && STRAY.test(lines[i]))),
  };
}

/** What ends the label an enumeration may follow (`整改成效：`). */
const LABEL_END = /[：:]/;

/** The line that opens the list of attachments. */
const ATTACHMENTS = /^[\s\u3000]*附件[：:]/;

const DATE_LINE = /^[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[\s\u3000]*$/;

/** Whether `line`, spaces aside, ends on an `@`: read without copying the line. */
function endsWithAtSign(line: string): boolean {
  const end = contentEnd(line);
  return end > 0 && line.charCodeAt(end - 1) === 0x40;
}

/** The lines after the body that a web page printed below it (`上一篇：…`, `【打印本页】`), in order. */
function trailingDebris(lines: string[], lastHeadingLine: number): number[] {
  const debris: number[] = [];
  for (let last = lines.length - 1; last > lastHeadingLine; last--) {
    if (isBlank(lines[last])) continue;
    // Not any debris: a contact line ending the body may give a web address.
    if (!TRAILING_STRAY.test(lines[last])) break;
    debris.push(last);
  }
  return debris.reverse();
}

/**
 * What an official document prints below its signature: whether it is
 * published (`（此件公开发布）`) and the imprint (`抄送：…`, `…办公室 2023年11月6日印发`).
 */
const BELOW_SIGNATURE = /^[\s\u3000]*(?:[（(]此件[^）)]{0,8}[）)]|抄送[:：]|.{0,40}印发[\s\u3000]*$)/;

/** Issuer and date at the end, `中共…党组` then `2022年1月17日`, before the lines given as debris and the imprint. */
function findSignature(lines: string[], lastHeadingLine: number, debris: readonly number[]): Signature {
  let last = debris.length ? debris[0] - 1 : lines.length - 1;
  while (last > lastHeadingLine && (isBlank(lines[last]) || BELOW_SIGNATURE.test(lines[last]))) last--;
  if (last <= lastHeadingLine || !DATE_LINE.test(lines[last])) return { issuer: undefined, date: undefined };
  const date = { line: last, text: lines[last].trim(), range: contentRange(last, lines[last]) };
  let previous = last - 1;
  while (previous > lastHeadingLine && isBlank(lines[previous])) previous--;
  const text = previous > lastHeadingLine ? lines[previous].trim() : '';
  const issuer = text && text.length <= 40 && !SENTENCE_PUNCTUATION.test(text) ? { line: previous, text } : undefined;
  return { issuer, date };
}

export function parse(text: string): NoticeDocument {
  const split = splitLines(text);
  const { lineOffsets } = split;
  // Looked for line by line only in a text that may hold one.
  const directives = text.includes('notice-') ? findDirectives(split.lines) : [];
  // Suppression comments are not part of the notice: the structure is read as if their lines were blank.
  const commentLines = new Set(directives.map((d) => d.line));
  const lines = commentLines.size ? split.lines.map((line, i) => (commentLines.has(i) ? '' : line)) : split.lines;
  const headings: Heading[] = [];
  // `附件：1.…` and the numbered lines under it list attachments, not headings; looked for only in a text that may hold them.
  const mayListAttachments = text.includes('附件');
  let inAttachments = false;
  for (let i = 0; i < lines.length; i++) {
    if (mayListAttachments && ATTACHMENTS.test(lines[i])) {
      inAttachments = true;
      continue;
    }
    const heading = parseHeading(i, lines[i]);
    inAttachments &&= heading?.marker.family === 'arabic';
    // `163.com` after a line ending `…@` is the rest of an address a page's width cut, not an item.
    if (heading && !inAttachments && !(i > 0 && endsWithAtSign(lines[i - 1]))) headings.push(heading);
  }
  const firstHeadingLine = headings.length ? headings[0].line : lines.length;
  const { title, stray } = findTitle(lines, firstHeadingLine);
  const lastHeadingLine = headings.length ? headings[headings.length - 1].line : -1;
  const bodyStart = Math.max(lastHeadingLine, title ? title.range.end.line : -1);
  const debris = trailingDebris(lines, bodyStart);
  const signature = findSignature(lines, bodyStart, debris);
  const debrisStart = debris.length ? debris[0] : lines.length;
  const bodyEnd = signature.issuer?.line ?? signature.date?.line ?? debrisStart;
  const roots = buildTree(headings);

  const paragraphs: Paragraph[] = [];
  const enumerations: InlineEnumeration[] = [];
  // The enumerations still open in the current scope, by kind. A heading's
  // scope never comes back once left; the text under no heading (before the
  // first, after the body) is one scope.
  const unscopedRuns: Partial<Record<InlineKind, InlineEnumeration>> = {};
  let openRuns = unscopedRuns;
  // Where items may stand in all paragraphs, found in one pass rather than one per paragraph.
  const anchorOffsets = itemAnchors(text);
  let nextAnchor = 0;
  // Title and stray lines stand before the first heading, or after the body.
  const excluded = new Set<number>([...stray, ...(title?.lines ?? []), ...debris]);
  let governing: Heading | undefined;
  let nextHeading = 0;
  for (let i = 0; i < lines.length; i++) {
    const ownHeading = headings[nextHeading]?.line === i ? headings[nextHeading++] : undefined;
    if (ownHeading) {
      governing = ownHeading;
      openRuns = {};
    } else if (i >= bodyEnd && governing) {
      governing = undefined;
      openRuns = unscopedRuns;
    }
    if (isBlank(lines[i]) || ((i < firstHeadingLine || i >= debrisStart) && excluded.has(i))) continue;
    const paragraph: Paragraph = {
      line: i,
      range: ownHeading ? ownHeading.lineRange : contentRange(i, lines[i]),
      text: lines[i],
      heading: governing,
      isHeading: ownHeading !== undefined,
    };
    const index = paragraphs.push(paragraph) - 1;
    // Inline items on a heading line come after its marker.
    const scanFrom = ownHeading ? ownHeading.marker.range.end.character : 0;
    const lineStart = lineOffsets[i];
    const lineEnd = lineStart + lines[i].length;
    // A line without an anchor holds no item: no arrays for it.
    if (!(nextAnchor < anchorOffsets.length && anchorOffsets[nextAnchor] < lineEnd)) continue;
    const anchors: number[] = [];
    for (; nextAnchor < anchorOffsets.length && anchorOffsets[nextAnchor] < lineEnd; nextAnchor++) {
      const column = anchorOffsets[nextAnchor] - lineStart;
      if (column >= scanFrom) anchors.push(column);
    }
    for (const match of findInlineItems(lines[i], scanFrom, anchors)) {
      const { start } = match;
      const item: InlineItem = {
        kind: match.kind,
        number: match.number,
        text: lines[i].substr(start, match.length),
        range: { start: { line: i, character: start }, end: { line: i, character: start + match.length } },
        paragraph: index,
      };
      const run = openRuns[match.kind];
      const previous = run?.items[run.items.length - 1];
      // A new enumeration starts where `一是` opens a paragraph other than the previous item's, or follows a label
      // of its own in the same one (`整改措施：①…②…。整改成效：①…`).
      const restarts =
        item.number === 1 &&
        previous !== undefined &&
        (previous.paragraph !== index || LABEL_END.test(lines[i].slice(previous.range.end.character, start)));
      if (run && !restarts) {
        run.items.push(item);
      } else {
        const fresh: InlineEnumeration = { kind: match.kind, scope: governing, items: [item] };
        enumerations.push(fresh);
        openRuns[match.kind] = fresh;
      }
    }
  }

  const opening = paragraphs.find(
    (p) => p.line < firstHeadingLine && !p.isHeading && /^[\s\u3000]*根据|巡视|巡察/.test(p.text) && !STRAY.test(p.text),
  );
  const doc: NoticeDocument = {
    text,
    lines,
    lineOffsets,
    title,
    strayLines: [...stray, ...debris],
    opening,
    headings,
    roots,
    paragraphs,
    enumerations,
    parts: {},
    signature,
    directives,
  };
  doc.parts = findParts(doc);
  // The last part's text stops before a closing contact paragraph, which is a part of its own.
  const contact = doc.parts.contact;
  const textEnd = contact && !contact.heading && contact.line > lastHeadingLine ? contact.line : bodyEnd;
  setGovernedRanges(headings, lines, textEnd - 1);
  for (const part of Object.values(doc.parts)) {
    if (part.heading) part.range = part.heading.governedRange;
  }
  return doc;
}
