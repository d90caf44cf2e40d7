/**
 * Whatever the text, the core finishes without throwing, and everything it
 * hands an editor lies inside the document: findings, the edits of their
 * fixes, outline symbols and folding ranges. Texts come from fast-check: arbitrary UTF-16 (lone
 * surrogates, control characters), notice-like lines with every marker and
 * line break, generated notices and random edits of the real ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNotice } from '../../bench/generate-notice';
import { WORST_CASES } from '../../bench/worst-cases';
import { analyze, type Analysis, type Position, type Range } from '../../server/src/core';
import { documentSymbols, type DocumentSymbol } from '../../server/src/core/features/document-symbols';
import { foldingRanges } from '../../server/src/core/features/folding-ranges';
import { findInlineItems, inlineItemAt } from '../../server/src/core/inline';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

/** Lines as LSP counts them, worked out here rather than taken from the parser under test. */
function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function outside(range: Range, lines: string[]): string | undefined {
  const { start, end } = range;
  for (const position of [start, end]) {
    if (!Number.isInteger(position.line) || position.line < 0 || position.line >= lines.length) return `line ${position.line}`;
    const length = lines[position.line].length;
    if (!Number.isInteger(position.character) || position.character < 0 || position.character > length) {
      return `character ${position.character} on line ${position.line} of length ${length}`;
    }
  }
  if (compare(start, end) > 0) return 'ends before it starts';
  return undefined;
}

function symbolProblems(symbols: DocumentSymbol[], lines: string[]): string[] {
  return symbols.flatMap((symbol) => {
    const own = [outside(symbol.range, lines), outside(symbol.selectionRange, lines)].filter((p) => p !== undefined);
    if (symbol.name.length === 0) own.push('empty name');
    return [...own.map((p) => `${symbol.name}: ${p}`), ...symbolProblems(symbol.children ?? [], lines)];
  });
}

/** Every way in which what the core returns for `text` falls outside the document; empty when none. */
function problems(text: string, { document, findings }: Analysis = analyze(text)): string[] {
  const lines = lspLines(text);
  const found: string[] = [];
  for (const finding of findings) {
    const problem = outside(finding.range, lines);
    if (problem) found.push(`${finding.rule}: ${problem}`);
    for (const fix of finding.fixes ?? []) {
      const edits = [...fix.edits].sort((a, b) => compare(a.range.start, b.range.start));
      edits.forEach((edit, i) => {
        const problem = outside(edit.range, lines);
        if (problem) found.push(`${finding.rule} fix “${fix.title}”: ${problem}`);
        // The protocol wants the edits of one change not to overlap.
        if (i > 0 && compare(edits[i - 1].range.end, edit.range.start) > 0) found.push(`${finding.rule} fix “${fix.title}”: edits overlap`);
      });
    }
  }
  found.push(...symbolProblems(documentSymbols(document), lines));
  for (const { startLine, endLine } of foldingRanges(document)) {
    if (!(startLine >= 0 && startLine < endLine && endLine < lines.length)) found.push(`folding ${startLine}–${endLine}`);
  }
  return found;
}

/** Any UTF-16 code unit: lone surrogates, controls, the BOM, line and paragraph separators. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** The pieces notices are made of, and the ones that break them. */
const noticePiece = fc.oneof(
  fc.constantFrom(
    '一、', '十二、', '（一）', '(二)', '（三)', '1.', '2、', '3．', '（1）', '(2)', '①', '㉑', '㊿',
    '一是', '二是', '第一，', '第二、', '关于', '通报', '整改', '巡视', '巡察', '情况的通报', '党组',
    '联系电话', '电子邮箱', '欢迎', '监督', '信访', '问题线索', '今后', '打算', '反馈意见整改落实情况',
    '基本情况', '2022年1月17日', '二〇二二年一月十七日', '。', '，', ',', '；', '：', ':', '“', '”', '《', '》',
    '（', '）', '(', ')', '**', '__', '## ', ' ', '\u3000', '\t', '\ufeff', '\u200b', '\u2028', '\u0000', '\ud800', '\udc00',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const noticeLike = fc
  .array(fc.tuple(fc.array(noticePiece, { maxLength: 12 }), lineBreak), { maxLength: 60 })
  .map((lines) => lines.map(([pieces, end]) => pieces.join('') + end).join(''));

/** Every `\n` of `text` replaced by one of CR, LF, CRLF, chosen by `picks` in turn. */
function mixLineBreaks(text: string, picks: readonly string[]): string {
  let next = 0;
  return text.replace(/\n/g, () => picks[next++ % picks.length]);
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const { at, remove, insert } of edits) {
    const start = Math.floor(at * result.length);
    result = result.slice(0, start) + insert + result.slice(start + remove);
  }
  return result;
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 200 }),
  insert: fc.oneof(fc.array(noticePiece, { maxLength: 6 }).map((pieces) => pieces.join('')), lineBreak, fc.string({ unit: codeUnit, maxLength: 4 })),
});

describe('core properties', () => {
  it('arbitrary UTF-16, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 400 }), (text) => {
        expect(problems(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(problems(text)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('notice-like lines of markers, cue words and punctuation, with CR, LF and CRLF', () => {
    fc.assert(
      fc.property(noticeLike, (text) => {
        expect(problems(text)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('generated notices of either style and scheme, with line breaks mixed at random', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer(),
          targetBytes: fc.integer({ min: 0, max: 20_000 }),
          scheme: fc.constantFrom('restart', 'continuous'),
          width: fc.constantFrom('full', 'half'),
          mistakes: fc.boolean(),
        }),
        fc.array(lineBreak, { minLength: 1, maxLength: 7 }),
        (shape, breaks) => {
          expect(problems(mixLineBreaks(generateNotice(shape), breaks))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.runIf(corpusAvailable)('random edits of the real notices', () => {
    const corpus = corpusAvailable ? [readCorpus(CORPUS_000), readCorpus(CORPUS_003)] : [];
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => {
        expect(problems(applyEdits(text, edits))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('inline items read from a neighbourhood', () => {
  // Fixes check a rewritten item from the character before it and four after;
  // that must read exactly what scanning the whole line reads.
  it('agrees with scanning the whole line, at every position', () => {
    const line = fc.array(noticePiece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(line, (text) => {
        const scanned = new Map(findInlineItems(text).map((item) => [item.start, item]));
        for (let at = 0; at < text.length; at++) {
          const before = at > 0 ? 1 : 0;
          const local = inlineItemAt(text.slice(at - before, at + 5), before);
          const expected = scanned.get(at);
          expect(local && { ...local, start: at }).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('core on extreme shapes', () => {
  it('a single line of a million characters', () => {
    const line = generateNotice({ seed: 7, targetBytes: 3_000_000 }).replace(/\r?\n/g, '');
    expect(line.length).toBeGreaterThan(1_000_000);
    expect(problems(line)).toEqual([]);
  });

  it('100 000 headings, each one line', () => {
    const markers = ['一、', '（一）', '1.', '（1）', '①'];
    const text = Array.from({ length: 100_000 }, (_, i) => `${markers[i % 5]}标题${i}`).join('\n');
    const analysis = analyze(text);
    expect(analysis.document.headings).toHaveLength(100_000);
    expect(problems(text, analysis)).toEqual([]);
  });

  it('markers nested fifty deep: on one line, and as fifty levels of headings', () => {
    const markers = ['一、', '（一）', '1.', '（1）', '①'];
    const oneLine = Array.from({ length: 50 }, (_, i) => markers[i % 5]).join('') + '标题';
    expect(problems(oneLine)).toEqual([]);
    const indented = Array.from({ length: 50 }, (_, i) => '\u3000'.repeat(i) + markers[i % 5] + `第${i}层`).join('\n');
    // Five marker families make at most five levels, however deep the indentation.
    expect(Math.max(...analyze(indented).document.headings.map((h) => h.depth))).toBe(5);
    expect(problems(indented)).toEqual([]);
    const parentheses = '（'.repeat(50) + '一' + '）'.repeat(50);
    expect(problems(parentheses)).toEqual([]);
  });

  it('empty text, a lone BOM, only line breaks', () => {
    for (const text of ['', '\ufeff', '\n', '\r\n\r\n', '\r\r\n\n', '\u2028\u2029']) {
      expect(problems(text)).toEqual([]);
    }
  });
});

describe('core on the worst inputs for its patterns', () => {
  // 200 000 characters take milliseconds in linear time; a pattern that
  // backtracks quadratically would need minutes and run into the timeout.
  it.each(WORST_CASES.map((worst) => [worst.name, worst] as const))('%s', (_name, worst) => {
    expect(problems(worst.make(200_000))).toEqual([]);
  }, 10_000);
});
