import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core';
import { foldingRanges } from '../../server/src/core/features/folding-ranges';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

function folds(text: string) {
  return foldingRanges(analyze(text).document);
}

describe('foldingRanges on a draft', () => {
  const draft = [
    '关于巡视整改进展情况的通报', // 0
    '', // 1
    '一、整改工作基本情况', // 2
    '　　（一）加强组织领导。成立领导小组。', // 3
    '　　（二）细化整改任务。', // 4
    '　　正文。', // 5
    '', // 6
    '二、下一步工作打算', // 7
    '　　持续巩固整改成果。', // 8
    '', // 9
  ].join('\n');

  it('folds each heading over the text it governs, down to its last non-blank line', () => {
    expect(folds(draft)).toEqual([
      { startLine: 2, endLine: 5, kind: 'region' },
      { startLine: 4, endLine: 5, kind: 'region' },
      { startLine: 7, endLine: 8, kind: 'region' },
    ]);
  });

  it('leaves out a heading that governs only its own line', () => {
    expect(folds('一、整改工作基本情况\n二、下一步工作打算')).toEqual([]);
  });

  it('returns nothing for a text without headings', () => {
    expect(folds('')).toEqual([]);
    expect(folds('根据省委统一部署，现将巡视整改进展情况予以公布。')).toEqual([]);
  });
});

describe.runIf(corpusAvailable)('foldingRanges on the corpus', () => {
  it('000: folds the three parts, stopping before the contact paragraph', () => {
    const ranges = folds(readCorpus(CORPUS_000));
    const document = analyze(readCorpus(CORPUS_000)).document;
    const topLevel = ranges.filter((range) => document.roots.some((root) => root.line === range.startLine));
    expect(topLevel.map((range) => [range.startLine, range.endLine])).toEqual([
      [9, 25],
      [27, 109],
      [111, 127],
    ]);
  });

  it.each([
    [CORPUS_000, 19],
    [CORPUS_003, 11],
  ])('%s: %i regions, each at least two lines', (name, count) => {
    const ranges = folds(readCorpus(name));
    expect(ranges).toHaveLength(count);
    for (const range of ranges) expect(range.endLine).toBeGreaterThan(range.startLine);
  });

  it('003: part 二 folds down to item 13', () => {
    const ranges = folds(readCorpus(CORPUS_003));
    expect(ranges.find((range) => range.startLine === 16)).toEqual({ startLine: 16, endLine: 58, kind: 'region' });
  });
});
