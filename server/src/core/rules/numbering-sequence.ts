/** `numbering/sequence`: a number skipped, repeated or out of order, in headings and inline enumerations. */
import { localize, type Message } from '../i18n';
import { replaceFix } from '../fixes';
import { formatInline } from '../inline';
import { formatMarker } from '../markers';
import { expectedStart, sequenceDepartures } from '../numbering';
import type { Rule, RuleReport } from './rule';

const messages = {
  expected: {
    zh: (a) => `编号应为“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Numbering: expected “${a.expected}”, found “${a.found}”`,
  },
  mixedScheme: {
    zh: (a) =>
      `编号方式不一致：本文档此级${a.scheme === 'restart' ? '在每个上级标题下重新编号' : '跨上级标题连续编号'}，应为“${a.expected}”，实为“${a.found}”`,
    en: (a) =>
      `Numbering scheme mixed: this document ${a.scheme === 'restart' ? 'restarts this level under each parent' : 'numbers this level continuously across parents'}; expected “${a.expected}”, found “${a.found}”`,
  },
  inlineExpected: {
    zh: (a) => `列举编号应为“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Enumeration: expected “${a.expected}”, found “${a.found}”`,
  },
} satisfies Record<string, Message>;

export const numberingSequence: Rule = {
  id: 'numbering/sequence',
  defaultSeverity: 'error',
  check(doc, { locale, numbering }) {
    const reports: RuleReport[] = [];
    for (const group of numbering.groups) {
      const scheme = numbering.schemes.get(group.family) ?? 'restart';
      const numbers = group.items.map((heading) => heading.marker.number);
      for (const { index, expected } of sequenceDepartures(numbers, expectedStart(group, scheme))) {
        const { marker } = group.items[index];
        const expectedText = formatMarker(marker.family, marker.style, expected);
        // A first item that follows the other scheme is a mix of schemes, not a plain gap.
        const otherStart = expectedStart(group, scheme === 'restart' ? 'continuous' : 'restart');
        const mixed = index === 0 && group.predecessor !== undefined && marker.number === otherStart;
        reports.push({
          range: marker.range,
          message: mixed
            ? localize(locale, messages.mixedScheme, { scheme, expected: expectedText, found: marker.text })
            : localize(locale, messages.expected, { expected: expectedText, found: marker.text }),
          fixes: [replaceFix(locale, marker.range, marker.text, expectedText)],
        });
      }
    }
    for (const { items } of doc.enumerations) {
      for (const { index, expected } of sequenceDepartures(items.map((item) => item.number), 1)) {
        const item = items[index];
        const expectedText = formatInline(item.kind, expected);
        reports.push({
          range: item.range,
          message: localize(locale, messages.inlineExpected, { expected: expectedText, found: item.text }),
          fixes: [replaceFix(locale, item.range, item.text, expectedText)],
        });
      }
    }
    return reports;
  },
};
