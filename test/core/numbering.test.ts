import { describe, expect, it } from 'vitest';
import { analyze, type Finding, type TextEdit } from '../../server/src/core';
import { TextDocument } from 'vscode-languageserver-textdocument';

const TITLE = '中共青川市某局党组\n关于市委巡察整改进展情况的通报\n\n根据市委统一部署，市委巡察组对本局开展了巡察。\n\n';

function numberingFindings(body: string, rule?: string) {
  return analyze(TITLE + body, { locale: 'zh' })
    .findings.filter((f) => f.rule.startsWith('numbering/') && (!rule || f.rule === rule))
    .map((f) => ({ rule: f.rule, line: f.range.start.line - 5, message: f.message }));
}

describe('numbering/sequence at every level', () => {
  const cases: Array<[string, string, string]> = [
    ['一、', '一、甲\n二、乙\n四、丁\n', '应为“三、”，实为“四、”'],
    ['（一）', '一、甲\n（一）子\n（三）丑\n', '应为“（二）”，实为“（三）”'],
    ['1.', '一、甲\n（一）子\n1. 子一\n3. 子三\n', '应为“2.”，实为“3.”'],
    ['（1）', '一、甲\n（一）子\n1. 子一\n（1）细一\n（1）细二\n', '应为“（2）”，实为“（1）”'],
    ['①', '一、甲\n（一）子\n1. 子一\n（1）细一\n①点一\n③点三\n', '应为“②”，实为“③”'],
  ];
  for (const [level, body, expected] of cases) {
    it(`reports a gap or repeat at ${level} with what was expected and found`, () => {
      const findings = numberingFindings(body);
      expect(findings).toHaveLength(1);
      expect(findings[0].rule).toBe('numbering/sequence');
      expect(findings[0].message).toContain(expected);
    });
  }

  it('reports a single wrong item once, not every item after it', () => {
    const findings = numberingFindings('一、甲\n二、乙\n二、丙\n四、丁\n五、戊\n');
    expect(findings).toEqual([{ rule: 'numbering/sequence', line: 2, message: '编号应为“三、”，实为“二、”' }]);
  });

  it('reports a shift once and follows the new numbers', () => {
    const findings = numberingFindings('一、甲\n（一）子\n（二）丑\n（四）卯\n（五）辰\n');
    expect(findings.map((f) => f.line)).toEqual([3]);
  });

  it('counts Chinese numerals past ten', () => {
    const parts = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
    expect(numberingFindings(parts.map((p) => `${p}、第${p}部分\n`).join(''))).toEqual([]);
    const skipped = parts.filter((p) => p !== '十一').map((p) => `${p}、部分\n`).join('');
    expect(numberingFindings(skipped)[0].message).toContain('应为“十一、”，实为“十二、”');
  });

  it('counts circled numbers past ⑳', () => {
    const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒';
    const paragraph = [...circled].map((c, i) => `${c}措施${i + 1}。`).join('');
    expect(numberingFindings(`一、甲\n${paragraph}\n`)).toEqual([]);
    const broken = paragraph.replace('㉑', '㉒');
    expect(numberingFindings(`一、甲\n${broken}\n`)[0].message).toContain('应为“㉑”，实为“㉒”');
  });
});

describe('restart and continuous numbering', () => {
  const restart = '一、甲\n（一）子\n1. 一\n2. 二\n（二）丑\n1. 一\n2. 二\n（三）寅\n1. 一\n';
  const continuous = '一、甲\n（一）子\n1. 一\n2. 二\n（二）丑\n3. 三\n4. 四\n（三）寅\n5. 五\n';

  it('accepts either scheme on its own', () => {
    expect(numberingFindings(restart)).toEqual([]);
    expect(numberingFindings(continuous)).toEqual([]);
  });

  it('reports mixing the two in one document', () => {
    const mixed = continuous.replace('5. 五', '1. 五');
    const findings = numberingFindings(mixed);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/编号方式不一致.*连续编号.*应为“5\.”，实为“1\.”/);
  });

  it('reports a gap inside continuous numbering', () => {
    const findings = numberingFindings(continuous.replace('4. 四', '5. 四').replace('5. 五', '6. 五'));
    expect(findings.map((f) => f.message)).toEqual(['编号应为“4.”，实为“5.”']);
  });
});

describe('numbering/style', () => {
  it('reports a marker written unlike the rest of its level', () => {
    const findings = numberingFindings('一、甲\n（一）子\n1. 一\n2、二\n3. 三\n（二）丑\n(三)寅\n', 'numbering/style');
    expect(findings.map((f) => f.message)).toEqual([
      '编号样式不一致：本文档此级用“2.”，实为“2、”',
      '编号样式不一致：本文档此级用“（三）”，实为“(三)”',
    ]);
  });

  it('accepts a document written half-width throughout', () => {
    expect(numberingFindings('一、甲\n(一)子\n1、一\n(1)细\n(2)细\n2、二\n(二)丑\n')).toEqual([]);
  });

  it('treats 1． as its own style', () => {
    expect(numberingFindings('一、甲\n1．一\n2．二\n3.三\n', 'numbering/style')).toHaveLength(1);
  });
});

describe('numbering/hierarchy', () => {
  it('reports （1） directly under 一、 when the document uses （一） and 1. between them', () => {
    const findings = numberingFindings('一、甲\n（一）子\n1. 一\n（1）细\n二、乙\n（1）细\n', 'numbering/hierarchy');
    expect(findings).toEqual([
      { rule: 'numbering/hierarchy', line: 5, message: '层级跳跃：“二、”之下应为“（一）”一级，实为“（1）”' },
    ]);
  });

  it('accepts a document that never uses a level', () => {
    expect(numberingFindings('一、甲\n1. 一\n2. 二\n二、乙\n1. 一\n')).toEqual([]);
  });

  it('reports a sub-heading before any top-level part', () => {
    const findings = numberingFindings('（一）子\n一、甲\n（一）子\n', 'numbering/hierarchy');
    expect(findings.map((f) => f.message)).toEqual(['层级跳跃：应先有“一、”一级标题，实为“（一）”']);
  });
});

describe('inline enumerations', () => {
  it('reports 一是…三是 within one scope', () => {
    const findings = numberingFindings('一、甲\n一是抓学习；三是抓落实。\n');
    expect(findings.map((f) => f.message)).toEqual(['列举编号应为“二是”，实为“三是”']);
  });

  it('continues into the next paragraph of the same item', () => {
    expect(numberingFindings('一、甲\n一是抓学习；二是抓制度。\n三是抓落实。\n')).toEqual([]);
  });

  it('restarts after a label of its own in the same paragraph, and only there', () => {
    expect(numberingFindings('一、甲\n整改措施：①建立台账；②定期调度。整改成效：①台账全部建立；②调度12次。\n')).toEqual([]);
    expect(numberingFindings('一、甲\n一是抓学习；二是抓制度。一是抓落实。\n').map((f) => f.message)).toEqual(['列举编号应为“三是”，实为“一是”']);
  });

  it('restarts under each heading', () => {
    expect(numberingFindings('一、甲\n一是抓学习。\n二、乙\n一是抓制度；二是抓落实。\n')).toEqual([]);
  });

  it('checks 第一，第二， and ① lists', () => {
    expect(numberingFindings('一、甲\n第一，学习；第三，落实。\n').map((f) => f.message)).toEqual([
      '列举编号应为“第二”，实为“第三”',
    ]);
    expect(numberingFindings('一、甲\n①学习。③落实。\n').map((f) => f.message)).toEqual(['列举编号应为“②”，实为“③”']);
  });

  it('does not read 统一是 or 第一责任人 as items', () => {
    expect(numberingFindings('一、甲\n标准统一是基础，书记是第一责任人。\n')).toEqual([]);
  });
});

describe('messages in English', () => {
  it('says what was expected and found', () => {
    const findings = analyze(TITLE + '一、甲\n三、丙\n', { locale: 'en' }).findings.filter((f) => f.rule === 'numbering/sequence');
    expect(findings[0].message).toBe('Numbering: expected “二、”, found “三、”');
  });
});

describe('quick fixes attached to numbering findings', () => {
  const applyFirstFix = (text: string, finding: Finding) =>
    TextDocument.applyEdits(TextDocument.create('file:///draft.notice', 'notice', 1, text), finding.fixes![0].edits);

  it('renumbers a wrong heading, an inline item, and rewrites a marker in the level\'s style', () => {
    const text = TITLE + '一、甲\n（一）子\n（三）丑。一是学习；三是落实。\n(四)寅\n';
    const findings = analyze(text, { locale: 'zh' }).findings.filter((f) => f.rule.startsWith('numbering/'));
    expect(findings.map((f) => f.fixes![0].title)).toEqual([
      '将“（三）”改为“（二）”',
      '将“三是”改为“二是”',
      '将“(四)”改为“（四）”',
    ]);
    expect(applyFirstFix(text, findings[0])).toBe(text.replace('（三）丑', '（二）丑'));
    expect(applyFirstFix(text, findings[1])).toBe(text.replace('三是落实', '二是落实'));
    expect(applyFirstFix(text, findings[2])).toBe(text.replace('(四)寅', '（四）寅'));
  });
});

describe('quick fixes for a level and an enumeration', () => {
  const apply = (text: string, edits: TextEdit[]) =>
    TextDocument.applyEdits(TextDocument.create('file:///draft.notice', 'notice', 1, text), edits);

  it('offers this item, then every item of the level under its parent, each titled with what changes', () => {
    const text = TITLE + '一、甲\n（一）子\n1. 一\n2. 二\n（二）丑\n1. 三\n2. 四\n（三）寅\n5. 五\n（四）卯\n6. 六\n';
    const [finding] = analyze(text, { locale: 'zh' }).findings.filter((f) => f.rule === 'numbering/sequence');
    // Restarting under （二）, continuing under （三） and （四）: the document continues.
    expect(finding.message).toBe('编号方式不一致：本文档此级跨上级标题连续编号，应为“3.”，实为“1.”');
    expect(finding.fixes!.map((fix) => fix.title)).toEqual(['将“1.”改为“3.”', '将“（二）”下此级编号依次改为“3.”至“4.”（改动2处）']);
    expect(apply(text, finding.fixes![1].edits)).toBe(text.replace('1. 三\n2. 四', '3. 三\n4. 四'));
  });

  it('titles the top level without a parent, in English too', () => {
    const text = TITLE + '一、甲\n三、乙\n二、丙\n';
    const findings = analyze(text, { locale: 'en' }).findings.filter((f) => f.rule === 'numbering/sequence');
    // A swap is two mistakes, reported as two.
    expect(findings.map((f) => f.message)).toEqual(['Numbering: expected “二、”, found “三、”', 'Numbering: expected “三、”, found “二、”']);
    expect(findings[0].fixes!.map((fix) => fix.title)).toEqual([
      'Change “三、” to “二、”',
      'Renumber the top-level headings as “一、” to “三、” (2 changes)',
    ]);
  });

  it('renumbers a whole inline enumeration', () => {
    const text = TITLE + '一、甲\n一是学习；三是调研；四是落实。\n';
    const [finding] = analyze(text, { locale: 'zh' }).findings.filter((f) => f.rule === 'numbering/sequence');
    expect(finding.fixes!.map((fix) => fix.title)).toEqual(['将“三是”改为“二是”', '将此处列举依次改为“一是”至“三是”（改动2处）']);
    expect(apply(text, finding.fixes![1].edits)).toBe(TITLE + '一、甲\n一是学习；二是调研；三是落实。\n');
  });

  it('offers no level-wide fix when it would change no more than the item fix', () => {
    const [finding] = analyze(TITLE + '一、甲\n（一）子\n（三）丑\n', { locale: 'zh' }).findings.filter((f) => f.rule === 'numbering/sequence');
    expect(finding.fixes!.map((fix) => fix.title)).toEqual(['将“（三）”改为“（二）”']);
  });
});

describe('quick fix for a skipped level', () => {
  it('moves （1） under 二、 to the （一） level the document uses there', () => {
    const text = TITLE + '一、甲\n（一）子\n1. 一\n（1）细\n二、乙\n（1）细\n';
    const [finding] = analyze(text, { locale: 'zh' }).findings.filter((f) => f.rule === 'numbering/hierarchy');
    expect(finding.fixes!.map((fix) => fix.title)).toEqual(['将“（1）”改为“（一）”']);
    const fixed = TextDocument.applyEdits(TextDocument.create('file:///d.notice', 'notice', 1, text), finding.fixes![0].edits);
    expect(fixed).toBe(TITLE + '一、甲\n（一）子\n1. 一\n（1）细\n二、乙\n（一）细\n');
    expect(numberingFindings(fixed.slice(TITLE.length))).toEqual([]);
  });

  it('numbers each item of a skipped level in its turn, and offers to move them all', () => {
    const text = TITLE + '一、甲\n（一）子\n1. 一\n二、乙\n（1）细\n（2）节\n（3）末\n';
    const findings = analyze(text, { locale: 'zh' }).findings.filter((f) => f.rule === 'numbering/hierarchy');
    expect(findings.map((f) => f.fixes!.map((fix) => fix.title))).toEqual([
      ['将“二、”下此级编号依次改为“（一）”至“（三）”（改动3处）', '将“（1）”改为“（一）”'],
      ['将“二、”下此级编号依次改为“（一）”至“（三）”（改动3处）', '将“（2）”改为“（二）”'],
      ['将“二、”下此级编号依次改为“（一）”至“（三）”（改动3处）', '将“（3）”改为“（三）”'],
    ]);
    const apply = (source: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///d.notice', 'notice', 1, source), edits);
    const all = apply(text, findings[0].fixes![0].edits);
    expect(all).toBe(TITLE + '一、甲\n（一）子\n1. 一\n二、乙\n（一）细\n（二）节\n（三）末\n');
    expect(numberingFindings(all.slice(TITLE.length))).toEqual([]);
  });
});
