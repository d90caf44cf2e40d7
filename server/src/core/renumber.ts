/**
 * Edits that renumber: one marker, the items of one level under one parent,
 * an inline enumeration, or the whole document. Every edit replaces a marker
 * and nothing else, and only when the line still reads the same way with the
 * new marker: a number past what its kind can write (㊿, 九百九十九) would
 * turn an item into other text, so such a marker is left as it is.
 */
import { formatInline, inlineItemAt } from './inline';
import { formatMarker, matchMarker } from './markers';
import type { Heading, InlineEnumeration, InlineItem, MarkerFamily, NoticeDocument, Range, TextEdit } from './model';
import type { NumberingPlan, SiblingGroup } from './numbering';

/** What a renumbering may change: the numbers, the marker styles, or both. */
export interface RenumberAspects {
  numbers: boolean;
  styles: boolean;
}

export const NUMBERS_ONLY: RenumberAspects = { numbers: true, styles: false };
export const STYLES_ONLY: RenumberAspects = { numbers: false, styles: true };

function replaced(line: string, range: Range, replacement: string): string {
  return line.slice(0, range.start.character) + replacement + line.slice(range.end.character);
}

/** The edit that rewrites a heading's marker, if the line then still opens with that marker, of `family`. */
export function headingMarkerEdit(
  doc: NoticeDocument,
  heading: Heading,
  replacement: string,
  family: MarkerFamily = heading.marker.family,
): TextEdit | undefined {
  const { range } = heading.marker;
  const match = matchMarker(replaced(doc.lines[heading.line], range, replacement));
  const same = match && match.family === family && match.start === range.start.character && match.length === replacement.length;
  return same ? { range, newText: replacement } : undefined;
}

/** The edit that rewrites an inline item, if the paragraph then still reads it as an item of its kind. */
export function inlineItemEdit(doc: NoticeDocument, item: InlineItem, replacement: string): TextEdit | undefined {
  const paragraph = doc.paragraphs[item.paragraph];
  // Inline items on a heading line are read after its marker, as the parser does.
  const scanFrom = paragraph.isHeading ? paragraph.heading!.marker.range.end.character : 0;
  const line = doc.lines[paragraph.line];
  const { start, end } = { start: item.range.start.character, end: item.range.end.character };
  // The neighbourhood that decides, not the whole line: rewriting every item
  // of a long line must not rescan the line for each (an item reads at most
  // five characters from its start).
  const before = start > scanFrom ? line.slice(start - 1, start) : '';
  const match = inlineItemAt(before + replacement + line.slice(end, end + 4), before.length);
  const same = match !== undefined && match.length === replacement.length && match.kind === item.kind;
  return same ? { range: item.range, newText: replacement } : undefined;
}

/** The marker a heading carries once renumbered in the given aspects. */
export function headingTarget(plan: NumberingPlan, heading: Heading, aspects: RenumberAspects): string {
  const { family, style, number } = heading.marker;
  return formatMarker(
    family,
    aspects.styles ? (plan.styles.get(family) ?? style) : style,
    aspects.numbers ? (plan.targets.get(heading) ?? number) : number,
  );
}

function headingEdits(doc: NoticeDocument, plan: NumberingPlan, headings: Heading[], aspects: RenumberAspects): TextEdit[] {
  return headings.flatMap((heading) => {
    const target = headingTarget(plan, heading, aspects);
    if (target === heading.marker.text) return [];
    return headingMarkerEdit(doc, heading, target) ?? [];
  });
}

/** Numbers the items of one level under one parent as the plan wants them, each in its own style. */
export function renumberGroup(doc: NoticeDocument, plan: NumberingPlan, group: SiblingGroup): TextEdit[] {
  return headingEdits(doc, plan, group.items, NUMBERS_ONLY);
}

/** Numbers an inline enumeration 1, 2, 3… in its own kind (`一是`, `第一`, `①`). */
export function renumberEnumeration(doc: NoticeDocument, enumeration: InlineEnumeration): TextEdit[] {
  return enumeration.items.flatMap((item, index) => {
    const target = formatInline(item.kind, index + 1);
    if (target === item.text) return [];
    return inlineItemEdit(doc, item, target) ?? [];
  });
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * The whole document: every heading numbered by the document's scheme and
 * written in its level's dominant style, every inline enumeration numbered
 * within its scope. Applying the edits gives a document the numbering rules
 * have nothing to say about, and applying them again changes nothing.
 */
export function renumberDocument(doc: NoticeDocument, plan: NumberingPlan, aspects: RenumberAspects): TextEdit[] {
  const edits = headingEdits(doc, plan, doc.headings, aspects);
  if (aspects.numbers) edits.push(...doc.enumerations.flatMap((enumeration) => renumberEnumeration(doc, enumeration)));
  return edits.sort(byPosition);
}
