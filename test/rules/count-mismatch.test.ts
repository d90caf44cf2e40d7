import { describe, expect, it } from 'vitest';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { draftNotice } from '../helpers/drafts';
import { applyEdits, findingsOf, flagged } from '../helpers/findings';

const counts = (text: string, locale?: string) => findingsOf('count/mismatch', text, locale ? { locale } : {});

/** A notice whose rectification part has 2 aspects holding 2 and 1 problems. */
function notice(breakdown: string, progress = ''): string {
  return draftNotice({
    body: [
      '一、整改工作基本情况',
      '',
      `（一）细化整改任务。${breakdown}`,
      `（二）强化督促检查。${progress}`,
      '',
      '二、市委巡察组反馈意见整改落实情况',
      '',
      '（一）关于政治建设方面的问题',
      '1. 关于理论学习不深入的问题。',
      '2. 关于调查研究不够的问题。',
      '（二）关于作风建设方面的问题',
      '1. 关于会议偏多的问题。',
      '（三）关于巡察移交问题线索和信访件办理情况',
      '巡察移交的问题线索均已办结。',
      '',
      '三、下一步工作打算',
      '持续巩固整改成果。',
    ],
  });
}

describe('count/mismatch: counts of the document’s own structure', () => {
  it('accepts counts that match, in Arabic or Chinese numerals', () => {
    expect(counts(notice('将巡察反馈意见梳理为2个方面3个问题10项整改任务。'))).toEqual([]);
    expect(counts(notice('将巡察反馈的两个方面三个具体问题细化为十项任务。'))).toEqual([]);
  });

  it('finds a count of aspects that differs, not counting the petitions part', () => {
    const text = notice('将巡察反馈意见梳理为3个方面3个问题。');
    const found = counts(text);
    expect(flagged(text, found)).toEqual(['3个方面']);
    expect(found[0].message).toBe('数量不符：写明“3个方面”，反馈意见整改部分实有2个方面（（一）至（二））');
    expect(found[0].severity).toBe('error');
  });

  it('finds a count of problems that differs', () => {
    const text = notice('将巡察反馈意见梳理为2个方面4类问题。');
    const found = counts(text, 'en');
    expect(flagged(text, found)).toEqual(['4类问题']);
    expect(found[0].message).toBe('Count mismatch: the text states “4类问题”, but the aspects hold 3 problems (2 under （一）, 1 under （二）)');
  });

  it('offers to restate a count to what the document holds, written as the count was', () => {
    const restated = (breakdown: string) => {
      const text = notice(breakdown);
      return counts(text).map((f) => f.fixes!.map((fix) => [fix.title, applyEdits(text, fix.edits).split('\n')[f.range.start.line]]));
    };
    expect(restated('将巡察反馈意见梳理为3个方面3个问题。')).toEqual([
      [['将“3个方面”改为“2个方面”', '（一）细化整改任务。将巡察反馈意见梳理为2个方面3个问题。']],
    ]);
    expect(restated('将巡察反馈意见梳理为两个方面十二类问题。')).toEqual([
      [['将“十二类问题”改为“三类问题”', '（一）细化整改任务。将巡察反馈意见梳理为两个方面三类问题。']],
    ]);
    expect(restated('将巡察反馈意见梳理为三个方面３个问题。')).toEqual([
      [['将“三个方面”改为“两个方面”', '（一）细化整改任务。将巡察反馈意见梳理为两个方面３个问题。']],
    ]);
    expect(restated('将巡察反馈意见梳理为2个方面５个问题。')[0][0][1]).toBe('（一）细化整改任务。将巡察反馈意见梳理为2个方面３个问题。');
  });

  it('offers both readings when the problems have items of their own', () => {
    const text = notice('将巡察反馈意见梳理为2个方面9个问题。')
      .replace('2. 关于调查研究不够的问题。', '2. 关于调查研究不够的问题。\n（1）调研少。\n（2）调研浅。')
      .replace('1. 关于会议偏多的问题。', '1. 关于会议偏多的问题。\n（1）会议多。');
    const [finding] = counts(text);
    expect(finding.message).toBe('数量不符：写明“9个问题”，各方面之下实有3个问题（（一）2个、（二）1个），再下一级共3项');
    expect(finding.fixes!.map((fix) => fix.title)).toEqual(['将“9个问题”改为“3个问题”']);
    const [four] = counts(text.replace('（1）会议多。', '（1）会议多。\n（2）文件多。'));
    expect(four.fixes!.map((fix) => fix.title)).toEqual(['将“9个问题”改为“3个问题”', '将“9个问题”改为“4个问题”']);
  });

  it('offers no fix for parts that do not add up: which of them is wrong, the text does not tell', () => {
    expect(counts(notice('', '制定整改措施30项，已完成27项，剩余2项。'))[0].fixes).toBeUndefined();
  });

  it('takes a count under one of the aspects as that aspect’s own, not as the breakdown of the feedback', () => {
    const text = notice('将巡察反馈意见梳理为2个方面3个问题。').replace(
      '2. 关于调查研究不够的问题。',
      '2. 关于调查研究不够的问题。对上轮巡察反馈问题开展“回头看”，对整改不到位的4个问题重新制定措施。',
    );
    expect(counts(text)).toEqual([]);
    // Before the aspects, in the part's own opening, a breakdown is still checked.
    const opening = text.replace('二、市委巡察组反馈意见整改落实情况\n', '二、市委巡察组反馈意见整改落实情况\n巡察反馈的4个问题均已完成整改。\n');
    expect(flagged(opening, counts(opening))).toEqual(['4个问题']);
    // After the last aspect, a summary that names the feedback in its own clause is one too.
    const summary = text.replace(
      '1. 关于会议偏多的问题。',
      '1. 关于会议偏多的问题。\n截至目前，巡察反馈的4个问题已全部完成整改。',
    );
    expect(flagged(summary, counts(summary))).toEqual(['4个问题']);
  });

  it('counts the problems of a part that lists them with no aspects above them, and leaves its aspects unchecked', () => {
    const flat = (breakdown: string) =>
      draftNotice({
        body: [
          '一、整改工作基本情况',
          breakdown,
          '二、巡察反馈问题整改情况',
          '1.关于理论学习不深入的问题。',
          '整改情况：制定学习计划。（已完成）',
          '2.关于村级财务管理不规范的问题。',
          '整改情况：开展专项清理。（已完成）',
          '三、下一步工作打算',
          '持续巩固整改成果。',
        ],
      });
    expect(counts(flat('巡察组反馈了2个方面2个问题，均已完成整改。'))).toEqual([]);
    const text = flat('巡察组反馈了2个方面3个问题，均已完成整改。');
    const found = counts(text);
    expect(flagged(text, found)).toEqual(['3个问题']);
    expect(found[0].message).toBe('数量不符：写明“3个问题”，反馈意见整改部分实有2个问题（1.至2.）');
  });

  it('leaves alone a count of an earlier round’s feedback, under a problem or in the opening part', () => {
    const underProblem = notice('将巡察反馈意见梳理为2个方面3个问题。').replace(
      '2. 关于调查研究不够的问题。',
      '2. 关于调查研究不够的问题。对上轮巡察反馈的4个问题开展“回头看”，逐项对账销号。',
    );
    expect(counts(underProblem)).toEqual([]);
    const withOwnCount = notice('将巡察反馈意见梳理为2个方面3个问题。').replace(
      '2. 关于调查研究不够的问题。',
      '2. 关于调查研究不够的问题。对上轮巡察反馈的6个问题逐一复查，对整改不彻底的2个问题重新制定措施。',
    );
    expect(counts(withOwnCount)).toEqual([]);
    expect(counts(notice('将巡察反馈意见梳理为2个方面3个问题，对上一轮巡视反馈的5个问题同步整改。'))).toEqual([]);
    expect(counts(notice('将巡察反馈意见梳理为2个方面4个问题。')).map((f) => f.message)).toHaveLength(1);
  });

  it('says nothing of counts the document gives no way to check', () => {
    expect(counts(notice('从提高政治能力、激励担当作为等4个方面提出具体措施。'))).toEqual([]);
    expect(counts('将巡察反馈意见梳理为5个方面20个问题。')).toEqual([]);
  });
});

describe('count/mismatch: parts and their whole', () => {
  it.each([
    ['制定整改措施30项，已完成28项，剩余2项。'],
    ['共收到信访件12件，其中已办结10件，正在推进2件。'],
    ['制定整改措施30项，已完成28项。'],
    ['制定整改措施30项，已完成28项，基本完成2项。'],
    ['实施改造项目12个，已完工10个，其余2个年底前完工。'],
    ['全县共有基层党组织56个，其中党委3个、党总支5个、党支部48个。'],
    ['受理信访件32件，其中2022年6月以前的12件。'],
    ['移交问题线索15件，其中立案3件、谈话函询5件。'],
  ])('accepts parts that add up: %s', (sentence) => {
    expect(counts(notice('', sentence))).toEqual([]);
  });

  it('finds completed and remaining parts that do not make the whole', () => {
    const text = notice('', '制定整改措施30项，已完成27项，剩余2项。');
    const found = counts(text);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('分项之和与总数不符：27（已完成） + 2（其余） = 29，总数为“30项”');
    expect(found[0].range.start.line).toBe(8);
  });

  it('reads a part by what follows it, after its whole: 2个问题正在按计划推进, 3条需长期坚持', () => {
    expect(counts(notice('', '截至目前，反馈的3个问题已完成整改2个，1个问题正在按计划推进；制定整改措施34条，已完成31条，3条需长期坚持。'))).toEqual([]);
    const found = counts(notice('', '截至目前，反馈的3个问题已完成整改1个，1个问题正在按计划推进；制定整改措施34条，已完成31条，4条需长期坚持。'));
    expect(found.map((f) => f.message)).toEqual([
      '分项之和与总数不符：1（已完成） + 1（其余） = 2，总数为“3个问题”',
      '分项之和与总数不符：31（已完成） + 4（长期） = 35，总数为“34条”',
    ]);
    // A count standing alone stays a whole, checked against the document.
    expect(counts(notice('', '截至目前，巡察反馈的4个问题已完成整改。')).map((f) => f.message)).toEqual([
      '数量不符：写明“4个问题”，各方面之下实有3个问题（（一）2个、（二）1个）',
    ]);
  });

  it('reads the rest of a whole after a semicolon, and nothing else across one', () => {
    expect(counts(notice('', '63项整改措施中，已完成58项，完成率92.1%；其余5项正在推进。'))).toEqual([]);
    expect(counts(notice('', '63项整改措施中，已完成58项，完成率92.1%；其余4项正在推进。')).map((f) => f.message)).toEqual([
      '分项之和与总数不符：58（已完成） + 4（其余） = 62，总数为“63项整改措施”',
    ]);
    expect(counts(notice('', '制定整改措施30项，已完成28项；新建制度12项，已完成10项。'))).toEqual([]);
  });

  it('gives the parts that open a sentence the whole that ended the sentence before', () => {
    expect(counts(notice('', '共制定整改措施45条。截至目前，已完成42条，剩余3条。'))).toEqual([]);
    expect(counts(notice('', '共制定整改措施45条。截至目前，已完成42条，剩余4条。')).map((f) => f.message)).toEqual([
      '分项之和与总数不符：42（已完成） + 4（其余） = 46，总数为“45条”',
    ]);
    expect(counts(notice('', '制定整改措施63条。截至10月底，立行立改的21条和阶段性整改的30条已全部完成，需要长期坚持的13条正在持续推进。')).map((f) => f.message)).toEqual([
      '分项之和与总数不符：21（立行立改） + 30（阶段性） + 13（长期） = 64，总数为“63条”',
    ]);
    // Not across paragraphs, nor to a whole of another unit.
    expect(counts(notice('共制定整改措施45条。', '截至目前，已完成42条，剩余4条。'))).toEqual([]);
    expect(counts(notice('', '共发现问题12个。截至目前，已完成42条，剩余4条。'))).toEqual([]);
  });

  it('holds what a timeframe has done to the total stated for it before', () => {
    const stated = '制定整改任务45项，其中立行立改任务12项、阶段性任务20项、长期任务13项。截至目前，立行立改任务已全部完成，';
    expect(counts(notice('', `${stated}阶段性任务已完成17项。`))).toEqual([]);
    expect(counts(notice('', `${stated}阶段性任务已完成21项。`)).map((f) => f.message)).toEqual(['分项之和超过总数：21（已完成），总数为“20项”']);
  });

  it('holds what is done, alone in a later sentence, to the total the breakdown stated', () => {
    const breakdown = '将巡察反馈意见梳理为2个方面3个问题10项整改任务。';
    expect(counts(notice(breakdown, '截至目前，已完成8项整改任务。'))).toEqual([]);
    expect(counts(notice(breakdown, '截至目前，已完成12项整改任务。')).map((f) => f.message)).toEqual([
      '分项之和超过总数：12（已完成），总数为“10项整改任务”（第8行）',
    ]);
  });

  it('takes the basically completed as the rest of the whole', () => {
    const found = counts(notice('', '制定整改措施30项，已完成28项，基本完成3项。'));
    expect(found.map((f) => f.message)).toEqual(['分项之和与总数不符：28（已完成） + 3（其余） = 31，总数为“30项”']);
  });

  it('finds a list after 其中 that exceeds the whole', () => {
    const found = counts(notice('', '全县共有基层党组织56个，其中党委3个、党总支5个、党支部50个。'));
    expect(found.map((f) => f.message)).toEqual(['分项之和超过总数：3（其中） + 5（其中） + 50（其中） = 58，总数为“56个”']);
  });

  it('finds a completed count above the whole', () => {
    const found = counts(notice('', '制定整改措施30项，已完成32项。'));
    expect(found.map((f) => f.message)).toEqual(['分项之和超过总数：32（已完成），总数为“30项”']);
  });

  it('adds timeframed parts up against the total the breakdown stated', () => {
    const breakdown = '将巡察反馈意见梳理为2个方面3个问题20项任务。';
    const ok = '立行立改的8项任务和阶段性整改的7项任务均已完成，需长期坚持的5项任务正在推进。';
    expect(counts(notice(breakdown, ok))).toEqual([]);
    const text = notice(breakdown, ok.replace('5项', '6项'));
    const found = counts(text);
    expect(found.map((f) => f.message)).toEqual(['分项之和与总数不符：8（立行立改） + 7（阶段性） + 6（长期） = 21，总数为“20项任务”（第8行）']);
    expect(flagged(text, found)[0]).toMatch(/^8项任务.*6项任务$/);
  });
});

describe.runIf(corpusAvailable)('count/mismatch on the corpus', () => {
  const text003 = corpusAvailable ? readCorpus(CORPUS_003) : '';

  it('finds every count of 003 in agreement (4 aspects, 13 problems, 24 + 17 + 28 = 69, 79 + 3 = 82), and nothing in 000', () => {
    expect(counts(text003)).toEqual([]);
    expect(counts(readCorpus(CORPUS_000))).toEqual([]);
  });

  it.each([
    ['4个方面', '5个方面', 13],
    ['13类问题', '12类问题', 13],
    ['69项任务', '70项任务', 15],
    ['立行立改的24项', '立行立改的25项', 15],
    ['阶段性整改的17项', '阶段性整改的16项', 15],
    ['长期坚持抓好落实的28项', '长期坚持抓好落实的27项', 15],
    ['82项整改措施', '83项整改措施', 59],
    ['已完成79项', '已完成78项', 59],
    ['剩余3项', '剩余4项', 59],
  ])('reports 003 with “%s” changed to “%s”, on line %i', (from, to, line) => {
    const changed = text003.replace(from, to);
    expect(changed).not.toBe(text003);
    const found = counts(changed);
    expect(found.map((f) => f.range.start.line + 1)).toEqual([line]);
  });
});
