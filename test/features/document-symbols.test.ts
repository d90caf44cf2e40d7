import { describe, expect, it } from 'vitest';
import { analyze, type Range } from '../../server/src/core';
import {
  documentSymbols,
  MAX_TITLE_LENGTH,
  shortenTitle,
  SymbolKind,
  type DocumentSymbol,
} from '../../server/src/core/features/document-symbols';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

function outline(text: string): DocumentSymbol[] {
  return documentSymbols(analyze(text).document);
}

/** The outline without the title symbol. */
function headingSymbols(text: string): DocumentSymbol[] {
  return outline(text).filter((symbol) => symbol.kind !== SymbolKind.File);
}

function childCounts(symbol: DocumentSymbol): number[] {
  return (symbol.children ?? []).map((child) => child.children?.length ?? 0);
}

function allSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...allSymbols(symbol.children ?? [])]);
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

const DRAFT = [
  '中共示例市文化局党组',
  '关于市委第三轮巡察整改进展情况的通报',
  '',
  '根据市委统一部署，2023年3月1日至4月30日，市委第二巡察组对市文化局进行了常规巡察。',
  '',
  '一、整改工作基本情况',
  '　　（一）加强组织领导。成立整改工作领导小组。',
  '　　（二）细化整改任务。',
  '二、巡察反馈意见整改落实情况',
  '（一）关于落实上级重大决策部署不到位、推动文化事业高质量发展有差距的问题',
  '1.关于学习不深入的问题。',
  '　　正文一。',
  '',
  '　　正文二。',
  '（1）关于专题学习次数不足',
  '①补学两次',
  '2.关于调查研究不够的问题。',
  '三、下一步工作打算',
  '　　持续巩固整改成果。',
].join('\n');

describe('documentSymbols on a draft', () => {
  const symbols = outline(DRAFT);
  const document = analyze(DRAFT).document;

  it('puts the title first, as a File spanning the title lines', () => {
    expect(symbols[0]).toEqual({
      name: '中共示例市文化局党组关于市委第三轮巡察整改进展情况的通报',
      kind: SymbolKind.File,
      range: document.title!.range,
      selectionRange: document.title!.range,
    });
  });

  it('nests the headings under the top-level parts', () => {
    const [, situation, rectification, nextSteps] = symbols;
    expect(symbols).toHaveLength(4);
    expect(situation.children!.map((s) => s.name)).toEqual(['（一）加强组织领导', '（二）细化整改任务']);
    expect(childCounts(rectification)).toEqual([2]);
    expect(nextSteps.name).toBe('三、下一步工作打算');
    expect(nextSteps.children).toEqual([]);
  });

  it('gives each rank its own kind', () => {
    const item = symbols[2].children![0].children![0];
    const point = item.children![0];
    const detail = point.children![0];
    expect([symbols[1].kind, symbols[2].children![0].kind, item.kind, point.kind, detail.kind]).toEqual([
      SymbolKind.Module,
      SymbolKind.Class,
      SymbolKind.Method,
      SymbolKind.Field,
      SymbolKind.EnumMember,
    ]);
  });

  it('names a symbol by marker and title, stopping at the first 。', () => {
    expect(symbols[2].children![0].children!.map((s) => s.name)).toEqual(['1.关于学习不深入的问题', '2.关于调查研究不够的问题']);
  });

  it('shortens a long title with …', () => {
    const name = symbols[2].children![0].name;
    expect(name).toBe('（一）' + '关于落实上级重大决策部署不到位、推动文化事业高质量发展有差距的问题'.slice(0, MAX_TITLE_LENGTH) + '…');
  });

  it('spans the governed text and selects marker and title on the heading line', () => {
    const item = symbols[2].children![0].children![0];
    expect(item.range).toEqual({ start: { line: 10, character: 0 }, end: { line: 15, character: 5 } });
    expect(item.selectionRange).toEqual({ start: { line: 10, character: 0 }, end: { line: 10, character: 12 } });
    const indented = symbols[1].children![0];
    expect(indented.selectionRange).toEqual({ start: { line: 6, character: 2 }, end: { line: 6, character: 11 } });
  });

  it('starts with the first heading when there is no title', () => {
    const untitled = outline('一、整改工作基本情况\n正文。\n二、下一步工作打算\n正文。');
    expect(untitled.map((s) => [s.name, s.kind])).toEqual([
      ['一、整改工作基本情况', SymbolKind.Module],
      ['二、下一步工作打算', SymbolKind.Module],
    ]);
  });

  it('leaves out a title that has no text', () => {
    expect(outline('**\n\n一、整改工作基本情况\n正文。').map((s) => s.name)).toEqual(['一、整改工作基本情况']);
  });

  it('names a heading with no title by its marker', () => {
    const [symbol] = headingSymbols('一、\n正文。');
    expect(symbol.name).toBe('一、');
    expect(symbol.selectionRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
  });

  it('returns nothing for an empty text', () => {
    expect(outline('')).toEqual([]);
  });
});

describe('shortenTitle', () => {
  it('keeps a title of the limit and cuts a longer one by characters, not UTF-16 units', () => {
    const limit = '字'.repeat(MAX_TITLE_LENGTH);
    expect(shortenTitle(limit)).toBe(limit);
    expect(shortenTitle('𠀀'.repeat(MAX_TITLE_LENGTH + 1))).toBe('𠀀'.repeat(MAX_TITLE_LENGTH) + '…');
  });
});

describe.runIf(corpusAvailable)('documentSymbols on the corpus', () => {
  it('000: three parts with 7, 5 and 6 children; part 二 with 3, 3, 3, 2 and 0', () => {
    const parts = headingSymbols(readCorpus(CORPUS_000));
    expect(parts.map((s) => s.name)).toEqual(['一、整改工作基本情况', '二、省委巡视组反馈意见整改落实情况', '三、今后整改工作打算']);
    expect(parts.map((s) => s.children!.length)).toEqual([7, 5, 6]);
    expect(childCounts(parts[1])).toEqual([3, 3, 3, 2, 0]);
  });

  it('003: three parts; part 二 with four children holding 4, 4, 3 and 2 items', () => {
    const parts = headingSymbols(readCorpus(CORPUS_003));
    expect(parts).toHaveLength(3);
    expect(childCounts(parts[1])).toEqual([4, 4, 3, 2]);
    expect(parts[1].children![3].children!.map((s) => s.name)).toEqual([
      '12.针对上次巡视整改不到位的问题，从以下方面进行整改',
      '13.针对主题教育和审计整改不严肃的问题，从以下方面进…',
    ]);
  });

  it.each([CORPUS_000, CORPUS_003])('%s: the title comes first and every selection lies inside its range', (name) => {
    const symbols = outline(readCorpus(name));
    expect(symbols[0].kind).toBe(SymbolKind.File);
    expect(symbols[0].name).toMatch(/^中共中?.*通报$/);
    for (const symbol of allSymbols(symbols)) {
      expect(contains(symbol.range, symbol.selectionRange), symbol.name).toBe(true);
    }
  });
});
