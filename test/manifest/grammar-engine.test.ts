/**
 * The grammar in the engine VS Code colours with (vscode-textmate and
 * Oniguruma), on real and generated notices: it colours as a heading marker
 * of each level exactly what the checker reads as one, so that what the
 * drafter sees and what the outline and the numbering rules see agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IGrammar } from 'vscode-textmate';
import { generateNotice } from '../../bench/generate-notice';
import { parse } from '../../server/src/core/parser';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { noticeGrammar, tokenizeLines, type Token } from '../helpers/textmate';

let grammar: IGrammar;
beforeAll(async () => {
  grammar = await noticeGrammar();
});

const MARKER_SCOPE = /\.marker\.level(\d)\.notice$/;

/** The marker level a token is coloured as, if any. */
function markerLevel(token: Token): number | undefined {
  for (const scope of token.scopes) {
    const match = MARKER_SCOPE.exec(scope);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Per line, what the grammar and the checker take for its heading marker: `level@column marker`, or nothing. */
function headingMarkers(text: string): { grammar: string[]; checker: string[] } {
  const doc = parse(text);
  const checker = doc.lines.map(() => '');
  for (const heading of doc.headings) {
    checker[heading.line] = `${heading.rank}@${heading.marker.range.start.character} ${heading.marker.text}`;
  }
  const grammarMarkers = tokenizeLines(grammar, doc.lines).map((tokens, line) => {
    // Circled numbers are coloured wherever they stand; as a heading's marker only where the checker has a heading.
    const marker = tokens.find((token) => {
      const level = markerLevel(token);
      return level !== undefined && (level < 5 || checker[line].startsWith('5@'));
    });
    return marker ? `${markerLevel(marker)}@${marker.start} ${marker.text}` : '';
  });
  return { grammar: grammarMarkers, checker };
}

describe('the grammar in VS Code’s own engine', () => {
  it.runIf(corpusAvailable)('colours the heading markers of both corpus notices where the checker reads them, at the same levels', () => {
    for (const file of [CORPUS_000, CORPUS_003]) {
      const { grammar: coloured, checker } = headingMarkers(readCorpus(file));
      expect(checker.filter(Boolean).length).toBeGreaterThan(15);
      expect(coloured).toEqual(checker);
    }
  });

  it.each([
    { width: 'full', scheme: 'restart' },
    { width: 'half', scheme: 'continuous' },
  ] as const)('does so on generated notices ($width width, $scheme numbering)', (shape) => {
    for (const seed of [1, 2, 3]) {
      const { grammar: coloured, checker } = headingMarkers(generateNotice({ seed, targetBytes: 20_000, mistakes: true, ...shape }));
      expect(coloured).toEqual(checker);
    }
  });

  it('does so after indentation, a Markdown prefix and emphasis, and not in a line of spaces', () => {
    const lines = ['　　**四、加强组织领导**', '## （一）压实责任', '*1.* 关于学习', '_（2）关于制度', '    ' + ' '.repeat(5000), '\u3000 \u3000（三）健全机制'];
    const { grammar: coloured, checker } = headingMarkers(lines.join('\n'));
    expect(checker).toEqual(['1@4 四、', '2@3 （一）', '3@1 1.', '4@1 （2）', '', '2@3 （三）']);
    expect(coloured).toEqual(checker);
  });

  it('does not colour the numbered lines under 附件： as headings, as the checker does not read them as such', () => {
    const lines = ['三、下一步工作打算', '附件：1.整改任务清单', '      2.整改完成情况统计表', '', '1.关于学习'];
    const { grammar: coloured, checker } = headingMarkers(lines.join('\n'));
    expect(checker).toEqual(['1@0 三、', '', '', '', '3@0 1.']);
    expect(coloured).toEqual(checker);
  });

  it('colours a title, a date and an e-mail address in a long run of its characters', () => {
    const [title, date, mail] = tokenizeLines(grammar, [
      '  关于省委巡视整改进展情况的通报',
      '2022年1月17日',
      'a.'.repeat(3000) + ' jubao@example.cn',
    ]);
    expect(title.find((token) => token.scopes.includes('markup.heading.title.notice'))?.text).toBe('关于省委巡视整改进展情况的通报');
    expect(date.some((token) => token.text === '2022年1月17日' && token.scopes.some((scope) => scope.includes('date')))).toBe(true);
    expect(mail.find((token) => token.scopes.some((scope) => scope.includes('email')))?.text).toBe('jubao@example.cn');
  });
});
