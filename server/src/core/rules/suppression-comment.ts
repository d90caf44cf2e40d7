/**
 * `suppression/comment`: a reminder on each suppression comment
 * (`<!-- notice-disable… -->`) that it must be deleted before the notice is
 * published, since nothing else strips it; it also names rule ids the
 * comment gives that do not exist. The comments do not silence this rule;
 * the settings can.
 */
import { localize, type Message } from '../i18n';
import type { Rule } from './rule';

export const SUPPRESSION_RULE = 'suppression/comment';

const messages = {
  reminder: {
    zh: () => '抑制检查的注释：发布前须删除（其他工具不会去除它）',
    en: () => 'Suppression comment: delete it before publishing (nothing else strips it)',
  },
  unknown: {
    zh: (a) => `抑制检查的注释：未知规则“${a.rules}”；发布前须删除此注释`,
    en: (a) => `Suppression comment: unknown rule “${a.rules}”; delete the comment before publishing`,
  },
  delete: {
    zh: () => '删除此注释',
    en: () => 'Delete this comment',
  },
} satisfies Record<string, Message>;

export const suppressionComment: Rule = {
  id: SUPPRESSION_RULE,
  defaultSeverity: 'info',
  check(doc, { locale, ruleIds }) {
    return doc.directives.map((directive) => {
      // The model blanks the comment's line; its text is in the document's text.
      const lineEnd = directive.line + 1 < doc.lineOffsets.length ? doc.lineOffsets[directive.line + 1] : doc.text.length;
      const text = doc.text.slice(doc.lineOffsets[directive.line], lineEnd).replace(/[\r\n]+$/, '');
      const unknown = directive.rules.filter((rule) => !ruleIds.has(rule));
      const start = text.length - text.trimStart().length;
      const end = text.trimEnd().length;
      // The whole line goes, with its line break, so no blank line is left behind.
      const next = directive.line + 1 < doc.lineOffsets.length ? { line: directive.line + 1, character: 0 } : { line: directive.line, character: text.length };
      return {
        range: { start: { line: directive.line, character: start }, end: { line: directive.line, character: end } },
        message: unknown.length ? localize(locale, messages.unknown, { rules: unknown.join('”“') }) : localize(locale, messages.reminder, {}),
        fixes: [{ title: localize(locale, messages.delete, {}), edits: [{ range: { start: { line: directive.line, character: 0 }, end: next }, newText: '' }] }],
      };
    });
  },
};
