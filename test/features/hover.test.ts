import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/core';
import { hoverAt } from '../../server/src/core/features/hover';
import { CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

/** The position of the `nth` occurrence of `needle` in `text`, one character in. */
function positionOf(text: string, needle: string, nth = 0) {
  const lines = text.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let at = lines[line].indexOf(needle); at >= 0; at = lines[line].indexOf(needle, at + 1)) {
      if (seen++ === nth) return { line, character: at + 1 };
    }
  }
  throw new Error(`${needle} not found`);
}

describe('hover on a count', () => {
  const text = [
    '二、反馈意见整改落实情况',
    '（一）关于政治建设的问题',
    '1. 关于学习的问题。',
    '（二）关于作风建设的问题',
    '2. 关于会议的问题。',
    '将巡察反馈意见梳理为2个方面3个问题。制定整改措施12项，已完成10项，剩余2项。',
  ].join('\n');
  const doc = parse(text);

  it('shows how many aspects and problems the document holds', () => {
    expect(hoverAt(doc, positionOf(text, '2个方面'), 'zh')).toEqual({
      contents: '**2个方面**：反馈意见整改部分实有2个方面（（一）至（二））。与文中相符。',
      range: { start: { line: 5, character: 10 }, end: { line: 5, character: 14 } },
    });
    expect(hoverAt(doc, positionOf(text, '3个问题'), 'en')?.contents).toBe(
      '**3个问题**: the aspects hold 2 problems (1 under （一）, 1 under （二）). This does not agree with the document.',
    );
  });

  it('shows how the parts add up, on the whole and on each part', () => {
    const onPart = hoverAt(doc, positionOf(text, '10项'), 'zh');
    expect(onPart?.contents).toBe('**12项**：10（已完成） + 2（其余） = 12，总数为“12项”。与文中相符。');
    expect(onPart?.range.start).toEqual({ line: 5, character: text.split('\n')[5].indexOf('10项') });
  });

  it('shows nothing elsewhere', () => {
    expect(hoverAt(doc, { line: 5, character: 0 }, 'zh')).toBeUndefined();
    expect(hoverAt(doc, { line: 99, character: 0 }, 'zh')).toBeUndefined();
  });

  it.runIf(corpusAvailable)('on corpus 003, shows 4 aspects and 13 problems under the breakdown sentence', () => {
    const corpus = readCorpus(CORPUS_003);
    const corpusDoc = parse(corpus);
    expect(hoverAt(corpusDoc, positionOf(corpus, '13类问题'), 'zh')?.contents).toBe(
      '**13类问题**：各方面之下实有13个问题（（一）4个、（二）4个、（三）3个、（四）2个）。与文中相符。',
    );
    expect(hoverAt(corpusDoc, positionOf(corpus, '28项任务'), 'zh')?.contents).toBe(
      '**69项任务**：24（立行立改） + 17（阶段性） + 28（长期） = 69，总数为“69项任务”（第13行）。与文中相符。',
    );
  });
});
