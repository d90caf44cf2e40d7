/**
 * The repair for a missing part: its heading and standard phrasing (with ××
 * where the drafter fills in facts), inserted where the part belongs,
 * numbered to fit among its siblings in the document's marker style, with
 * the siblings after it renumbered. The contact part is a closing paragraph
 * rather than a heading.
 */
import { localize, type Locale, type Message } from './i18n';
import { formatMarker } from './markers';
import type { Fix, Heading, MarkerFamily, NoticeDocument, PartKind, TextEdit } from './model';
import { PART_KINDS } from './model';
import { styleOf, type NumberingPlan } from './numbering';
import { isBlank } from './parser';
import { headingMarkerEdit } from './renumber';

/** Each part in our own words; `w` is the document's word for the inspection (巡视 or 巡察). */
const TEMPLATES: Record<PartKind, { heading?: (w: string) => string; body: (w: string) => string }> = {
  situation: {
    heading: () => '整改工作基本情况',
    body: (w) => `党组把${w}整改作为重大政治任务，成立整改工作领导小组，对照反馈意见逐项制定整改措施，明确责任领导、责任部门和完成时限。××××。`,
  },
  rectification: {
    heading: (w) => `${w}反馈意见整改落实情况`,
    body: (w) => `对照${w}反馈意见，逐条逐项推进整改。××××。`,
  },
  petitions: {
    heading: (w) => `关于${w}移交问题线索和信访件办理情况`,
    body: (w) => `${w}组移交问题线索×件、信访件×件，已全部登记、逐件交办。截至目前，已办结×件，其余正按规定程序办理。`,
  },
  nextSteps: {
    heading: () => '下一步工作打算',
    body: (w) => `下一步，将坚持目标不变、标准不降、力度不减，持续巩固和深化${w}整改成果。一是××××；二是××××；三是××××。`,
  },
  contact: {
    body: (w) =>
      `欢迎广大干部群众对${w}整改落实情况进行监督。如有意见建议，请通过以下方式反映：联系电话：××××-××××××××；邮政信箱：××××，邮编：××××××；电子邮箱：××××@××.com。`,
  },
};

const titles = {
  part: {
    zh: (a) => `插入“${a.heading}”部分`,
    en: (a) => `Insert the part “${a.heading}”`,
  },
  renumbered: {
    zh: (a) => `，并将其后的同级编号顺延（改动${a.count}处）`,
    en: (a) => `, renumbering the headings after it (${a.count} changes)`,
  },
  contact: {
    zh: () => '在正文末尾插入联系方式段落',
    en: () => 'Insert a contact paragraph at the end of the body',
  },
} satisfies Record<string, Message>;

/** Where the new text goes: before line `line`, or after it. */
interface Anchor {
  line: number;
  after: boolean;
}

interface Placement extends Anchor {
  parent: Heading | undefined;
  family: MarkerFamily;
}

function inspectionWord(doc: NoticeDocument): string {
  const head = `${doc.title?.text ?? ''}${doc.opening?.text ?? ''}`;
  return head.includes('巡察') && !head.includes('巡视') ? '巡察' : '巡视';
}

function lastLine(heading: Heading): number {
  return heading.governedRange.end.line;
}

/** The last non-blank line of the body, before the signature. */
function bodyEnd(doc: NoticeDocument): number {
  let line = (doc.signature.issuer?.line ?? doc.signature.date?.line ?? doc.lines.length) - 1;
  while (line > 0 && isBlank(doc.lines[line])) line--;
  return Math.max(line, 0);
}

/**
 * Parts keep the order of PART_KINDS. Petition handling nests as the last
 * item of the rectification part when that part has items (as many notices
 * do); otherwise a part follows the nearest earlier top-level part, or comes
 * before the nearest later one.
 */
function placeHeading(doc: NoticeDocument, kind: PartKind): Placement {
  const topFamily = doc.roots[0]?.marker.family ?? 'chinese';
  const rectification = doc.parts.rectification?.heading;
  if (kind === 'petitions' && rectification && rectification.children.length > 0) {
    const lastChild = rectification.children[rectification.children.length - 1];
    return { line: lastLine(rectification), after: true, parent: rectification, family: lastChild.marker.family };
  }
  const index = PART_KINDS.indexOf(kind);
  const topLevel = (other: PartKind) => {
    const heading = doc.parts[other]?.heading;
    return heading && heading.depth === 1 ? heading : undefined;
  };
  const earlier = PART_KINDS.slice(0, index).reverse().map(topLevel).find(Boolean);
  if (earlier) return { line: lastLine(earlier), after: true, parent: undefined, family: topFamily };
  const later = PART_KINDS.slice(index + 1).map(topLevel).find(Boolean);
  if (later) return { line: later.line, after: false, parent: undefined, family: topFamily };
  // No part recognised yet: the situation opens the body, the others close it.
  const [firstRoot, lastRoot] = [doc.roots[0], doc.roots[doc.roots.length - 1]];
  if (kind === 'situation' && firstRoot) return { line: firstRoot.line, after: false, parent: undefined, family: topFamily };
  if (lastRoot) return { line: lastLine(lastRoot), after: true, parent: undefined, family: topFamily };
  return { line: bodyStart(doc), after: true, parent: undefined, family: topFamily };
}

/** With no headings at all, a part goes after the opening, or the title. */
function bodyStart(doc: NoticeDocument): number {
  return doc.opening?.line ?? doc.title?.range.end.line ?? bodyEnd(doc);
}

/**
 * The new heading's number, and the edits that move the headings after it on
 * by one: every later item of its sequence (its siblings, and under
 * continuous numbering the groups that carry on from them).
 */
function numberInsertion(
  doc: NoticeDocument,
  plan: NumberingPlan,
  placement: Placement,
): { number: number; edits: TextEdit[] } {
  const group = plan.groups.find((g) => g.parent === placement.parent && g.family === placement.family);
  const sequence = plan.sequences.find((s) => group && s.includes(group)) ?? [];
  const items = sequence.flatMap((g) => g.items);
  const boundary = placement.after ? placement.line + 1 : placement.line;
  const before = items.filter((heading) => heading.line < boundary);
  const after = items.filter((heading) => heading.line >= boundary);
  const targetOf = (heading: Heading) => plan.targets.get(heading) ?? heading.marker.number;
  const number = before.length ? targetOf(before[before.length - 1]) + 1 : 1;
  const edits = after.flatMap((heading) => {
    const moved = formatMarker(heading.marker.family, heading.marker.style, targetOf(heading) + 1);
    return moved === heading.marker.text ? [] : (headingMarkerEdit(doc, heading, moved) ?? []);
  });
  return { number, edits };
}

function lineBreak(doc: NoticeDocument): string {
  return /\r\n|\r|\n/.exec(doc.text)?.[0] ?? '\n';
}

/** Whether most paragraphs stand apart with a blank line before them. */
function blankLinesBetween(doc: NoticeDocument): boolean {
  const separated = doc.paragraphs.filter((p) => p.line > 0 && isBlank(doc.lines[p.line - 1])).length;
  return separated * 2 > doc.paragraphs.length;
}

function indentation(line: string): string {
  return /^[ \t\u3000]*/.exec(line)![0];
}

/** The edit that puts `lines` before or after the anchor line, in the document's own layout. */
function insertLines(doc: NoticeDocument, anchor: Anchor, lines: string[]): TextEdit {
  const eol = lineBreak(doc);
  const separator = blankLinesBetween(doc) ? eol + eol : eol;
  const block = lines.join(separator);
  if (anchor.after) {
    const position = { line: anchor.line, character: doc.lines[anchor.line].length };
    return { range: { start: position, end: position }, newText: separator + block };
  }
  const position = { line: anchor.line, character: 0 };
  return { range: { start: position, end: position }, newText: block + separator };
}

export function insertPartFix(doc: NoticeDocument, plan: NumberingPlan, locale: Locale, kind: PartKind): Fix {
  const word = inspectionWord(doc);
  const template = TEMPLATES[kind];
  if (!template.heading) {
    const line = bodyEnd(doc);
    const indent = indentation(doc.paragraphs.find((p) => !p.isHeading && p.line > (doc.opening?.line ?? -1))?.text ?? '');
    const edit = insertLines(doc, { line, after: !isBlank(doc.lines[line]) }, [indent + template.body(word)]);
    return { title: localize(locale, titles.contact, {}), edits: [edit] };
  }
  const placement = placeHeading(doc, kind);
  const { number, edits } = numberInsertion(doc, plan, placement);
  const heading = formatMarker(placement.family, styleOf(plan, placement.family), number) + template.heading(word);
  const sibling = (placement.parent?.children ?? doc.roots).find((h) => h.marker.family === placement.family);
  const indent = indentation(sibling ? doc.lines[sibling.line] : '');
  const insertion = insertLines(doc, placement, [indent + heading, indent + template.body(word)]);
  const title =
    localize(locale, titles.part, { heading }) + (edits.length ? localize(locale, titles.renumbered, { count: edits.length }) : '');
  return { title, edits: [insertion, ...edits] };
}
