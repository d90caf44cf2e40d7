/**
 * `structure/title`: no title, or one not of the `关于…通报` form; and what a
 * copy from a web page leaves around the title (`首页 > 巡视巡察`,
 * `发布时间：… 浏览次数：…`), among the lines the parser sets aside as stray.
 */
import { localize, type Message } from '../i18n';
import type { Range } from '../model';
import { isWebDebris } from '../parser';
import type { Rule, RuleReport } from './rule';

const messages = {
  missing: {
    zh: () => '缺少标题：应有“关于……整改进展情况的通报”形式的标题',
    en: () => 'No title: expected a title of the form “关于……整改进展情况的通报”',
  },
  form: {
    zh: (a) => `标题应为“关于……的通报”形式，实为“${a.found}”`,
    en: (a) => `Title should read “关于……的通报”, found “${a.found}”`,
  },
  stray: {
    zh: (a) => `网页残留内容：“${a.text}”不属于通报正文`,
    en: (a) => `Left over from a web page: “${a.text}” is not part of the notice`,
  },
  deleteLine: {
    zh: () => '删除此行',
    en: () => 'Delete this line',
  },
} satisfies Record<string, Message>;

/** How much of a stray line a message quotes. */
const QUOTE_LENGTH = 30;

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
    // Other lines before the title (a document header, a file number) are the issuer's own.
    const debris = doc.strayLines.filter((line) => isWebDebris(doc.lines[line]));
    const reports: RuleReport[] = debris.map((line) => {
      const text = doc.lines[line].trim();
      const start = doc.lines[line].indexOf(text);
      const quoted = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
      // The line goes with a line break (the one before it, for the last line), so no blank line is left in its place.
      const lineEnd = { line, character: doc.lines[line].length };
      const whole: Range =
        line + 1 < doc.lines.length
          ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
          : { start: line > 0 ? { line: line - 1, character: doc.lines[line - 1].length } : { line, character: 0 }, end: lineEnd };
      return {
        range: { start: { line, character: start }, end: { line, character: start + text.length } },
        message: localize(locale, messages.stray, { text: quoted }),
        fixes: [{ title: localize(locale, messages.deleteLine, {}), edits: [{ range: whole, newText: '' }] }],
      };
    });
    if (!doc.title) {
      reports.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0].length } }, message: localize(locale, messages.missing, {}) });
    } else if (!hasTitleForm(doc.title.text)) {
      reports.push({ range: doc.title.range, message: localize(locale, messages.form, { found: doc.title.text }) });
    }
    return reports;
  },
};
