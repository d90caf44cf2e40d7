/** `numbering/sequence`: a number skipped, repeated or out of order, in headings and inline enumerations. */
import { localize, type Message } from '../i18n';
import { formatInline } from '../inline';
import { formatMarker } from '../markers';
import type { Fix, Heading } from '../model';
import { groupStart, schemeOf, sequenceDepartures, type SiblingGroup } from '../numbering';
import { enumerationFix, headingNumberFixes, inlineNumberFixes, levelFix } from '../numbering-fixes';
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

/** Whether every heading of a sequence carries its target: most do, and need no list of their numbers to say so. */
function isNumberedRight(sequence: readonly SiblingGroup[], targets: ReadonlyMap<Heading, number>): boolean {
  for (const group of sequence) {
    for (const heading of group.items) if (heading.marker.number !== targets.get(heading)) return false;
  }
  return true;
}

export const numberingSequence: Rule = {
  id: 'numbering/sequence',
  defaultSeverity: 'error',
  check(doc, { locale, numbering }) {
    const reports: RuleReport[] = [];
    // Computed once per group: a long level with many wrong numbers shares one.
    const levelFixes = new Map<SiblingGroup, Fix | undefined>();
    const levelFixOf = (group: SiblingGroup) => {
      if (!levelFixes.has(group)) levelFixes.set(group, levelFix(doc, numbering, locale, group));
      return levelFixes.get(group);
    };
    for (const sequence of numbering.sequences) {
      if (isNumberedRight(sequence, numbering.targets)) continue;
      const entries = sequence.flatMap((group) => group.items.map((heading, index) => ({ heading, group, index })));
      const numbers = entries.map(({ heading }) => heading.marker.number);
      const targets = entries.map(({ heading }) => numbering.targets.get(heading)!);
      for (const at of sequenceDepartures(numbers, targets)) {
        const { heading, group, index } = entries[at];
        const { marker } = heading;
        const scheme = schemeOf(numbering, group.family);
        const expected = formatMarker(marker.family, marker.style, targets[at]);
        // A group that starts where the other scheme would start it is a mix of schemes, not a plain gap.
        const otherStart = groupStart(group, scheme === 'restart' ? 'continuous' : 'restart');
        const mixed = index === 0 && group.predecessor !== undefined && marker.number === otherStart;
        reports.push({
          range: marker.range,
          message: mixed
            ? localize(locale, messages.mixedScheme, { scheme, expected, found: marker.text })
            : localize(locale, messages.expected, { expected, found: marker.text }),
          fixes: [...headingNumberFixes(doc, numbering, locale, heading), levelFixOf(group)].filter((fix) => fix !== undefined),
        });
      }
    }
    for (const enumeration of doc.enumerations) {
      const { items } = enumeration;
      if (items.every((item, index) => item.number === index + 1)) continue;
      const wholeEnumeration = enumerationFix(doc, locale, enumeration);
      const targets = items.map((_, index) => index + 1);
      for (const at of sequenceDepartures(items.map((item) => item.number), targets)) {
        const item = items[at];
        reports.push({
          range: item.range,
          message: localize(locale, messages.inlineExpected, { expected: formatInline(item.kind, targets[at]), found: item.text }),
          fixes: [...inlineNumberFixes(doc, locale, item, targets[at]), wholeEnumeration].filter((fix) => fix !== undefined),
        });
      }
    }
    return reports;
  },
};
