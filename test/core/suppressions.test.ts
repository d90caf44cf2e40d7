import { describe, expect, it } from 'vitest';
import { analyze, parse } from '../../server/src/core';
import { suppressionFixes } from '../../server/src/core/features/suppression-fixes';
import { draftNotice } from '../helpers/drafts';
import { applyEdits } from '../helpers/findings';

const DOUBLED = '认真查找存在的的问题。';
const HALF = '整改情况如下,一是加强领导。';

const at = (text: string, rule: string) =>
  analyze(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line);

describe('suppression comments', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const text = ['<!-- notice-disable-next-line text/duplicate -->', DOUBLED, DOUBLED].join('\n');
    expect(at(text, 'text/duplicate')).toEqual([2]);
  });

  it('without a rule, silences every rule; stacked comments govern the same line', () => {
    const text = ['<!-- notice-disable-next-line -->', `${DOUBLED}${HALF}`, '<!-- notice-disable-next-line text/duplicate -->', '<!-- notice-disable-next-line punctuation/width -->', `${DOUBLED}${HALF}`].join('\n');
    expect(at(text, 'text/duplicate')).toEqual([]);
    expect(at(text, 'punctuation/width')).toEqual([]);
  });

  it('disable … enable silences a range, per rule or for all rules with exceptions', () => {
    const text = [
      '<!-- notice-disable text/duplicate, punctuation/width -->',
      DOUBLED + HALF,
      '<!-- notice-enable punctuation/width -->',
      DOUBLED + HALF,
      '<!-- notice-enable -->',
      DOUBLED,
      '<!-- notice-disable -->',
      DOUBLED + HALF,
      '<!-- notice-enable text/duplicate -->',
      DOUBLED + HALF,
    ].join('\n');
    expect(at(text, 'text/duplicate')).toEqual([5, 9]);
    expect(at(text, 'punctuation/width')).toEqual([3]);
  });

  it('disable-file silences a rule everywhere, wherever the comment stands', () => {
    const text = [DOUBLED, DOUBLED, '<!-- notice-disable-file text/duplicate -->'].join('\n');
    expect(at(text, 'text/duplicate')).toEqual([]);
  });

  it('comment lines are not part of the notice: title, paragraphs and parts read as without them', () => {
    const plain = draftNotice({ body: ['一、整改工作基本情况', '（一）加强组织领导。'] });
    const commented = `<!-- notice-disable-file section/missing -->\n${plain.replace('一、', '<!-- notice-disable-next-line -->\n一、')}`;
    const doc = parse(commented);
    expect(doc.title?.text).toBe(parse(plain).title?.text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(parse(plain).paragraphs.map((p) => p.text));
    expect(doc.directives.map((d) => [d.line, d.kind, d.rules])).toEqual([
      [0, 'disable-file', ['section/missing']],
      [6, 'disable-next-line', []],
    ]);
    expect(at(commented, 'section/missing')).toEqual([]);
  });

  it('reminds, once per comment, to delete it before publishing, names unknown rules, and deletes it on request', () => {
    const text = ['第一段。', '<!-- notice-disable-next-line text/duplicate, no/such -->', DOUBLED].join('\n');
    const reminders = analyze(text, { locale: 'zh' }).findings.filter((f) => f.rule === 'suppression/comment');
    expect(reminders.map((f) => [f.range.start.line, f.severity, f.message])).toEqual([
      [1, 'info', '抑制检查的注释：未知规则“no/such”；发布前须删除此注释'],
    ]);
    expect(applyEdits(text, reminders[0].fixes![0].edits)).toBe(['第一段。', DOUBLED].join('\n'));
    const silencedAll = analyze('<!-- notice-disable-file -->\n正文。', { locale: 'en' }).findings;
    expect(silencedAll.map((f) => f.message)).toEqual(['Suppression comment: delete it before publishing (nothing else strips it)']);
  });

  it('text that only looks like a comment is prose', () => {
    expect(parse('说明<!-- notice-disable -->在句中。').directives).toEqual([]);
    expect(parse('<!-- notice-disabled -->').directives).toEqual([]);
  });
});

describe('quick fixes that add a suppression comment', () => {
  const text = ['一、整改工作基本情况', `\u3000\u3000${DOUBLED}`].join('\r\n');
  const analysis = analyze(text, { locale: 'zh' });
  const finding = analysis.findings.find((f) => f.rule === 'text/duplicate')!;
  const actions = suppressionFixes(analysis, finding.range, 'zh');

  it('offers the line and the file, after the rule’s own repairs', () => {
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([
      ['在此行停用“text/duplicate”检查（添加注释，发布前须删除）', false],
      ['在本文件停用“text/duplicate”检查（添加注释，发布前须删除）', false],
    ]);
  });

  it('inserts a comment, indented like the line and with the document’s line breaks, that silences the finding', () => {
    for (const action of actions) {
      const fixed = applyEdits(text, action.edits);
      expect(fixed.replace(/[\u3000 ]*<!--[^>]*-->\r\n/, '')).toBe(text);
      expect(analyze(fixed).findings.filter((f) => f.rule === 'text/duplicate')).toEqual([]);
    }
    expect(applyEdits(text, actions[0].edits).split('\r\n')[1]).toBe('\u3000\u3000<!-- notice-disable-next-line text/duplicate -->');
  });

  it('offers nothing for the reminder itself', () => {
    const commented = analyze('<!-- notice-disable-file -->\n正文。');
    const reminder = commented.findings[0];
    expect(suppressionFixes(commented, reminder.range, 'en')).toEqual([]);
  });
});
