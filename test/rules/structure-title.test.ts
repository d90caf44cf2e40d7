import { describe, expect, it } from 'vitest';
import { CORPUS_000, corpusAvailable, readCorpus } from '../helpers/corpus';
import { draftNotice } from '../helpers/drafts';
import { applyEdits, findingsOf } from '../helpers/findings';

const titles = (text: string, locale?: string) => findingsOf('structure/title', text, locale ? { locale } : {});
const NOTICE = draftNotice({ body: ['一、整改工作基本情况', '成立领导小组。'] });

describe('structure/title', () => {
  it('finds no title, and a title not of the 关于…通报 form', () => {
    expect(titles('').map((f) => f.message)).toEqual(['缺少标题：应有“关于……整改进展情况的通报”形式的标题']);
    expect(titles(NOTICE.replace('关于市委巡察整改进展情况的通报', '市委巡察整改进展情况')).map((f) => f.message)).toEqual([
      '标题应为“关于……的通报”形式，实为“中共示例市某局党组”',
    ]);
    expect(titles(NOTICE)).toEqual([]);
  });

  it('finds what a web page left around the title, and deletes each line with its line break', () => {
    const text = '首页 > 巡视巡察 > 整改通报\n【字体：大 中 小】　打印本页\n\n' + NOTICE.replace('\n\n', '\n　来源：某某网　发布时间：2024-10-16　浏览次数：1234\n\n');
    const found = titles(text);
    expect(found.map((f) => [f.range.start.line, f.range.start.character, f.message])).toEqual([
      [0, 0, '网页残留内容：“首页 > 巡视巡察 > 整改通报”不属于通报正文'],
      [1, 0, '网页残留内容：“【字体：大 中 小】　打印本页”不属于通报正文'],
      [5, 1, '网页残留内容：“来源：某某网　发布时间：2024-10-16　浏览次数：12…”不属于通报正文'],
    ]);
    expect(titles(text, 'en')[0].message).toBe('Left over from a web page: “首页 > 巡视巡察 > 整改通报” is not part of the notice');
    const cleaned = found.reduceRight((current, finding) => applyEdits(current, finding.fixes![0].edits), text);
    expect(cleaned).toBe('\n' + NOTICE);
    expect(found[0].fixes![1].title).toBe('删除全部网页残留内容（共3行）');
    expect(applyEdits(text, found[0].fixes![1].edits)).toBe(cleaned);
  });

  it('finds what a web page printed below the notice', () => {
    const text = NOTICE + '\n\n上一篇：关于某某的通知\n【打印本页】【关闭窗口】';
    expect(titles(text).map((f) => f.message)).toEqual([
      '网页残留内容：“上一篇：关于某某的通知”不属于通报正文',
      '网页残留内容：“【打印本页】【关闭窗口】”不属于通报正文',
    ]);
    // The last line goes with the line break before it.
    const last = titles(text)[1];
    expect(applyEdits(text, last.fixes![0].edits)).toBe(NOTICE + '\n\n上一篇：关于某某的通知');
    // Both at once: the two lines, one edit, and the blank line before them stays.
    expect(applyEdits(text, last.fixes![1].edits)).toBe(NOTICE + '\n');
  });

  it('leaves alone the issuer’s own lines before the title: a document header, a file number', () => {
    expect(titles('中共示例市委文件\n市委发〔2024〕12号\n\n' + NOTICE)).toEqual([]);
  });

  it.runIf(corpusAvailable)('finds the web page’s lines in corpus 000: the breadcrumb and the source and date', () => {
    expect(titles(readCorpus(CORPUS_000)).map((f) => f.range.start.line)).toEqual([0, 5]);
  });
});
