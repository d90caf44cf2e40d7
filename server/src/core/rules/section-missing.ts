/** `section/missing`: one of the five required parts not found. */
import { localize, partName, type Message } from '../i18n';
import { insertPartFix } from '../insert-part';
import { PART_KINDS } from '../model';
import type { Rule } from './rule';

const messages = {
  missing: {
    zh: (a) => `缺少必备部分：${a.part}`,
    en: (a) => `Required part missing: ${a.part}`,
  },
} satisfies Record<string, Message>;

export const sectionMissing: Rule = {
  id: 'section/missing',
  defaultSeverity: 'error',
  check(doc, { locale, numbering }) {
    // Reported where a reader would look for it: at the title, or the top.
    const anchor = doc.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0].length } };
    return PART_KINDS.filter((kind) => !doc.parts[kind]).map((kind) => ({
      range: anchor,
      message: localize(locale, messages.missing, { part: partName(locale, kind) }),
      fixes: [insertPartFix(doc, numbering, locale, kind)],
    }));
  },
};
