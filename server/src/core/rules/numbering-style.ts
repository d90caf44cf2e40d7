/** `numbering/style`: a marker written differently from the rest of its level. */
import { message } from '../i18n';
import { formatMarker } from '../markers';
import type { Rule } from './rule';

export const numberingStyle: Rule = {
  id: 'numbering/style',
  defaultSeverity: 'warning',
  check(doc, { locale, numbering }) {
    return doc.headings
      .filter((heading) => numbering.styles.get(heading.marker.family) !== heading.marker.style)
      .map(({ marker }) => ({
        range: marker.range,
        message: message(locale, 'style.expected', {
          expected: formatMarker(marker.family, numbering.styles.get(marker.family)!, marker.number),
          found: marker.text,
        }),
      }));
  },
};
