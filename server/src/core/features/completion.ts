/**
 * Completion of the next number. At the start of a line: the next marker of
 * every level that can continue there (after `（二）…` the item `（三）`, after
 * `1.` under it `2.`, and the first item of the level below), written in the
 * document's own style and numbered by its scheme. After an inline item
 * (`一是…`), at the start of a clause: the next one (`二是`). Plain data shaped
 * for LSP; the snippets for standard phrasing are the editor's, and stay.
 */
import { localize, type Locale, type Message } from '../i18n';
import { formatInline } from '../inline';
import { FAMILY_RANK, formatMarker } from '../markers';
import type { Heading, InlineItem, MarkerFamily, NoticeDocument, Position, Range } from '../model';
import type { Analysis } from '../analyze';
import { schemeOf, styleOf, type NumberingPlan } from '../numbering';

export interface CompletionData {
  /** What the editor lists and inserts, e.g. `（三）`, `二是`. */
  label: string;
  newText: string;
  /** What the user has already typed of it, which the completion replaces. */
  range: Range;
  kind: 'heading' | 'inline';
  detail: string;
}

const details = {
  next: {
    zh: (a) => `“${a.previous}”之后的下一项`,
    en: (a) => `next item after “${a.previous}”`,
  },
  firstUnder: {
    zh: (a) => `“${a.parent}”下的第一项`,
    en: (a) => `first item under “${a.parent}”`,
  },
  firstPart: {
    zh: () => '第一部分',
    en: () => 'first part',
  },
  inline: {
    zh: (a) => `接续列举“${a.previous}”`,
    en: (a) => `continues the enumeration after “${a.previous}”`,
  },
} satisfies Record<string, Message>;

const INDENT = /^[ \t\u3000\ufeff]*/;
/** The beginning of a marker, as typed so far: `（`, `（三`, `1`. */
const MARKER_PREFIX = /^[（(]?[〇零一二三四五六七八九十百\d]*$/;
/** The beginning of an inline item, as typed so far, right before the cursor: `二`, `第`. */
const INLINE_PREFIX = /第?[一二三四五六七八九十]*$/;
/** Where the next inline item is offered: after the punctuation that ends a clause (not after `（` or a quote). */
const CLAUSE_END = /[。；;：:，,！!？?]/;

const ALL_FAMILIES = Object.keys(FAMILY_RANK) as MarkerFamily[];

/** The level the document uses right below `rank`, or the standard next one when it uses none. */
function levelBelow(plan: NumberingPlan, rank: number): MarkerFamily | undefined {
  const byRank = (families: MarkerFamily[]) =>
    families.filter((family) => FAMILY_RANK[family] > rank).sort((a, b) => FAMILY_RANK[a] - FAMILY_RANK[b])[0];
  return byRank([...plan.styles.keys()]) ?? byRank(ALL_FAMILIES);
}

/** The first number of `family` under `parent`: 1, or under continuous numbering one past its earlier cousins. */
function firstChildNumber(doc: NoticeDocument, plan: NumberingPlan, parent: Heading, family: MarkerFamily): number {
  if (schemeOf(plan, family) !== 'continuous') return 1;
  const siblings = parent.parent?.children ?? doc.roots;
  const earlier = siblings.slice(0, siblings.indexOf(parent)).reverse();
  for (const sibling of earlier) {
    const cousins = sibling.children.filter((child) => child.marker.family === family);
    if (cousins.length) return cousins[cousins.length - 1].marker.number + 1;
  }
  return 1;
}

function headingCandidates(doc: NoticeDocument, plan: NumberingPlan, locale: Locale, line: number): Omit<CompletionData, 'range'>[] {
  const last = doc.headings.filter((heading) => heading.line < line).pop();
  const candidate = (family: MarkerFamily, number: number, detail: string) => {
    const marker = formatMarker(family, styleOf(plan, family), number);
    return { label: marker, newText: marker, kind: 'heading' as const, detail };
  };
  if (!last) {
    const family = doc.roots[0]?.marker.family ?? 'chinese';
    return [candidate(family, 1, localize(locale, details.firstPart, {}))];
  }
  const candidates = [];
  for (let heading: Heading | undefined = last; heading; heading = heading.parent) {
    const { family, number, text } = heading.marker;
    candidates.push(candidate(family, number + 1, localize(locale, details.next, { previous: text })));
  }
  const below = levelBelow(plan, last.rank);
  if (below) {
    const number = firstChildNumber(doc, plan, last, below);
    candidates.push(candidate(below, number, localize(locale, details.firstUnder, { parent: last.marker.text })));
  }
  return candidates;
}

/** The inline item before `position` in the same scope, whose successor may come next. */
function previousInlineItem(doc: NoticeDocument, position: Position): InlineItem | undefined {
  const scope = doc.headings.filter((heading) => heading.line <= position.line).pop();
  const before = (item: InlineItem) =>
    item.range.start.line < position.line ||
    (item.range.start.line === position.line && item.range.end.character <= position.character);
  return doc.enumerations
    .filter((enumeration) => enumeration.scope === scope)
    .flatMap((enumeration) => enumeration.items.filter(before))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .pop();
}

function inlineCandidate(doc: NoticeDocument, locale: Locale, position: Position, typedFrom: number): Omit<CompletionData, 'range'>[] {
  const line = doc.lines[position.line];
  const opensClause = typedFrom <= INDENT.exec(line)![0].length || CLAUSE_END.test(line[typedFrom - 1]);
  const previous = opensClause ? previousInlineItem(doc, { line: position.line, character: typedFrom }) : undefined;
  if (!previous) return [];
  const label = formatInline(previous.kind, previous.number + 1);
  // `第二` is only an item when a comma follows it.
  const newText = previous.kind === 'di' ? `${label}，` : label;
  return [{ label, newText, kind: 'inline', detail: localize(locale, details.inline, { previous: previous.text }) }];
}

/** New markers are written in the styles of the analysis's numbering plan, which follows the accepted ones. */
export function completions(
  { document: doc, numbering: plan }: Pick<Analysis, 'document' | 'numbering'>,
  position: Position,
  locale: Locale,
): CompletionData[] {
  const line = doc.lines[position.line];
  if (line === undefined || position.character > line.length) return [];
  const typedLine = line.slice(0, position.character);
  const indentEnd = Math.min(INDENT.exec(line)![0].length, position.character);
  const atLineStart = MARKER_PREFIX.test(typedLine.slice(indentEnd));
  const inlineFrom = position.character - INLINE_PREFIX.exec(typedLine)![0].length;
  const range = (from: number): Range => ({ start: { line: position.line, character: from }, end: position });
  const inline = inlineCandidate(doc, locale, position, inlineFrom).map((item) => ({ ...item, range: range(inlineFrom) }));
  if (!atLineStart) return inline;
  const headings = headingCandidates(doc, plan, locale, position.line).map((item) => ({ ...item, range: range(indentEnd) }));
  const seen = new Set<string>();
  return [...headings, ...inline].filter((item) => !seen.has(item.label) && seen.add(item.label));
}
