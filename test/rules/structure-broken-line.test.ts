import { describe, expect, it } from 'vitest';
import { CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { applyEdits, findingsOf } from '../helpers/findings';

const broken = (text: string) => findingsOf('structure/broken-line', text);

describe('structure/broken-line', () => {
  it('finds a heading broken across paragraphs and joins it', () => {
    const text = ['二、反馈意见整改落实情况', '', '1. 不断加强思想建设，引导干部职工坚定理想、', '', '信念。一是加强学习。', '', '2. 强化制度建设。'].join('\n');
    const [finding, ...rest] = broken(text);
    expect(rest).toEqual([]);
    expect(finding.range).toEqual({ start: { line: 2, character: 22 }, end: { line: 2, character: 23 } });
    expect(finding.message).toBe('标题在此断行：下一段“信念。一是加强学习。”是标题的后半部分');
    expect(applyEdits(text, finding.fixes![0].edits)).toBe(
      ['二、反馈意见整改落实情况', '', '1. 不断加强思想建设，引导干部职工坚定理想、信念。一是加强学习。', '', '2. 强化制度建设。'].join('\n'),
    );
  });

  it('finds a sentence broken mid-way, in a body paragraph and on a heading line with its body', () => {
    const text = [
      '（一）加强组织领导。成立领导小组，明确责任分工，推动形成齐抓共管、',
      '　　协同推进的工作格局。召开党组会议，研究部署整改工作，不断',
      '提升整改工作质效。',
    ].join('\n');
    const found = broken(text);
    expect(found.map((f) => f.range.start.line)).toEqual([0, 1]);
    expect(found[1].message).toBe('句子在此断行：下一段“提升整改工作质效。”接续本句');
    expect(applyEdits(text, found[0].fixes![0].edits)).toBe(
      ['（一）加强组织领导。成立领导小组，明确责任分工，推动形成齐抓共管、协同推进的工作格局。召开党组会议，研究部署整改工作，不断', '提升整改工作质效。'].join('\n'),
    );
  });

  it('finds a paragraph that opens with a closing mark, the rest of the one before, however that one ends', () => {
    const text = [
      '一、整改工作总体情况',
      '县委认真学习《中国共产党巡视工作条例',
      '》，建立“问题、任务、责任',
      '”三张清单。召开会议强调：“要把整改抓实。',
      '”持续推进整改。',
    ].join('\n');
    const found = broken(text);
    expect(found.map((f) => [f.range.start.line, f.message])).toEqual([
      [1, '句子在此断行：下一段“》，建立“问题、任务、责…”接续本句'],
      [2, '句子在此断行：下一段“”三张清单。召开会议强调…”接续本句'],
      [3, '句子在此断行：下一段“”持续推进整改。”接续本句'],
    ]);
    expect(applyEdits(text, found[0].fixes![0].edits).split('\n')[1]).toBe('县委认真学习《中国共产党巡视工作条例》，建立“问题、任务、责任');
    expect(broken('（一）关于落实《条例\n》的问题').map((f) => f.message)).toEqual(['标题在此断行：下一段“》的问题”是标题的后半部分']);
  });

  it('finds the breaks a copy from a PDF makes: before a comma or full stop, inside a number and its unit, inside a word of a long heading', () => {
    const text = [
      '一、整改工作总体情况',
      '截至2024年3月底，86项整改措施中已完成整改81项，剩余5项正在有序推进，并将长期坚持。开展基层党组织标准化规范化建设',
      '，完成32个党支部按期换届。其中，立案审查调查4',
      '人，培训1200余人次。',
      '（一）关于学习贯彻习近平新时代中国特色社会主义思想和党中央决策部署方',
      '面的问题',
      '1.关于学习贯彻不够深入系统的问题。',
    ].join('\n');
    expect(broken(text).map((f) => [f.range.start.line, f.message])).toEqual([
      [1, '句子在此断行：下一段“，完成32个党支部按期换…”接续本句'],
      [2, '句子在此断行：下一段“人，培训1200余人次。”接续本句'],
      [4, '标题在此断行：下一段“面的问题”是标题的后半部分'],
    ]);
  });

  it('finds a number cut in two or from its unit, an address cut at @, an item number or title left open', () => {
    const text = [
      '一、整改工作总体情况',
      '制定《2023—20',
      '25年人才培养规划》，办理记录报告126',
      '条，审结率102.5',
      '%。开展专项清理，核查线索12条；②',
      '开展行业整治，电子邮箱：rmyyjw',
      '@163.com。修订《学习计',
      '划》。',
      '（1）出台《关于优化营商环境提供司法服务和保障的',
      '实施意见》。',
      '召开专题会议，明确',
      '“三重一大”事项清单。',
    ].join('\n');
    expect(broken(text).map((f) => f.range.start.line)).toEqual([1, 2, 3, 4, 5, 6, 8, 10]);
  });

  it('finds a feedback point’s title broken mid-phrase, its rest opening the next paragraph', () => {
    const text = ['二、反馈意见整改落实情况', '2.关于辅警队伍管理不够', '规范的问题。修订《辅警管理办法》。'].join('\n');
    expect(broken(text).map((f) => [f.range.start.line, f.message])).toEqual([[1, '标题在此断行：下一段“规范的问题。修订《辅警管…”是标题的后半部分']]);
    // A title that ends as a point's, or a body whose first sentence is a clause of its own, is whole.
    expect(broken('二、反馈意见整改落实情况\n2.关于辅警队伍管理不规范的问题\n针对这一问题。修订办法。')).toEqual([]);
    expect(broken('二、反馈意见整改落实情况\n（一）关于理论学习\n针对学习不深入、不系统的问题。修订办法。')).toEqual([]);
  });

  it('leaves alone a list of attachments, and a mark left open that the next paragraph does not close', () => {
    expect(broken('一、整改工作总体情况\n附件：1.整改任务清单，共12项\n2.整改台账')).toEqual([]);
    expect(broken('（三）持续巩固整改成果，以“整改实效推动事业发展\n前一阶段的集中整改取得成效。')).toEqual([]);
  });

  it('finds a paragraph broken before a figure, in prose', () => {
    expect(broken('一、整改工作总体情况\n举办读书班3期，培训\n1200余人次。').map((f) => f.range.start.line)).toEqual([1]);
  });

  it('joins every broken line at once, with one fix all the findings share', () => {
    const text = [
      '一、整改工作总体情况',
      '县委高度重视巡察整改工作，认真学习《中国共产党巡视工作条',
      '例》，建立问题、任务、责任三张清单，截至2024年3',
      '月底，已完成整改任务26项。',
      '二、巡察反馈问题整改情况',
      '（一）关于学习贯彻习近平新时代中国特色社会主义思想和党中央决策部署方',
      '面的问题',
    ].join('\n');
    const found = broken(text);
    expect(found).toHaveLength(3);
    const joinAll = found[0].fixes![1];
    expect(joinAll.title).toBe('合并全文断行（共3处）');
    expect(found.every((f) => f.fixes![1] === joinAll)).toBe(true);
    expect(applyEdits(text, joinAll.edits)).toBe(
      [
        '一、整改工作总体情况',
        '县委高度重视巡察整改工作，认真学习《中国共产党巡视工作条例》，建立问题、任务、责任三张清单，截至2024年3月底，已完成整改任务26项。',
        '二、巡察反馈问题整改情况',
        '（一）关于学习贯彻习近平新时代中国特色社会主义思想和党中央决策部署方面的问题',
      ].join('\n'),
    );
    expect(findingsOf('structure/broken-line', text, { locale: 'en' })[0].fixes![1].title).toBe('Join all 3 broken lines');
  });

  it('finds a leftover page-break note and deletes it', () => {
    const text = '持续深化整改，巩固整改成果。（下转第3版）';
    const [finding] = broken(text);
    expect(finding.message).toBe('残留的转版标注“（下转第3版）”');
    expect(applyEdits(text, finding.fixes![0].edits)).toBe('持续深化整改，巩固整改成果。');
    expect(broken('（上接第一版）持续深化整改。').map((f) => f.message)).toEqual(['残留的转版标注“（上接第一版）”']);
  });

  it.each([
    ['一、整改工作基本情况\n（一）加强组织领导。成立领导小组。'],
    ['（二）主要做法：\n召开党组会议。'],
    ['重点做好以下工作：\n（一）提高政治站位。'],
    ['一是加强学习，提高认识\n二是完善制度，堵塞漏洞。'],
    ['联系电话：0531-12345678\n电子邮箱：office@example.com'],
    ['持续巩固整改成果，推动各项工作\n\n中共示例市某局党组\n2024年10月15日'],
    ['党组书记认真履行第一责任人职责。\n\n班子成员履行“一岗双责”。'],
    ['一、整改工作总体情况\n2023年以来，县委坚持把整改作为政治任务。'],
    ['（一）关于学习贯彻习近平新时代中国特色社会主义思想不够深入的问题\n2023年以来，县委坚持把整改作为政治任务。'],
    ['（一）关于落实全面从严治党主体责任和监督责任不到位的问题\n党委坚持把整改作为政治任务。'],
    ['联系电话：0531-12345678，传真：0531-12345679\n电子邮箱：office@example.com'],
  ])('leaves whole paragraphs alone: %s', (text) => {
    expect(broken(text)).toEqual([]);
  });

  it.runIf(corpusAvailable)('finds in corpus 003 the broken heading of item 2, the two broken sentences and the page note', () => {
    const found = broken(readCorpus(CORPUS_003));
    expect(found.map((f) => [f.range.start.line + 1, f.message.slice(0, 6)])).toEqual([
      [25, '标题在此断行'],
      [35, '句子在此断行'],
      [47, '句子在此断行'],
      [65, '残留的转版标'],
    ]);
  });
});
