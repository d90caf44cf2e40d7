/**
 * Acceptance on the two real notices: every defect DOMAIN.md lists is found
 * with the right rule on the right line, and nothing else is reported but
 * the few real defects found besides (each named below), so a new false
 * alarm fails here. Line numbers are 1-based, as an editor shows them.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../server/src/core';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

const CONTENT_RULES = /^(count|text|phrase|punctuation|date|contact|structure\/broken-line)/;

function contentFindings(text: string): Finding[] {
  return analyze(text, { locale: 'zh' }).findings.filter((f) => CONTENT_RULES.test(f.rule));
}

/** `line rule “flagged text”` for each finding, the flagged text cut short. */
function described(text: string, findings: Finding[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return findings.map(({ rule, range }) => {
    const flagged = lines[range.start.line].slice(range.start.character, range.start.line === range.end.line ? range.end.character : undefined);
    return `${range.start.line + 1} ${rule} ${flagged.length > 14 ? `${flagged.slice(0, 14)}…` : flagged}`;
  });
}

/** The legitimate reduplication DOMAIN.md lists. */
const LEGITIMATE = ['层层传导', '件件有着落', '条条要整改', '事事有人管', '紧紧扭住', '一一落实', '久久为功', '常常', '人人', '实实在在'];

function legitimateFlagged(text: string, findings: Finding[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return findings.flatMap(({ range }) =>
    LEGITIMATE.filter((form) => {
      const line = lines[range.start.line];
      for (let at = line.indexOf(form); at >= 0; at = line.indexOf(form, at + 1)) {
        if (at < range.end.character && at + form.length > range.start.character) return true;
      }
      return false;
    }),
  );
}

describe.skipIf(!corpusAvailable)('corpus 000: the content checks', () => {
  const text = corpusAvailable ? readCorpus(CORPUS_000) : '';
  const findings = contentFindings(text);

  it('finds the half-width punctuation once, the misspelt formulation, and the extra parenthesis, and nothing else', () => {
    expect(described(text, findings)).toEqual([
      // DOMAIN.md: half-width punctuation throughout Chinese text, one finding with a fix for all.
      '8 punctuation/width ,',
      // Not in DOMAIN.md, but real: `(鲁厅字[2017])57号)` closes a parenthesis twice.
      '42 punctuation/pair )',
      // DOMAIN.md: 创造性转变化、创新性发展, spelt right on line 126.
      '114 phrase/standard 创造性转变化、创新性发展',
    ]);
  });

  it('reports none of the legitimate reduplication in it (条条 件件 事事 一一 层层 久久)', () => {
    for (const form of ['条条要整改', '件件有着落', '事事有人管', '一一落实', '层层传导', '久久为功']) expect(text).toContain(form);
    expect(legitimateFlagged(text, findings)).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('corpus 003: the content checks', () => {
  const text = corpusAvailable ? readCorpus(CORPUS_003) : '';
  const findings = contentFindings(text);

  it('finds every typing defect DOMAIN.md lists, the broken lines and the page note, and nothing else', () => {
    expect(described(text, findings)).toEqual([
      // DOMAIN.md: 钱小芊同志 and 钱同志 for the same person.
      '11 phrase/standard 钱同志',
      // DOMAIN.md: 走使命使命, 改制企企工作.
      '21 text/duplicate 使命使命',
      '21 text/duplicate 企企',
      // DOMAIN.md: item 2's heading broken across two paragraphs (…伟大事业、 / 时代精神。).
      '25 structure/broken-line 、',
      // DOMAIN.md: 团练作家, written 团结作家 on line 21.
      '29 phrase/standard 团练作家',
      // Not in DOMAIN.md, but real: 中国作协作协青年工作委员会.
      '29 text/duplicate 作协作协',
      // A sentence broken across paragraphs: …同向发力、 / 同题共答的工作格局。
      '35 structure/broken-line 、',
      // DOMAIN.md: one clause repeated three times in a row (item 6).
      '39 text/duplicate 突出重点领域和关键环节，加强…',
      // DOMAIN.md: 述述职廉.
      '39 text/duplicate 述述',
      // Not in DOMAIN.md, but real: 可能出现的的问题.
      '47 text/duplicate 的的',
      // DOMAIN.md: 未位表态 for 末位表态.
      '47 phrase/standard 未位表态',
      // A sentence broken across paragraphs: …不断 / 提升党组集体决策…
      '47 structure/broken-line 断',
      // The newspaper's page-break note where the text is cut off.
      '65 structure/broken-line （下转第3版）',
    ]);
  });

  it('says the clause comes three times, and the surname stands for the full name', () => {
    const clause = findings.find((f) => f.rule === 'text/duplicate' && f.range.start.line === 38)!;
    expect(clause.message).toBe('重复语句：“突出重点领域和关键环节，加强对权力运行的监督和制约”连续出现3次');
    const name = findings.find((f) => f.rule === 'phrase/standard' && f.range.start.line === 10)!;
    expect(name.fixes![0].edits[0].newText).toBe('钱小芊同志');
  });

  it('reports none of the legitimate reduplication in it (层层 紧紧)', () => {
    for (const form of ['层层传导', '紧紧扭住']) expect(text).toContain(form);
    expect(legitimateFlagged(text, findings)).toEqual([]);
  });
});
