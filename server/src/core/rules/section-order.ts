/** `section/order`: required parts out of the usual order (situation … contact). */
import { message, partName } from '../i18n';
import { PART_KINDS, type Part } from '../model';
import type { Rule, RuleReport } from './rule';

export const sectionOrder: Rule = {
  id: 'section/order',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    const found = PART_KINDS.map((kind) => doc.parts[kind]).filter((part): part is Part => part !== undefined);
    const reports: RuleReport[] = [];
    let latest: Part | undefined;
    for (const part of found) {
      if (latest && part.line < latest.line) {
        const range = part.heading?.titleRange ?? part.range;
        reports.push({
          range,
          message: message(locale, 'section.order', { part: partName(locale, part.kind), before: partName(locale, latest.kind) }),
        });
      } else {
        latest = part;
      }
    }
    return reports;
  },
};
