/** `section/order`: required parts out of the usual order (situation … contact). */
import { localize, partName, type Message } from '../i18n';
import { PART_KINDS, type Part } from '../model';
import type { Rule, RuleReport } from './rule';

const messages = {
  order: {
    zh: (a) => `部分顺序不当：“${a.part}”应在“${a.before}”之后`,
    en: (a) => `Parts out of order: “${a.part}” should come after “${a.before}”`,
  },
} satisfies Record<string, Message>;

export const sectionOrder: Rule = {
  id: 'section/order',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    const found = PART_KINDS.map((kind) => doc.parts[kind]).filter((part): part is Part => part !== undefined && !part.withinAnother);
    const reports: RuleReport[] = [];
    let latest: Part | undefined;
    for (const part of found) {
      if (latest && part.line < latest.line) {
        const range = part.heading?.titleRange ?? part.range;
        reports.push({
          range,
          message: localize(locale, messages.order, { part: partName(locale, part.kind), before: partName(locale, latest.kind) }),
        });
      } else {
        latest = part;
      }
    }
    return reports;
  },
};
