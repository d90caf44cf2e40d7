/**
 * `structure/broken-line`: a heading or sentence broken across paragraphs
 * (a web or newspaper reprint cuts lines where the page did; see
 * `broken-paragraphs`), and leftover page-break notes such as `（下转第3版）`.
 * A break offers to join the two paragraphs; the note, to be deleted.
 */
import { localize, type Locale, type Message } from '../i18n';
import type { Fix, NoticeDocument, Paragraph, Range, TextEdit } from '../model';
import { paragraphBreaks } from '../broken-paragraphs';
import { contentEnd, proseLines } from '../text';
import type { Rule, RuleReport } from './rule';

const messages = {
  heading: {
    zh: (a) => `标题在此断行：下一段“${a.next}”是标题的后半部分`,
    en: (a) => `Heading broken here: the next paragraph (“${a.next}”) continues it`,
  },
  sentence: {
    zh: (a) => `句子在此断行：下一段“${a.next}”接续本句`,
    en: (a) => `Sentence broken here: the next paragraph (“${a.next}”) continues it`,
  },
  pageNote: {
    zh: (a) => `残留的转版标注“${a.note}”`,
    en: (a) => `Leftover page-break note “${a.note}”`,
  },
  join: {
    zh: () => '与下一段合并',
    en: () => 'Join with the next paragraph',
  },
  joinAll: {
    zh: (a) => `合并全文断行（共${a.count}处）`,
    en: (a) => `Join all ${a.count} broken lines`,
  },
  deleteNote: {
    zh: (a) => `删除“${a.note}”`,
    en: (a) => `Delete “${a.note}”`,
  },
} satisfies Record<string, Message>;

// The note takes the spaces before it. It starts only where a run of spaces
// does: tried from inside a long run, the pattern would rescan the rest of it
// from every position.
const PAGE_NOTE = /(?<![ \t\u3000])[ \t\u3000]*[（(][ \u3000]*(?:下转|上接|接上|转|续|紧接|接)[ \u3000]*第?[ \u3000]*[0-9０-９一二三四五六七八九十]+[ \u3000]*版[ \u3000]*[）)]/g;
/** How much of the next paragraph a message quotes. */
const QUOTE_LENGTH = 12;

function quote(paragraph: Paragraph): string {
  const text = paragraph.text.slice(paragraph.range.start.character, paragraph.range.end.character);
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
}

function pageNotes(doc: NoticeDocument, locale: Locale): RuleReport[] {
  const reports: RuleReport[] = [];
  // Every note holds 版: the pattern runs only on lines that do.
  if (!doc.text.includes('版')) return reports;
  for (const line of proseLines(doc)) {
    const text = doc.lines[line];
    if (!text.includes('版')) continue;
    PAGE_NOTE.lastIndex = 0;
    for (let m = PAGE_NOTE.exec(text); m; m = PAGE_NOTE.exec(text)) {
      const note = m[0].trim();
      const range: Range = { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } };
      reports.push({
        range: { start: { line, character: m.index + m[0].indexOf(note) }, end: range.end },
        message: localize(locale, messages.pageNote, { note }),
        fixes: [{ title: localize(locale, messages.deleteNote, { note }), edits: [{ range, newText: '' }] }],
      });
    }
  }
  return reports;
}

export const structureBrokenLine: Rule = {
  id: 'structure/broken-line',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    const reports = pageNotes(doc, locale);
    const breaks = paragraphBreaks(doc);
    const joins: RuleReport[] = [];
    const joinEdits: TextEdit[] = [];
    for (let i = 0; i + 1 < doc.paragraphs.length; i++) {
      const paragraph = doc.paragraphs[i];
      const kind = breaks.get(paragraph.line);
      if (!kind) continue;
      const next = doc.paragraphs[i + 1];
      const end = contentEnd(paragraph.text);
      // Only the line break and the blank lines and indentation around it go.
      const edit: TextEdit = { range: { start: { line: paragraph.line, character: end }, end: next.range.start }, newText: '' };
      joinEdits.push(edit);
      joins.push({
        range: { start: { line: paragraph.line, character: end - 1 }, end: { line: paragraph.line, character: end } },
        message: localize(locale, kind === 'heading' ? messages.heading : messages.sentence, { next: quote(next) }),
        fixes: [{ title: localize(locale, messages.join, {}), edits: [edit] }],
      });
    }
    // A text copied from a PDF breaks at every line: one fix joins them all, shared by every finding.
    if (joins.length > 1) {
      const joinAll: Fix = { title: localize(locale, messages.joinAll, { count: joins.length }), edits: joinEdits };
      for (const join of joins) join.fixes!.push(joinAll);
    }
    return reports.concat(joins);
  },
};
