import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, fixAll, fixAllEdits } from '../../server/src/core';
import { CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

const TITLE = '中共青川市某局党组\n关于市委巡察整改进展情况的通报\n\n根据市委统一部署，市委巡察组对本局开展了巡察。\n\n';

const numberingRules = (text: string) => analyze(text).findings.filter((f) => f.rule.startsWith('numbering/'));

describe('fix-all renumbers the whole document', () => {
  it('follows restart numbering, normalises each level to its dominant style, renumbers inline items', () => {
    const draft = TITLE + '一、甲\n（一）子\n1.一是学习；三是落实。\n3、丑\n(三)寅\n1.卯\n3.辰\n二、乙\n四、丙\n';
    expect(fixAll(draft)).toBe(TITLE + '一、甲\n（一）子\n1.一是学习；二是落实。\n2.丑\n（二）寅\n1.卯\n2.辰\n二、乙\n三、丙\n');
  });

  it('follows continuous numbering when more numbers agree with it, one group showing each scheme', () => {
    const draft = TITLE + '一、甲\n（一）子\n1. 一\n2. 二\n（二）丑\n3. 三\n（三）寅\n1. 四\n5. 五\n';
    expect(fixAll(draft)).toBe(TITLE + '一、甲\n（一）子\n1. 一\n2. 二\n（二）丑\n3. 三\n（三）寅\n4. 四\n5. 五\n');
  });

  it('keeps continuous numbering across a moved section: a group starting at 9 shows the document continues', () => {
    // （三） with its 9.–11. moved above （二）, whose items were renumbered 1.–4.
    const draft = TITLE + '一、甲\n（一）子\n1. 一\n2. 二\n（三）寅\n5. 五\n6. 六\n（二）丑\n1. 三\n2. 四\n（四）卯\n7. 七\n';
    expect(fixAll(draft)).toBe(TITLE + '一、甲\n（一）子\n1. 一\n2. 二\n（二）寅\n3. 五\n4. 六\n（三）丑\n5. 三\n6. 四\n（四）卯\n7. 七\n');
  });

  it('leaves an item alone when its number cannot be written in its kind', () => {
    // Circled numbers end at ㊿: a 51st item would have to become other text.
    const circled = Array.from({ length: 50 }, (_, i) => String.fromCodePoint(i < 20 ? 0x2460 + i : i < 35 ? 0x3251 + i - 20 : 0x32b1 + i - 35));
    const list = [...circled.slice(0, 48), '㊿', '㊿', '㊿'].map((c) => `${c}措施。`).join('');
    const fixed = fixAll(`${TITLE}一、甲\n${list}\n`);
    expect(fixed).toBe(`${TITLE}一、甲\n${[...circled, '㊿'].map((c) => `${c}措施。`).join('')}\n`);
    expect(numberingRules(fixed).map((f) => f.message)).toEqual(['Enumeration: expected “(51)”, found “㊿”']);
  });

  it('does only what the enabled rules ask: numbers without numbering/style, styles without numbering/sequence', () => {
    const draft = TITLE + '一、甲\n（一）子\n(三)丑\n（三）寅\n';
    expect(fixAll(draft, { rules: { 'numbering/style': 'off' } })).toBe(TITLE + '一、甲\n（一）子\n(二)丑\n（三）寅\n');
    expect(fixAll(draft, { rules: { 'numbering/sequence': 'off' } })).toBe(TITLE + '一、甲\n（一）子\n（三）丑\n（三）寅\n');
  });

  it('gives edits that touch only markers and never the same place twice', () => {
    const draft = TITLE + '一、甲\n（三）子\n(五)丑。一是学习；一是落实。\n';
    const edits = fixAllEdits(analyze(draft));
    expect(edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText])).toEqual([
      [6, 0, 3, '（一）'],
      [7, 0, 3, '（二）'],
      [7, 10, 12, '二是'],
    ]);
    expect(applyEdits(draft, edits)).toBe(fixAll(draft));
  });

  it('renumbers a level of thousands of items all numbered 1., up to 999., the most a heading marker holds', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `1. 项目${i + 1}。一是学习；一是落实。`);
    const draft = `${TITLE}一、甲\n${items.join('\n')}\n`;
    expect(analyze(draft).findings.filter((f) => f.rule === 'numbering/sequence')).toHaveLength(2999 + 3000);
    const lines = fixAll(draft).split('\n');
    expect(lines[5 + 999]).toBe('999. 项目999。一是学习；二是落实。');
    // `1000.` would read as no heading at all: left as it was, and still reported.
    expect(lines[5 + 1000]).toBe('1. 项目1000。一是学习；二是落实。');
    expect(numberingRules(lines.join('\n'))).toHaveLength(3000 - 999);
  });

  it('returns empty and unchanged text for empty or marker-free input', () => {
    expect(fixAll('')).toBe('');
    expect(fixAll('\ufeff\r\n\r\n')).toBe('\ufeff\r\n\r\n');
    expect(fixAll('x'.repeat(200_000))).toBe('x'.repeat(200_000));
  });
});

describe.skipIf(!corpusAvailable)('fix-all on corpus 003 (acceptance)', () => {
  const original = corpusAvailable ? readCorpus(CORPUS_003) : '';

  it('restores the original exactly after （二）/（三） are swapped and 5.–8. renumbered 1.–4.', () => {
    let damaged = original.replace(/^（二）/m, '（@）').replace(/^（三）/m, '（二）').replace('（@）', '（三）');
    for (const n of [5, 6, 7, 8]) damaged = damaged.replace(new RegExp(`^${n}\\. `, 'm'), `${n - 4}. `);
    expect(damaged).not.toBe(original);
    const sequence = numberingRules(damaged).map((f) => f.message);
    // The rules read the document as continuous too: one finding for the restarted group, two for the swap.
    expect(sequence).toHaveLength(3);
    expect(sequence[1]).toMatch(/continuously.*expected “5\.”, found “1\.”/);
    expect(fixAll(damaged)).toBe(original);
  });
});
