/**
 * `structure/title`: no title, or one not of the `关于…通报` form; and what a
 * copy from a web page leaves around the notice (`首页 > 巡视巡察`,
 * `发布时间：… 浏览次数：…` above it, `上一篇：…` below), among the lines the
 * parser sets aside as stray.
 */
import { localize, type Message } from '../i18n';
import type { Fix, NoticeDocument, Range, TextEdit } from '../model';
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
  deleteAll: {
    zh: (a) => `删除全部网页残留内容（共${a.count}行）`,
    en: (a) => `Delete all ${a.count} lines left over from the web page`,
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

/**
 * Lines `first` to `last` with a line break, so that no blank line is left in
 * their place: the one after them, or for the text's last lines the one before.
 */
function linesRange(doc: NoticeDocument, first: number, last: number): Range {
  if (last + 1 < doc.lines.length) return { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } };
  const start = first > 0 ? { line: first - 1, character: doc.lines[first - 1].length } : { line: first, character: 0 };
  return { start, end: { line: last, character: doc.lines[last].length } };
}

/** One fix deleting every line of `lines` (in order), runs of them as one edit so that no two edits overlap. */
function deleteAll(doc: NoticeDocument, lines: readonly number[], title: string): Fix {
  const edits: TextEdit[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    edits.push({ range: linesRange(doc, lines[i], lines[j]), newText: '' });
    i = j + 1;
  }
  return { title, edits };
}

export const structureTitle: Rule = {
  id: 'structure/title',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    // Other lines before the title (a document header, a file number) are the issuer's own.
    const debris = doc.strayLines.filter((line) => isWebDebris(doc.lines[line]));
    const all = debris.length > 1 ? deleteAll(doc, debris, localize(locale, messages.deleteAll, { count: debris.length })) : undefined;
    const reports: RuleReport[] = debris.map((line) => {
      const text = doc.lines[line].trim();
      const start = doc.lines[line].indexOf(text);
      const quoted = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
      const fixes: Fix[] = [{ title: localize(locale, messages.deleteLine, {}), edits: [{ range: linesRange(doc, line, line), newText: '' }] }];
      if (all) fixes.push(all);
      return {
        range: { start: { line, character: start }, end: { line, character: start + text.length } },
        message: localize(locale, messages.stray, { text: quoted }),
        fixes,
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
