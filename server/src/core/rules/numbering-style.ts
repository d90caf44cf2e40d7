/** `numbering/style`: a marker written differently from the rest of its level. */
import { localize, type Message } from '../i18n';
import { markerStyleFixes } from '../numbering-fixes';
import { headingTarget, STYLES_ONLY } from '../renumber';
import type { Heading } from '../model';
import { isOffStyle, type NumberingPlan } from '../numbering';
import type { Rule } from './rule';

const messages = {
  notAccepted: {
    zh: (a) => `编号样式不符合设置：此级应为“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Marker style not among those configured: this level is written “${a.expected}”, found “${a.found}”`,
  },
  expected: {
    zh: (a) => `编号样式不一致：本文档此级用“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Marker style: this document writes this level as “${a.expected}”, found “${a.found}”`,
  },
} satisfies Record<string, Message>;

/** Whether the configuration accepts the heading's style (a level it does not name accepts any). */
function isAccepted(numbering: NumberingPlan, heading: Heading): boolean {
  return numbering.accepted[heading.marker.family]?.includes(heading.marker.style) !== false;
}

export const numberingStyle: Rule = {
  id: 'numbering/style',
  defaultSeverity: 'warning',
  check(doc, { locale, numbering }) {
    return doc.headings
      .filter((heading) => isOffStyle(numbering, heading))
      .map((heading) => ({
        range: heading.marker.range,
        message: localize(locale, isAccepted(numbering, heading) ? messages.expected : messages.notAccepted, {
          expected: headingTarget(numbering, heading, STYLES_ONLY),
          found: heading.marker.text,
        }),
        fixes: markerStyleFixes(doc, numbering, locale, heading),
      }));
  },
};
