/** `numbering/style`: a marker written differently from the rest of its level. */
import { localize, type Message } from '../i18n';
import { replaceFix } from '../fixes';
import { formatMarker } from '../markers';
import type { Rule } from './rule';

const messages = {
  expected: {
    zh: (a) => `编号样式不一致：本文档此级用“${a.expected}”，实为“${a.found}”`,
    en: (a) => `Marker style: this document writes this level as “${a.expected}”, found “${a.found}”`,
  },
} satisfies Record<string, Message>;

export const numberingStyle: Rule = {
  id: 'numbering/style',
  defaultSeverity: 'warning',
  check(doc, { locale, numbering }) {
    return doc.headings
      .filter((heading) => numbering.styles.get(heading.marker.family) !== heading.marker.style)
      .map(({ marker }) => {
        const expected = formatMarker(marker.family, numbering.styles.get(marker.family)!, marker.number);
        return {
          range: marker.range,
          message: localize(locale, messages.expected, { expected, found: marker.text }),
          fixes: [replaceFix(locale, marker.range, marker.text, expected)],
        };
      });
  },
};
