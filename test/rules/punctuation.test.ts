import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core';
import { CORPUS_000, corpusAvailable, readCorpus } from '../helpers/corpus';
import { applyEdits, findingsOf, flagged } from '../helpers/findings';

const pairs = (text: string) => findingsOf('punctuation/pair', text);
const widths = (text: string) => findingsOf('punctuation/width', text);

describe('punctuation/pair', () => {
  it.each([
    ['认真学习《中国共产党党组工作条例，严格落实。', '《', '“《”没有配对的“》”'],
    ['开展“回头看”活动”，巩固整改成果。', '”', '多余的“””：前面没有与之配对的““”'],
    ['修订《办法（试行》，规范管理。', '（', '“（”没有配对的“）”'],
    ['落实《山东省“泰山文艺奖”评选方案》(鲁文字[2020])8号)要求。', ')', '多余的“)”：前面没有与之配对的“(”'],
    ['成立审核（读委员会】。', '】', '多余的“】”：前面没有与之配对的“【”'],
    ['发现问题12个）已整改。', '）', '多余的“）”：前面没有与之配对的“（”'],
  ])('finds the unmatched mark in “%s”', (sentence, mark, message) => {
    const found = pairs(sentence);
    expect(found.map((f) => f.message)).toContain(message);
    expect(flagged(sentence, found)).toContain(mark);
  });

  it('reports the mark left open inside a pair that closes', () => {
    const sentence = '制定《关于“加强管理的意见》。';
    const found = pairs(sentence);
    expect(found).toHaveLength(1);
    expect(found[0].range.start.character).toBe(sentence.indexOf('“'));
  });

  it.each([
    '编印《习近平总书记关于文艺工作重要论述选编（2018—2019）》，开展“人民抗‘疫’”主题征文。',
    '修订《关于贯彻落实〈党委（党组）工作细则〉的实施办法》〔2021〕3号，【重要】「注」。',
    '印发《管理办法(试行)》，(一)加强领导。',
    '网址：https://example.org/a)b 不算。',
    '建立机制：1）建立台账；2）对账销号；3) 定期通报。',
  ])('accepts balanced and nested marks, and items numbered 1）: %s', (sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });

  it('checks each paragraph on its own and copes with thousands of marks', () => {
    expect(pairs('开展“回头看\n活动”。')).toHaveLength(2);
    expect(pairs('开展“回头看”活动。\n\n”持续推进。')).toHaveLength(1);
    expect(pairs('（'.repeat(30_000) + '】'.repeat(30_000))).toHaveLength(60_000);
  });
});

describe('punctuation/pair across a broken line', () => {
  it('pairs marks across a paragraph the next one carries on, leaving the break to structure/broken-line', () => {
    const text = ['一、整改工作总体情况', '县委高度重视，认真学习《中国共产党巡视工作条', '例》，建立“问题、任务、责任', '”三张清单，推动整改落实。'].join('\n');
    const { findings } = analyze(text, { locale: 'zh' });
    expect(findings.filter((f) => f.rule.startsWith('punctuation/') || f.rule === 'structure/broken-line').map((f) => [f.rule, f.range.start.line])).toEqual([
      ['structure/broken-line', 1],
      ['structure/broken-line', 2],
    ]);
  });

  it('reports a mark still open after the paragraphs that carry on, on its own line', () => {
    const text = ['一、整改工作总体情况', '县委认真学习《中国共产党巡视工作条例，建立', '“问题、任务、责任清单，推动整改落实。'].join('\n');
    expect(pairs(text).map((f) => [f.range.start.line, f.range.start.character, f.message])).toEqual([
      [1, 6, '“《”没有配对的“》”'],
      [2, 0, '““”没有配对的“””'],
    ]);
  });
});

describe('punctuation/width', () => {
  it('leaves a heading marker written unlike its level to numbering/style, but not a level written half-width', () => {
    const offStyle = '一、整改情况\n（一）加强领导。\n（二）细化任务。\n(三)强化督查。\n';
    expect(widths(offStyle)).toEqual([]);
    const halfWidthLevel = '一、整改情况\n(一)加强领导。\n(二)细化任务。\n';
    expect(widths(halfWidthLevel).map((f) => f.range.start)).toEqual([
      { line: 1, character: 0 },
      { line: 1, character: 2 },
      { line: 2, character: 0 },
      { line: 2, character: 2 },
    ]);
  });

  it('reports a stray half-width mark in full-width text, with a fix for it and one for all', () => {
    const text = '根据统一部署，巡察组开展了巡察,反馈了意见。整改情况如下:一是加强领导;二是完善制度。';
    const found = widths(text);
    expect(flagged(text, found)).toEqual([',', ':', ';']);
    expect(found[0].message).toBe('中文文本中应使用全角标点“，”，此处为半角“,”');
    expect(found[0].fixes!.map((fix) => fix.title)).toEqual(['改为全角“，”', '将全文3处半角标点改为全角']);
    expect(applyEdits(text, found[0].fixes![0].edits)).toBe(text.replace('察,', '察，'));
    expect(applyEdits(text, found[0].fixes![1].edits)).toBe(
      '根据统一部署，巡察组开展了巡察，反馈了意见。整改情况如下：一是加强领导；二是完善制度。',
    );
  });

  it('leaves the brackets of an area code in a phone number alone, not those around Chinese', () => {
    const text = '联系电话：(0530)5123456、(010) 66091234；印发《办法(试行)》。';
    expect(flagged(text, widths(text))).toEqual(['(', ')']);
  });

  it('converts straight quotes by position and parentheses as pairs', () => {
    const text = '开展"回头看"活动,印发《办法(试行)》。';
    const [first] = widths(text);
    const all = first.fixes!.at(-1)!;
    expect(applyEdits(text, all.edits)).toBe('开展“回头看”活动，印发《办法（试行）》。');
  });

  it.each([
    '联系电话：0531-12345678，电子邮箱：office.example@163.com，网址：http://www.example.gov.cn/a,b?c=1。',
    '每天8:30至17:30受理，共收到1,200件，比例为3:1。',
    '会议使用`notice-lint --format json`命令检查，English text, like this (and this)!',
    '（一）加强组织领导。',
  ])('leaves addresses, numbers, times, code and full-width text alone: %s', (sentence) => {
    expect(widths(sentence)).toEqual([]);
  });

  it('gives a document written with half-width marks throughout one finding and one fix', () => {
    const line = '(一)加强领导,压实责任;细化任务:明确分工。';
    const text = Array.from({ length: 4 }, () => line).join('\n');
    const found = widths(text);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('全文使用半角标点（共20处，首处在此）：中文文本应使用全角标点（GB/T 15834）');
    expect(found[0].range.start).toEqual({ line: 0, character: 0 });
    expect(applyEdits(text, found[0].fixes![0].edits)).toBe(text.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，').replace(/;/g, '；').replace(/:/g, '：'));
  });

  describe.runIf(corpusAvailable)('on corpus 000 (half-width throughout)', () => {
    const text = corpusAvailable ? readCorpus(CORPUS_000) : '';

    it('reports once, at the first mark of the opening paragraph, and its fix changes nothing but marks', () => {
      const found = widths(text);
      expect(found).toHaveLength(1);
      expect(found[0].range.start.line + 1).toBe(8);
      const fixed = applyEdits(text, found[0].fixes![0].edits);
      expect(fixed.length).toBe(text.length);
      const changes = new Set(text.split('').flatMap((ch, i) => (ch === fixed[i] ? [] : [`${ch}→${fixed[i]}`])));
      expect([...changes].sort()).toEqual(['(→（', ')→）', ',→，', ':→：', ';→；']);
      expect(fixed).toContain('sdzuoxie@163.com');
      expect(widths(fixed)).toEqual([]);
    });
  });
});
