/** `structure/title`: no title, or one not of the `关于…通报` form. */
import { localize, type Message } from '../i18n';
import type { Rule } from './rule';

const messages = {
  missing: {
    zh: () => '缺少标题：应有“关于……整改进展情况的通报”形式的标题',
    en: () => 'No title: expected a title of the form “关于……整改进展情况的通报”',
  },
  form: {
    zh: (a) => `标题应为“关于……的通报”形式，实为“${a.found}”`,
    en: (a) => `Title should read “关于……的通报”, found “${a.found}”`,
  },
} satisfies Record<string, Message>;

/**
 * `关于…通报`. Not `/关于.+通报$/`: on a long title that fails it, that
 * pattern rescans the rest of the line from every `关于`.
 */
function hasTitleForm(title: string): boolean {
  const about = title.indexOf('关于');
  return about >= 0 && title.endsWith('通报') && title.length - about > 4;
}

export const structureTitle: Rule = {
  id: 'structure/title',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    if (!doc.title) {
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0].length } }, message: localize(locale, messages.missing, {}) }];
    }
    if (hasTitleForm(doc.title.text)) return [];
    return [{ range: doc.title.range, message: localize(locale, messages.form, { found: doc.title.text }) }];
  },
};
