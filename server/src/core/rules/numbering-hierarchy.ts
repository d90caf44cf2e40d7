/** `numbering/hierarchy`: a heading that skips a level the document uses elsewhere. */
import { localize, type Message } from '../i18n';
import { FAMILY_RANK, formatMarker } from '../markers';
import type { MarkerFamily } from '../model';
import { skippedLevelFixes } from '../numbering-fixes';
import type { Rule, RuleReport } from './rule';

const messages = {
  skipped: {
    zh: (a) => `层级跳跃：“${a.parent}”之下应为“${a.expected}”一级，实为“${a.found}”`,
    en: (a) => `Level skipped: under “${a.parent}” expected a “${a.expected}” level, found “${a.found}”`,
  },
  noParent: {
    zh: (a) => `层级跳跃：应先有“${a.expected}”一级标题，实为“${a.found}”`,
    en: (a) => `Level skipped: expected a “${a.expected}” heading first, found “${a.found}”`,
  },
} satisfies Record<string, Message>;

export const numberingHierarchy: Rule = {
  id: 'numbering/hierarchy',
  defaultSeverity: 'error',
  check(doc, { locale, numbering }) {
    const usedFamilies = [...numbering.styles.keys()].sort((a, b) => FAMILY_RANK[a] - FAMILY_RANK[b]);
    const example = (family: MarkerFamily) => formatMarker(family, numbering.styles.get(family)!, 1);
    const reports: RuleReport[] = [];
    for (const heading of doc.headings) {
      const parentRank = heading.parent?.rank ?? 0;
      // No level lies between a heading and a parent one rank above it.
      if (heading.rank - parentRank <= 1) continue;
      const skipped = usedFamilies.find((family) => FAMILY_RANK[family] > parentRank && FAMILY_RANK[family] < heading.rank);
      if (!skipped) continue;
      reports.push({
        range: heading.marker.range,
        message: heading.parent
          ? localize(locale, messages.skipped, {
              parent: heading.parent.marker.text,
              expected: example(skipped),
              found: heading.marker.text,
            })
          : localize(locale, messages.noParent, { expected: example(skipped), found: heading.marker.text }),
        fixes: skippedLevelFixes(doc, numbering, locale, heading, skipped),
      });
    }
    return reports;
  },
};
