/**
 * The quick fixes numbering findings carry: renumber this item; renumber
 * every item of its level under its parent (or its whole inline
 * enumeration); write this marker in its level's style; move a heading that
 * skips a level to the level skipped. Each title says exactly which markers
 * change, and how many.
 */
import { replaceFix } from './fixes';
import { localize, type Locale, type Message } from './i18n';
import { formatInline } from './inline';
import { formatMarker } from './markers';
import type { Fix, Heading, InlineEnumeration, InlineItem, MarkerFamily, NoticeDocument, TextEdit } from './model';
import { styleOf, type NumberingPlan, type SiblingGroup } from './numbering';
import { headingMarkerEdit, headingTarget, inlineItemEdit, NUMBERS_ONLY, renumberEnumeration, renumberGroup, STYLES_ONLY } from './renumber';

const titles = {
  group: {
    zh: (a) => `将“${a.parent}”下此级编号依次改为“${a.first}”至“${a.last}”（改动${a.count}处）`,
    en: (a) => `Renumber this level under “${a.parent}” as “${a.first}” to “${a.last}” (${a.count} changes)`,
  },
  topLevel: {
    zh: (a) => `将第一级标题依次编号为“${a.first}”至“${a.last}”（改动${a.count}处）`,
    en: (a) => `Renumber the top-level headings as “${a.first}” to “${a.last}” (${a.count} changes)`,
  },
  enumeration: {
    zh: (a) => `将此处列举依次改为“${a.first}”至“${a.last}”（改动${a.count}处）`,
    en: (a) => `Renumber this enumeration as “${a.first}” to “${a.last}” (${a.count} changes)`,
  },
} satisfies Record<string, Message>;

/** Rewrites one marker, titled “change X to Y”; nothing when the line would no longer read the same. */
function markerFix(locale: Locale, found: string, edit: TextEdit | undefined): Fix[] {
  return edit ? [replaceFix(locale, edit.range, found, edit.newText)] : [];
}

/** For a heading whose number is wrong: this item alone. */
export function headingNumberFixes(doc: NoticeDocument, plan: NumberingPlan, locale: Locale, heading: Heading): Fix[] {
  return markerFix(locale, heading.marker.text, headingMarkerEdit(doc, heading, headingTarget(plan, heading, NUMBERS_ONLY)));
}

/**
 * Every item of a level under its parent, when that changes more than one
 * marker. One per group, shared by the group's findings.
 */
export function levelFix(doc: NoticeDocument, plan: NumberingPlan, locale: Locale, group: SiblingGroup): Fix | undefined {
  const edits = renumberGroup(doc, plan, group);
  if (edits.length < 2) return undefined;
  const [first, last] = [group.items[0], group.items[group.items.length - 1]].map((heading) =>
    headingTarget(plan, heading, NUMBERS_ONLY),
  );
  const args = { first, last, count: edits.length };
  const title = group.parent
    ? localize(locale, titles.group, { ...args, parent: group.parent.marker.text })
    : localize(locale, titles.topLevel, args);
  return { title, edits };
}

/** For an inline item whose number is wrong: this item alone. */
export function inlineNumberFixes(doc: NoticeDocument, locale: Locale, item: InlineItem, expected: number): Fix[] {
  return markerFix(locale, item.text, inlineItemEdit(doc, item, formatInline(item.kind, expected)));
}

/** The whole inline enumeration, when that changes more than one item. One per enumeration, shared by its findings. */
export function enumerationFix(doc: NoticeDocument, locale: Locale, enumeration: InlineEnumeration): Fix | undefined {
  const edits = renumberEnumeration(doc, enumeration);
  if (edits.length < 2) return undefined;
  const { items } = enumeration;
  const first = formatInline(items[0].kind, 1);
  const last = formatInline(items[items.length - 1].kind, items.length);
  return { title: localize(locale, titles.enumeration, { first, last, count: edits.length }), edits };
}

/** For a marker written unlike its level: this marker in the level's style. */
export function markerStyleFixes(doc: NoticeDocument, plan: NumberingPlan, locale: Locale, heading: Heading): Fix[] {
  return markerFix(locale, heading.marker.text, headingMarkerEdit(doc, heading, headingTarget(plan, heading, STYLES_ONLY)));
}

/**
 * For a heading that skips a level (`（1）` right under `二、` in a document
 * that uses `（一）`): its marker at the skipped level, numbered after the
 * parent's earlier items of that level and of its own (`（2）` becomes
 * `（二）`); and first, when the parent has more such items, all of them at
 * once. What they then govern, the findings that follow will say.
 */
export function skippedLevelFixes(
  doc: NoticeDocument,
  plan: NumberingPlan,
  locale: Locale,
  heading: Heading,
  family: MarkerFamily,
): Fix[] {
  const siblings = heading.parent?.children ?? doc.roots;
  const style = styleOf(plan, family);
  const edits: TextEdit[] = [];
  let number = 0;
  let own: TextEdit | undefined;
  for (const sibling of siblings) {
    if (sibling.marker.family === family) number++;
    if (sibling.marker.family !== heading.marker.family) continue;
    number++;
    const edit = headingMarkerEdit(doc, sibling, formatMarker(family, style, number), family);
    if (edit) edits.push(edit);
    if (sibling === heading) own = edit;
  }
  const fixes = markerFix(locale, heading.marker.text, own);
  if (edits.length < 2) return fixes;
  const args = { first: edits[0].newText, last: edits[edits.length - 1].newText, count: edits.length };
  const title = heading.parent
    ? localize(locale, titles.group, { ...args, parent: heading.parent.marker.text })
    : localize(locale, titles.topLevel, args);
  // Preferred: moved alone, the first item would take the others in as its children.
  return [{ title, edits }, ...fixes];
}
