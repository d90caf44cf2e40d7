/**
 * Finds the five required parts by meaning: cue words in headings (and, for
 * petitions and contact details, in paragraphs), with position as a last
 * resort for the situation part, which has the loosest titles.
 */
import { paragraphBreaks } from './broken-paragraphs';
import type { Heading, NoticeDocument, Paragraph, Part, PartKind, Range } from './model';

/** Cues in the order they are tried: the more specific part wins a heading that matches two. */
const HEADING_CUES: ReadonlyArray<readonly [PartKind, RegExp]> = [
  ['petitions', /信访|问题线索|移交/],
  ['contact', /联系方式|欢迎.{0,20}监督/],
  ['nextSteps', /今后|下一步|下一?阶段|后续|打算|持续巩固|巩固.{0,12}成果|深化.{0,12}整改/],
  ['rectification', /反馈(?:意见|问题).{0,30}(?:整改|落实)|逐[条项].{0,10}(?:整改|落实)|整改(?:落实|进展)情况|对标.{0,10}反馈/],
  ['situation', /基本情况|总体情况|组织领导|政治责任|主体责任|整改工作(?:开展)?情况/],
];

/** Parts that may hang at any depth; the others are top-level parts. */
const NESTABLE: ReadonlySet<PartKind> = new Set(['petitions', 'contact']);

const PETITION_PARAGRAPH = /移交.{0,20}(?:问题线索|信访)|(?:问题线索|信访件).{0,20}(?:办理|办结)/;
/** How the rectification was organised: a leading group, a plan, a ledger, meetings on it. */
const ORGANISED = /领导小组|整改方案|整改台账|工作台账|问题清单|任务清单|专题会议|动员部署|动员会/;
/** A paragraph that opens on what comes next. */
const NEXT_STEPS_PARAGRAPH = /^(?:下一步|下步|今后|下一阶段|接下来)[，,]/;
/** Transferred clues or petitions said to be dealt with, in a sentence of any paragraph. */
const PETITIONS_HANDLED = /移交[^。；]{0,20}(?:问题线索|信访)[^。；]{0,20}(?:办结|办理完毕|已办理|处理完毕)/;
const CONTACT_PARAGRAPH = /欢迎.{0,30}(?:监督|批评|意见)|联系方式|联系电话|邮政信箱|电子邮箱|电子信箱/;

/**
 * Titles of the next steps that could title the opening part too
 * (`坚持常态长效，持续推进整改`): taken as the next steps only after the
 * item-by-item part.
 */
const LATER_NEXT_STEPS = /长效|常态|持续推进/;

/** A heading that names a feedback point: `关于…方面`, `关于…的问题`, `在贯彻落实党中央决策部署方面`. */
const FEEDBACK_POINT = /^关于.{0,60}(?:问题|方面)|方面(?:的?问题)?$/;

/**
 * The item-by-item part under a title with no cue (`二、坚持问题导向，扎实推进整改`)
 * shows itself by what it holds: feedback points, two or more, as its
 * sub-headings. The first top-level heading not yet placed that holds them.
 */
function rectificationByContent(unclassifiedRoots: readonly Heading[]): Heading | undefined {
  return unclassifiedRoots.find((root) => root.children.filter((child) => FEEDBACK_POINT.test(child.title)).length >= 2);
}

function classify(heading: Heading): PartKind | undefined {
  for (const [kind, cue] of HEADING_CUES) {
    if ((heading.depth === 1 || NESTABLE.has(kind)) && cue.test(heading.title)) return kind;
  }
  return undefined;
}

function headingPart(kind: PartKind, heading: Heading): Part {
  const part: Part = { kind, heading, line: heading.line, range: heading.governedRange };
  // Nested in another part (`（三）认真办理移交信访件` under the situation), its place is that part's.
  if (heading.depth > 1) part.withinAnother = true;
  return part;
}

function paragraphPart(kind: PartKind, first: Paragraph, last: Paragraph): Part {
  const range: Range = { start: first.range.start, end: last.range.end };
  return { kind, heading: undefined, line: first.line, range };
}

function firstSentence(paragraph: Paragraph): string {
  const stop = paragraph.text.indexOf('。');
  return stop >= 0 ? paragraph.text.slice(0, stop) : paragraph.text;
}

/** The contact block is the last run of paragraphs that give feedback channels, with the paragraphs they break into. */
function findContact(doc: NoticeDocument): Part | undefined {
  const body = doc.paragraphs.filter((p) => !p.isHeading && p !== doc.opening && p.line !== doc.signature.issuer?.line);
  let lastIndex = -1;
  for (let i = body.length - 1; i >= 0; i--) {
    if (CONTACT_PARAGRAPH.test(body[i].text)) {
      lastIndex = i;
      break;
    }
  }
  if (lastIndex < 0) return undefined;
  // A paragraph cut where a page was goes on in the one it breaks into (`…联系电话` / `：0531-…`).
  const breaks = paragraphBreaks(doc);
  const breaksInto = (paragraph: Paragraph, next: Paragraph) =>
    breaks.has(paragraph.line) && doc.paragraphs[doc.paragraphs.indexOf(paragraph) + 1] === next;
  while (lastIndex + 1 < body.length && breaksInto(body[lastIndex], body[lastIndex + 1])) lastIndex++;
  let firstIndex = lastIndex;
  while (firstIndex > 0 && (CONTACT_PARAGRAPH.test(body[firstIndex - 1].text) || breaksInto(body[firstIndex - 1], body[firstIndex]))) firstIndex--;
  return paragraphPart('contact', body[firstIndex], body[lastIndex]);
}

export function findParts(doc: NoticeDocument): Partial<Record<PartKind, Part>> {
  const parts: Partial<Record<PartKind, Part>> = {};
  const unclassifiedRoots: Heading[] = [];
  for (const heading of doc.headings) {
    const kind = classify(heading);
    if (kind && !parts[kind]) parts[kind] = headingPart(kind, heading);
    else if (!kind && heading.depth === 1) unclassifiedRoots.push(heading);
  }
  if (!parts.petitions) {
    const paragraph = doc.paragraphs.find((p) => !p.isHeading && PETITION_PARAGRAPH.test(firstSentence(p)));
    if (paragraph) parts.petitions = paragraphPart('petitions', paragraph, paragraph);
  }
  if (!parts.petitions) {
    // A sentence of another part may give the account (`…。对巡察组移交的3件信访件，已全部办结。`): the part is there, where it stands says nothing of order.
    const paragraph = doc.paragraphs.find((p) => PETITIONS_HANDLED.test(p.text));
    if (paragraph) parts.petitions = { ...paragraphPart('petitions', paragraph, paragraph), withinAnother: true };
  }
  if (!parts.contact) {
    const contact = findContact(doc);
    if (contact) parts.contact = contact;
  }
  /** Gives a top-level heading no cue placed to a part. */
  const place = (kind: PartKind, heading: Heading | undefined) => {
    if (!heading) return;
    parts[kind] = headingPart(kind, heading);
    unclassifiedRoots.splice(unclassifiedRoots.indexOf(heading), 1);
  };
  if (!parts.rectification) place('rectification', rectificationByContent(unclassifiedRoots));
  const rectificationLine = parts.rectification?.line;
  if (!parts.nextSteps && rectificationLine !== undefined) {
    place('nextSteps', unclassifiedRoots.find((root) => root.line > rectificationLine && LATER_NEXT_STEPS.test(root.title)));
  }
  const rectificationHeading = parts.rectification?.heading;
  // Where the item-by-item part ends: the next heading of its level or above (governed ranges are not set yet).
  const afterRectification =
    rectificationHeading && doc.headings.find((h) => h.line > rectificationHeading.line && h.rank <= rectificationHeading.rank);
  if (!parts.nextSteps && afterRectification) {
    // Short notices give the next steps as a paragraph of their own after the rectification (`下一步，镇党委将…`);
    // one within it is a problem's own next step.
    const paragraph = doc.paragraphs.find(
      (p) => p.line > afterRectification.line && !p.isHeading && NEXT_STEPS_PARAGRAPH.test(p.text.slice(p.range.start.character)),
    );
    if (paragraph) parts.nextSteps = paragraphPart('nextSteps', paragraph, paragraph);
  }
  // The situation part usually opens the body; its titles vary too much for cues alone.
  const firstRoot = doc.roots[0];
  if (!parts.situation && firstRoot && unclassifiedRoots[0] === firstRoot) {
    const next = parts.rectification ?? parts.nextSteps;
    if (next && next.line > firstRoot.line) parts.situation = headingPart('situation', firstRoot);
  }
  if (!parts.situation && parts.rectification) {
    // Short notices tell how the work was organised in a paragraph before the first heading (one no heading governs), or in the opening itself.
    const before = parts.rectification.line;
    const paragraph = doc.paragraphs.find((p) => p.line < before && p.heading === undefined && ORGANISED.test(p.text));
    if (paragraph) parts.situation = paragraphPart('situation', paragraph, paragraph);
  }
  return parts;
}
