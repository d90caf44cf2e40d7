/** `section/missing`: one of the five required parts not found. */
import { message, partName } from '../i18n';
import { PART_KINDS } from '../model';
import type { Rule } from './rule';

export const sectionMissing: Rule = {
  id: 'section/missing',
  defaultSeverity: 'error',
  check(doc, { locale }) {
    // Reported where a reader would look for it: at the title, or the top.
    const anchor = doc.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0].length } };
    return PART_KINDS.filter((kind) => !doc.parts[kind]).map((kind) => ({
      range: anchor,
      message: message(locale, 'section.missing', { part: partName(locale, kind) }),
    }));
  },
};
