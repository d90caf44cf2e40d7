/** `structure/title`: no title, or one not of the `关于…通报` form. */
import { message } from '../i18n';
import type { Rule } from './rule';

const TITLE_FORM = /关于.+通报$/;

export const structureTitle: Rule = {
  id: 'structure/title',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    if (!doc.title) {
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0].length } }, message: message(locale, 'title.missing') }];
    }
    if (TITLE_FORM.test(doc.title.text)) return [];
    return [{ range: doc.title.range, message: message(locale, 'title.form', { found: doc.title.text }) }];
  },
};
