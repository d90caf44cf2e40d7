/** `numbering/hierarchy`: a heading that skips a level the document uses elsewhere. */
import { message } from '../i18n';
import { FAMILY_RANK, formatMarker } from '../markers';
import type { MarkerFamily } from '../model';
import type { Rule, RuleReport } from './rule';

export const numberingHierarchy: Rule = {
  id: 'numbering/hierarchy',
  defaultSeverity: 'error',
  check(doc, { locale, numbering }) {
    const usedFamilies = [...numbering.styles.keys()].sort((a, b) => FAMILY_RANK[a] - FAMILY_RANK[b]);
    const example = (family: MarkerFamily) => formatMarker(family, numbering.styles.get(family)!, 1);
    const reports: RuleReport[] = [];
    for (const heading of doc.headings) {
      const parentRank = heading.parent?.rank ?? 0;
      const skipped = usedFamilies.find((family) => FAMILY_RANK[family] > parentRank && FAMILY_RANK[family] < heading.rank);
      if (!skipped) continue;
      reports.push({
        range: heading.marker.range,
        message: heading.parent
          ? message(locale, 'hierarchy.skipped', {
              parent: heading.parent.marker.text,
              expected: example(skipped),
              found: heading.marker.text,
            })
          : message(locale, 'hierarchy.noParent', { expected: example(skipped), found: heading.marker.text }),
      });
    }
    return reports;
  },
};
