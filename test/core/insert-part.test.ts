import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, type Finding } from '../../server/src/core';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

const missing = (text: string, locale = 'zh') => analyze(text, { locale }).findings.filter((f) => f.rule === 'section/missing');
const sectionAndNumbering = (text: string) =>
  analyze(text).findings.filter((f) => /^(section|numbering)\//.test(f.rule)).map((f) => f.message);
const applyFix = (text: string, finding: Finding) => applyEdits(text, finding.fixes![0].edits);

/** Every line of `before` is still there, in order, in `after`: the fix only added lines (and changed markers). */
function linesKeptInOrder(before: string, after: string, changedMarkers = new Map<string, string>()) {
  const remaining = after.split(/\r?\n/);
  let at = 0;
  for (const line of before.split(/\r?\n/)) {
    const expected = changedMarkers.get(line) ?? line;
    while (at < remaining.length && remaining[at] !== expected) at++;
    expect(at, `line “${line}” kept`).toBeLessThan(remaining.length);
    at++;
  }
}

describe.skipIf(!corpusAvailable)('inserting a missing part into the corpus (acceptance)', () => {
  it('000 without its (五) petition part: inserts it as (五) under 二、, half-width, and no section finding remains', () => {
    const original = readCorpus(CORPUS_000);
    const lines = original.split('\n');
    const start = lines.findIndex((line) => line.includes('(五)关于巡视移交'));
    const damaged = [...lines.slice(0, start), ...lines.slice(start + 4)].join('\n');
    const [finding] = missing(damaged);
    expect(finding.message).toBe('缺少必备部分：移交问题线索和信访件办理情况');
    expect(finding.fixes![0].title).toBe('插入“(五)关于巡视移交问题线索和信访件办理情况”部分');
    const fixed = applyFix(damaged, finding);
    const inserted = fixed.split('\n');
    expect(inserted[start]).toBe('  (五)关于巡视移交问题线索和信访件办理情况');
    expect(inserted[start - 1]).toBe('');
    expect(inserted[start + 3]).toBe('');
    expect(inserted.slice(start + 4)).toEqual(lines.slice(start + 4));
    linesKeptInOrder(damaged, fixed);
    expect(sectionAndNumbering(fixed)).toEqual([]);
    const { document } = analyze(fixed);
    expect(document.parts.petitions!.heading!.parent!.marker.text).toBe('二、');
  });

  it('003: inserts the petition part as （五） under 二、 and a contact paragraph at the end; no section finding remains', () => {
    const original = readCorpus(CORPUS_003);
    const [petitions, contact] = missing(original, 'en');
    expect(petitions.fixes![0].title).toBe('Insert the part “（五）关于巡视移交问题线索和信访件办理情况”');
    expect(contact.fixes![0].title).toBe('Insert a contact paragraph at the end of the body');
    const once = applyFix(original, petitions);
    const twice = applyFix(once, missing(once)[0]);
    expect(sectionAndNumbering(twice)).toEqual([]);
    linesKeptInOrder(original, twice);
    expect(analyze(twice).document.parts.contact!.line).toBeGreaterThan(analyze(twice).document.parts.nextSteps!.line);
  });
});

describe('inserting a missing part into a draft', () => {
  const draft = [
    '中共青川市某局党组',
    '关于市委巡察整改进展情况的通报',
    '',
    '根据市委统一部署，市委巡察组对本局开展了巡察。',
    '',
    '一、市委巡察组反馈意见整改落实情况',
    '',
    '（一）关于学习不深入的问题',
    '',
    '二、下一步工作打算',
    '',
    '一是巩固成果；二是健全机制。',
    '',
    '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0999-12345678。',
    '',
    '中共青川市某局党组',
    '2024年10月15日',
  ].join('\r\n');

  it('puts the situation part first and renumbers the parts after it, in the document’s word (巡察) and line endings', () => {
    const [situation, petitions] = missing(draft);
    expect(situation.fixes![0].title).toBe('插入“一、整改工作基本情况”部分，并将其后的同级编号顺延（改动2处）');
    const fixed = applyFix(draft, situation);
    expect(fixed.split('\r\n').slice(5, 14)).toEqual([
      '一、整改工作基本情况',
      '',
      '党组把巡察整改作为重大政治任务，成立整改工作领导小组，对照反馈意见逐项制定整改措施，明确责任领导、责任部门和完成时限。××××。',
      '',
      '二、市委巡察组反馈意见整改落实情况',
      '',
      '（一）关于学习不深入的问题',
      '',
      '三、下一步工作打算',
    ]);
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    const withPetitions = applyFix(fixed, missing(fixed)[0]);
    expect(petitions.message).toBe('缺少必备部分：移交问题线索和信访件办理情况');
    expect(sectionAndNumbering(withPetitions)).toEqual([]);
    expect(withPetitions).toContain('（二）关于巡察移交问题线索和信访件办理情况\r\n\r\n巡察组移交问题线索×件');
  });

  it('puts next steps after the rectification part and before the contact paragraph, without blank lines when the draft has none', () => {
    const compact = ['关于市委巡察整改进展情况的通报', '一、整改工作基本情况', '二、巡察反馈意见整改落实情况', '（一）关于巡察移交问题线索办理情况', '欢迎广大干部群众监督。联系电话：0999-12345678。'].join('\n');
    const [nextSteps] = missing(compact);
    expect(nextSteps.fixes![0].title).toBe('插入“三、下一步工作打算”部分');
    const fixed = applyFix(compact, nextSteps);
    expect(fixed.split('\n').slice(3, 6)).toEqual([
      '（一）关于巡察移交问题线索办理情况',
      '三、下一步工作打算',
      '下一步，将坚持目标不变、标准不降、力度不减，持续巩固和深化巡察整改成果。一是××××；二是××××；三是××××。',
    ]);
    expect(sectionAndNumbering(fixed)).toEqual([]);
  });

  it('fills an empty document with all five parts, one fix at a time', () => {
    let text = '';
    for (let step = 0; step < 5; step++) {
      const [first] = missing(text);
      expect(first, `step ${step}`).toBeDefined();
      text = applyFix(text, first);
    }
    expect(missing(text)).toEqual([]);
    expect(analyze(text).findings.filter((f) => f.rule === 'section/order')).toEqual([]);
  });
});
