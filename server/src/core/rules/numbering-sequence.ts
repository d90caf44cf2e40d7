/** `numbering/sequence`: a number skipped, repeated or out of order, in headings and inline enumerations. */
import { message } from '../i18n';
import { formatInline } from '../inline';
import { formatMarker } from '../markers';
import { expectedStart, sequenceDepartures } from '../numbering';
import type { Rule, RuleReport } from './rule';

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
            ? message(locale, 'sequence.mixedScheme', { scheme, expected: expectedText, found: marker.text })
            : message(locale, 'sequence.expected', { expected: expectedText, found: marker.text }),
        });
      }
    }
    for (const { items } of doc.enumerations) {
      for (const { index, expected } of sequenceDepartures(items.map((item) => item.number), 1)) {
        const item = items[index];
        reports.push({
          range: item.range,
          message: message(locale, 'inline.expected', { expected: formatInline(item.kind, expected), found: item.text }),
        });
      }
    }
    return reports;
  },
};
