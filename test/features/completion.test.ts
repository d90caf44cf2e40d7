import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core';
import { completions } from '../../server/src/core/features/completion';
import { CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

const HEAD = '关于市委巡察整改进展情况的通报\n根据市委统一部署，市委巡察组对本局开展了巡察。\n';

/** Completions with the cursor at `|` in `text`. */
function complete(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  return completions(analyze(text), position, 'zh');
}

const labels = (textWithCursor: string) => complete(textWithCursor).map((item) => item.label);

describe('completion of the next marker at the start of a line', () => {
  it('after （二）…: （三）, then the next top-level part, then the first item below', () => {
    const items = complete(HEAD + '一、甲\n（一）子\n（二）丑。正文。\n|');
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ['（三）', '“（二）”之后的下一项'],
      ['二、', '“一、”之后的下一项'],
      ['1.', '“（二）”下的第一项'],
    ]);
  });

  it('after 1. under （二）: 2. first, and the level the document uses below', () => {
    expect(labels(HEAD + '一、甲\n（一）子\n1. 一\n（1）细\n（二）丑\n1. 一\n|')).toEqual(['2.', '（三）', '二、', '（1）']);
  });

  it('writes markers in the document’s own style', () => {
    expect(labels(HEAD + '一、甲\n(一)子\n1、一\n2、二\n|')).toEqual(['3、', '(二)', '二、', '（1）']);
  });

  it('continues the numbering when the document numbers a level continuously', () => {
    const text = HEAD + '一、甲\n（一）子\n1. 一\n2. 二\n（二）丑\n3. 三\n（三）寅\n|';
    expect(labels(text)).toEqual(['（四）', '二、', '4.']);
  });

  it('replaces what was typed of the marker, and offers the first part before any heading', () => {
    const [item] = complete(HEAD + '  （|');
    expect(item).toMatchObject({ label: '一、', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } } });
  });

  it('offers nothing for a heading once the line holds text', () => {
    expect(labels(HEAD + '一、甲\n已有正文|')).toEqual([]);
  });
});

describe('completion of the next inline item', () => {
  it('offers 二是 after 一是… at the start of a clause', () => {
    const [item] = complete(HEAD + '一、甲\n一是抓学习；|');
    expect(item).toMatchObject({ label: '二是', newText: '二是', kind: 'inline', detail: '接续列举“一是”' });
  });

  it('replaces a numeral already typed, and offers 第二， after 第一，', () => {
    expect(complete(HEAD + '一、甲\n一是抓学习；二|')[0].range.start.character).toBe(6);
    expect(complete(HEAD + '一、甲\n第一，抓学习；|')[0]).toMatchObject({ label: '第二', newText: '第二，' });
  });

  it('continues an enumeration at the start of the next paragraph, beside the heading markers', () => {
    expect(labels(HEAD + '一、甲\n一是抓学习；二是抓调研。\n|')).toEqual(['二、', '（一）', '三是']);
  });

  it('offers nothing in the middle of a word, nor in another heading’s scope', () => {
    expect(labels(HEAD + '一、甲\n一是抓学习，统|')).toEqual([]);
    expect(labels(HEAD + '一、甲\n一是抓学习，（|')).toEqual([]);
    expect(labels(HEAD + '一、甲\n一是抓学习。\n二、乙\n正文；|')).toEqual([]);
  });
});

describe('completion on odd input', () => {
  it('answers empty beyond the text and in an empty document it offers the first part', () => {
    expect(completions(analyze('一、甲'), { line: 5, character: 0 }, 'en')).toEqual([]);
    expect(completions(analyze('一、甲'), { line: 0, character: 99 }, 'en')).toEqual([]);
    expect(completions(analyze(''), { line: 0, character: 0 }, 'en').map((i) => [i.label, i.detail])).toEqual([['一、', 'first part']]);
  });
});

describe.skipIf(!corpusAvailable)('completion on corpus 003', () => {
  it('after item 4. offers 5., then （二）, then 三、', () => {
    const lines = readCorpus(CORPUS_003).split('\n');
    const after4 = lines.findIndex((line) => line.startsWith('4. ')) + 1;
    const text = [...lines.slice(0, after4), '|', ...lines.slice(after4)].join('\n');
    expect(labels(text).slice(0, 3)).toEqual(['5.', '（二）', '三、']);
  });
});
