import { describe, expect, it } from 'vitest';
import { analyze, parse } from '../../server/src/core';
import { readFixture } from '../helpers/fixtures';

const NOTICE = [
  '中共青川市某局党组',
  '关于市委巡察整改进展情况的通报',
  '',
  '根据市委统一部署，市委巡察组对本局开展了巡察。',
  '一、整改工作基本情况',
  '（一）提高站位。召开党组会议研究部署。',
  '二、反馈意见整改落实情况',
].join('\n');

const headingTexts = (text: string) => parse(text).headings.map((h) => [h.marker.text, h.title]);

describe('parser: line endings, BOM, indentation', () => {
  it('reads CRLF, lone CR and LF alike', () => {
    const lf = headingTexts(NOTICE);
    expect(headingTexts(NOTICE.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(headingTexts(NOTICE.replace(/\n/g, '\r'))).toEqual(lf);
    expect(parse(NOTICE.replace(/\n/g, '\r\n')).lines.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('keeps columns on lines after a BOM and reads the title behind it', () => {
    const doc = parse('\ufeff' + NOTICE);
    expect(doc.title!.text).toBe('中共青川市某局党组关于市委巡察整改进展情况的通报');
    expect(doc.headings.map((h) => h.marker.text)).toEqual(['一、', '（一）', '二、']);
  });

  it('accepts spaces, full-width spaces and tabs before a marker', () => {
    const doc = parse('  一、甲\n\u3000\u3000（一）子\n\t1. 丑\n');
    expect(doc.headings.map((h) => [h.marker.text, h.marker.range.start.character, h.depth])).toEqual([
      ['一、', 2, 1],
      ['（一）', 2, 2],
      ['1.', 1, 3],
    ]);
  });
});

describe('parser: markers', () => {
  it('reads half- and full-width parentheses and the three arabic separators', () => {
    const doc = parse('(一)甲\n（二）乙\n1.丙\n2、丁\n3．戊\n(1)己\n（2）庚\n(3）辛\n');
    expect(doc.headings.map((h) => [h.marker.family, h.marker.style, h.marker.number])).toEqual([
      ['chineseParen', '()', 1],
      ['chineseParen', '（）', 2],
      ['arabic', '.', 1],
      ['arabic', '、', 2],
      ['arabic', '．', 3],
      ['arabicParen', '()', 1],
      ['arabicParen', '（）', 2],
      ['arabicParen', '(）', 3],
    ]);
  });

  it('reads Chinese numerals past ten and circled numbers past ⑳', () => {
    const doc = parse('十一、甲\n二十三、乙\n一百零五、丙\n㉑丁\n㊿戊\n');
    expect(doc.headings.map((h) => h.marker.number)).toEqual([11, 23, 105, 21, 50]);
  });

  it('does not read numbers in running text as markers', () => {
    expect(parse('3.5亿元用于项目建设。\n2021年完成。\n12388举报电话。\n十分重视整改。\n').headings).toEqual([]);
  });

  it('strips Markdown heading prefixes and emphasis around a marker', () => {
    expect(headingTexts('## 一、整改工作基本情况\n**（一）加强领导**\n__1.__ 细化任务。具体做法\n')).toEqual([
      ['一、', '整改工作基本情况'],
      ['（一）', '加强领导'],
      ['1.', '细化任务'],
    ]);
  });

  it('titles a heading that carries its body up to the first 。', () => {
    const [heading] = parse('（一）提高政治站位。切实增强思想自觉。\n').headings;
    expect(heading.title).toBe('提高政治站位');
    expect(heading.titleRange).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 9 } });
  });
});

describe('parser: title, stray lines, governed ranges', () => {
  it('skips web-page debris before the title', () => {
    const doc = parse('首页>信息公开>巡视巡察\n\n' + NOTICE);
    expect(doc.strayLines).toEqual([0]);
    expect(doc.title!.lines).toEqual([2, 3]);
  });

  it('takes no breadcrumb ending in 通报 for the title', () => {
    const doc = parse('首页 > 巡视巡察 > 整改通报\n发布时间：2024-10-16　来源：某某网　浏览次数：1234\n\n' + NOTICE);
    expect(doc.strayLines).toEqual([0, 1]);
    expect(doc.title!.lines).toEqual([3, 4]);
  });

  it('sets aside what a web page printed below the notice, and finds the signature above it', () => {
    const signed = NOTICE + '\n持续巩固整改成果。\n\n中共青川市某局党组\n2024年10月15日';
    const text = signed + '\n\n上一篇：关于某某的通知\n下一篇：某某会议召开\n【打印本页】【关闭窗口】\n';
    const doc = parse(text);
    const lines = text.split('\n');
    const debris = [lines.length - 4, lines.length - 3, lines.length - 2];
    expect(doc.strayLines).toEqual(debris);
    expect(doc.paragraphs.map((p) => p.line)).not.toContain(debris[0]);
    expect(doc.signature.date?.text).toBe('2024年10月15日');
    expect(doc.signature).toEqual(parse(signed).signature);
    // A web address ending the body is the notice's own.
    expect(parse(NOTICE.trimEnd() + '\n举报网站：http://www.12388.gov.cn\n').strayLines).toEqual([]);
  });

  it('finds the signature above what a document prints below it: publication and imprint', () => {
    const signed = NOTICE + '\n持续巩固整改成果。\n\n中共青川市某局党组\n2024年10月15日';
    const doc = parse(signed + '\n（此件公开发布）\n\n抄送：市委巡察办。\n中共青川市某局党组办公室　　　2024年10月15日印发\n');
    expect(doc.signature).toEqual(parse(signed).signature);
    expect(doc.strayLines).toEqual([]);
  });

  it('reads no heading in the rest of an e-mail address cut after its @', () => {
    const doc = parse(NOTICE + '\n欢迎监督。电子邮箱：xfyjjz@\n163.com。\n');
    expect(doc.headings.map((h) => h.marker.text)).toEqual(['一、', '（一）', '二、']);
  });

  it('takes no title from lines without words', () => {
    const doc = parse('**\n---\n一、整改工作基本情况\n');
    expect(doc.title).toBeUndefined();
  });

  it('treats source and date lines between the title and the body as stray', () => {
    const doc = parse(NOTICE.replace('\n\n', '\n来源：某某网站 发布时间：2024-10-15\n\n'));
    expect(doc.strayLines).toEqual([2]);
    expect(doc.paragraphs.map((p) => p.line)).not.toContain(2);
  });

  it('joins a title broken in two', () => {
    const doc = parse('关于市委第三轮巡察\n整改进展情况的通报\n\n根据市委统一部署……\n一、甲\n');
    expect(doc.title!.text).toBe('关于市委第三轮巡察整改进展情况的通报');
  });

  it('reads the numbered lines under 附件： as attachments, not headings', () => {
    const doc = parse('一、甲\n正文\n1.子\n附件：1.整改任务清单\n      2.整改完成情况统计表\n二、乙\n正文\n');
    expect(doc.headings.map((h) => h.marker.text)).toEqual(['一、', '1.', '二、']);
  });

  it('governs text up to the next heading of the same or higher level, trailing blanks trimmed', () => {
    const doc = parse('一、甲\n正文\n（一）子\n正文\n\n（二）丑\n正文\n\n二、乙\n正文\n');
    const [first, second] = doc.roots;
    expect(first.governedRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 6, character: 2 } });
    expect(first.children.map((c) => [c.governedRange.start.line, c.governedRange.end.line])).toEqual([
      [2, 3],
      [5, 6],
    ]);
    expect(second.governedRange.end.line).toBe(9);
  });
});

describe('parser: the examples and fixtures the project ships', () => {
  it('reads the clean example with all five parts and a signature', () => {
    const doc = parse(readFixture('examples/clean.notice'));
    expect(Object.keys(doc.parts).sort()).toEqual(['contact', 'nextSteps', 'petitions', 'rectification', 'situation']);
    expect(doc.signature.date!.text).toBe('2024年10月15日');
    expect(analyze(readFixture('examples/clean.notice')).findings).toEqual([]);
  });

  it('reads the continuous-style fixture without numbering findings', () => {
    const { document, findings } = analyze(readFixture('test/fixtures/continuous.notice'));
    expect(findings.map((f) => f.rule)).toEqual(['section/missing', 'section/missing']);
    expect(document.roots[1].children.map((c) => c.children.map((i) => i.marker.number))).toEqual([[1, 2], [3, 4, 5], [6]]);
  });

  it('finds every planted mistake in the example with mistakes', () => {
    const rules = analyze(readFixture('examples/with-mistakes.notice')).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);
    expect(rules).toEqual([
      '1 section/missing',
      '1 section/missing',
      '12 numbering/sequence',
      '18 numbering/sequence',
      '20 numbering/style',
      '22 numbering/style',
      '24 numbering/hierarchy',
      '26 numbering/sequence',
    ]);
  });

  it('finds every planted content mistake in the example with content mistakes', () => {
    const rules = analyze(readFixture('examples/content-mistakes.notice')).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);
    expect(rules).toEqual([
      '4 date/invalid',
      '8 phrase/standard',
      '10 count/mismatch',
      '10 count/mismatch',
      '12 punctuation/width',
      '12 text/duplicate',
      '18 punctuation/pair',
      '18 structure/broken-line',
      '22 phrase/standard',
      '26 structure/broken-line',
      '36 contact/format',
      '36 contact/format',
    ]);
  });
});

describe('parser: never throws', () => {
  const awkward = [
    '',
    '\ufeff',
    '\n\n\n',
    '\r\n\r',
    '一、',
    '（',
    '①②③',
    '一是',
    'x'.repeat(200_000),
    '一、' + '甲'.repeat(100_000),
    '\ud800\udc00\ud800',
    '\u0000\u0001\u0002',
    Array.from({ length: 2000 }, (_, i) => `${i + 1}. 项`).join('\n'),
  ];
  for (const text of awkward) {
    it(`analyses ${JSON.stringify(text.slice(0, 12))}${text.length > 12 ? '…' : ''} (${text.length} chars)`, () => {
      const { document, findings } = analyze(text);
      expect(document.lines.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.range.end.line).toBeLessThan(document.lines.length);
    });
  }

  it('reports a missing title on an empty file', () => {
    expect(analyze('').findings.map((f) => f.rule)).toContain('structure/title');
  });
});
