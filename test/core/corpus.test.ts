import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

const rulesOf = (text: string) => analyze(text).findings.map((f) => f.rule);

describe.skipIf(!corpusAvailable)('corpus 000 (provincial, half-width, restart numbering)', () => {
  const text = corpusAvailable ? readCorpus(CORPUS_000) : '';
  const { document, findings } = analyze(text);

  it('has no numbering or section findings', () => {
    expect(findings.filter((f) => /^(numbering|section)\//.test(f.rule))).toEqual([]);
  });

  it('outlines three parts with 7, 5 and 6 children; part 二 holds 3, 3, 3, 2 and 0', () => {
    expect(document.roots.map((h) => h.marker.text)).toEqual(['一、', '二、', '三、']);
    expect(document.roots.map((h) => h.children.length)).toEqual([7, 5, 6]);
    expect(document.roots[1].children.map((h) => h.children.length)).toEqual([3, 3, 3, 2, 0]);
  });

  it('finds all five parts at the right lines (1-based 10, 28, 108, 112, 130)', () => {
    const lines = Object.fromEntries(Object.entries(document.parts).map(([kind, part]) => [kind, part!.line + 1]));
    expect(lines).toEqual({ situation: 10, rectification: 28, petitions: 108, nextSteps: 112, contact: 130 });
    expect(document.parts.petitions!.heading!.depth).toBe(2);
  });

  it('finds the two-line title after the web-page debris, and the signature', () => {
    expect(document.title!.lines).toEqual([2, 3]);
    expect(document.title!.text).toBe('中共山东省作家协会党组关于十一届省委第九轮巡视整改进展情况的通报');
    expect(document.strayLines).toEqual([0, 5]);
    expect(document.opening!.line).toBe(7);
    expect(document.signature.issuer!.line).toBe(131);
    expect(document.signature.date!.text).toBe('2022年1月17日');
  });

  it('reads headings with their body on the same line, titled up to the first 。', () => {
    const first = document.roots[0].children[0];
    expect(first.marker).toMatchObject({ family: 'chineseParen', style: '()', number: 1, text: '(一)' });
    expect(first.title).toBe('提高政治站位');
  });

  it('scopes ① lists to their (1) heading and 一是 lists to their part', () => {
    const circled = document.enumerations.filter((e) => e.kind === 'circled');
    expect(circled.every((e) => e.scope?.marker.family === 'arabicParen')).toBe(true);
    const shi = document.enumerations.filter((e) => e.kind === 'shi');
    expect(shi.map((e) => e.items.length)).toEqual([4, 5]);
  });
});

describe.skipIf(!corpusAvailable)('corpus 003 (national, full-width, continuous numbering)', () => {
  const text = corpusAvailable ? readCorpus(CORPUS_003) : '';
  const { document, findings } = analyze(text);

  it('recognises 1.–13. numbered continuously across （一）–（四）', () => {
    expect(findings.filter((f) => f.rule.startsWith('numbering/'))).toEqual([]);
    const items = document.roots[1].children.flatMap((h) => h.children.map((c) => c.marker.number));
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('outlines three parts, part 二 with four children holding 4, 4, 3 and 2 items', () => {
    expect(document.roots).toHaveLength(3);
    expect(document.roots[1].children.map((h) => h.children.length)).toEqual([4, 4, 3, 2]);
  });

  it('reports exactly the missing petition-handling and contact parts', () => {
    const section = findings.filter((f) => f.rule.startsWith('section/'));
    expect(section.map((f) => f.rule)).toEqual(['section/missing', 'section/missing']);
    expect(section[0].message).toMatch(/petitions/);
    expect(section[1].message).toMatch(/contact/);
    expect(Object.keys(document.parts).sort()).toEqual(['nextSteps', 'rectification', 'situation']);
  });

  it('continues an inline enumeration into the next paragraph of the same item', () => {
    const item1 = document.roots[1].children[0].children[0];
    const run = document.enumerations.find((e) => e.scope === item1)!;
    expect(run.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(new Set(run.items.map((i) => i.paragraph)).size).toBe(2);
  });

  it('flags mixed schemes once the continuous numbering is broken by a restart', () => {
    const damaged = text.replace(/^5\. /m, '1. ');
    const sequence = analyze(damaged, { locale: 'zh' }).findings.filter((f) => f.rule === 'numbering/sequence');
    expect(sequence).toHaveLength(1);
    expect(sequence[0].message).toContain('应为“5.”，实为“1.”');
    expect(rulesOf(damaged).filter((r) => r === 'numbering/sequence')).toHaveLength(1);
  });
});
