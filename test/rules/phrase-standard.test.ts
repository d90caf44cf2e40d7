import { describe, expect, it } from 'vitest';
import { applyEdits, findingsOf, flagged } from '../helpers/findings';

const phrases = (text: string, options = {}) => findingsOf('phrase/standard', text, options);

describe('phrase/standard: the built-in formulations', () => {
  it.each([
    ['规范党组书记未位表态制度。', '未位表态', '末位表态'],
    ['不断增强“四个意识”、坚定“四个自倍”。', '四个自倍', '四个自信'],
    ['落实“一岗又责”要求。', '一岗又责', '一岗双责'],
    ['推动中华优秀传统文化创造性转变化、创新性发展。', '创造性转变化、创新性发展', '创造性转化、创新性发展'],
    ['坚决做到“两个维户”。', '两个维户', '两个维护'],
    ['推动中华民族伟大复光。', '中华民族伟大复光', '中华民族伟大复兴'],
    ['对能够立即解决的问题立形立改。', '立形立改', '立行立改'],
    ['落实中央八项目规定精神。', '中央八项目规定精神', '中央八项规定精神'],
  ])('finds the slip in “%s” and offers the right form', (sentence, written, right) => {
    const [finding, ...rest] = phrases(sentence);
    expect(rest).toEqual([]);
    expect(flagged(sentence, [finding])).toEqual([written]);
    expect(finding.message).toBe(`规范表述为“${right}”，此处写作“${written}”`);
    expect(finding.fixes![0].title).toBe(`将“${written}”改为“${right}”`);
    expect(applyEdits(sentence, finding.fixes![0].edits)).toBe(sentence.replace(written, right));
  });

  it('names the line where the document spells it right', () => {
    const text = '坚持创造性转化、创新性发展。\n推动创造性转变化、创新性发展。';
    const [finding] = phrases(text);
    expect(finding.range.start.line).toBe(1);
    expect(finding.message).toContain('（第1行即如此）');
    expect(phrases(text, { locale: 'en' })[0].message).toBe(
      'The standard wording is “创造性转化、创新性发展” (as on line 1); written here as “创造性转变化、创新性发展”',
    );
  });

  it.each([
    '不断增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”。',
    '落实“三重一大”事项集体决策制度和党组书记末位表态制度。',
    '制定《“四个一百”人才工程实施办法》，推荐入选“四个一批”人才。',
    '牢记“三个代表”重要思想，反对形式主义和官僚主义。',
    '整治形式主义、官僚主义，落实中央八项规定及其实施细则精神。',
    '党组成员履行“一岗双责”，全面从严治军。',
    '坚持边巡边改、立查立改、立察立改，对能够立即解决的问题即查即改、即纠即改。',
    '推动全面从严管党治党向纵深发展，坚持守正和创新相统一。',
    '坚持全面从严管党治警，推动全面从严管党治检、全面从严治警向纵深发展。',
    '深刻认识中华民族的伟大复兴是历史必然，深入贯彻中央八项规定的精神实质。',
    '运用“四种形态”处理26人次，其中第一种形态20人次、第二种形态6人次；压实“两个责任”。',
  ])('leaves right and different formulations alone: %s', (sentence) => {
    expect(phrases(sentence)).toEqual([]);
  });
});

describe('phrase/standard: the user’s formulations', () => {
  it('checks phrases from the settings, near misses and listed misspellings', () => {
    const text = '深入开展“三抓三促”行动，落实“三爪三促”要求，推进“清廉机关”建设，防止“清廉机光”，“三抓四促”另是一事。';
    const options = { phrases: [{ phrase: '三抓三促' }, { phrase: '清廉机关', misspellings: ['清廉机光'] }] };
    const found = phrases(text, options);
    expect(flagged(text, found)).toEqual(['三爪三促', '清廉机光']);
    expect(phrases('推进“清廉机观”建设。', options).map((f) => f.fixes![0].edits[0].newText)).toEqual(['清廉机关']);
    expect(phrases('没有设置时，“清廉机光”不报。')).toEqual([]);
  });
});

describe('phrase/standard: one thing written two ways', () => {
  it('finds a four-character phrase whose second character is a look-alike slip of the same phrase elsewhere', () => {
    const text = ['加强团结引导，团结作家队伍。', '总结各地团练作家的经验做法。'].join('\n');
    const [finding, ...rest] = phrases(text);
    expect(rest).toEqual([]);
    expect(flagged(text, [finding])).toEqual(['团练作家']);
    expect(finding.range.start.line).toBe(1);
    expect(finding.message).toBe('“团练作家”疑为“团结作家”之误：第1行写作“团结作家”');
    expect(applyEdits(text, finding.fixes![0].edits)).toBe(text.replace('团练', '团结'));
  });

  it('finds it too where many once-only characters stand between common ones', () => {
    // Runs such as 的丐是和, each with its own once-only character: following the common characters' occurrences would take long.
    const common = '的是在和了有';
    const filler = [...Array(216).keys()].map(
      (i) => `${common[i % 6]}${String.fromCharCode(0x4e10 + i)}${common[Math.floor(i / 6) % 6]}${common[Math.floor(i / 36)]}。`,
    );
    const text = ['加强团结引导，团结作家队伍。', ...filler, '总结各地团练作家的经验做法。'].join('\n');
    expect(flagged(text, phrases(text))).toEqual(['团练作家']);
  });

  it('leaves alone two spellings that are both words, or whose characters do not look alike', () => {
    expect(phrases('及时报告工作进展。\n按时报送工作台账。')).toEqual([]);
    expect(phrases('精心策划主题活动。\n精心筹划主题活动。')).toEqual([]);
    expect(phrases('推进文学工作。\n加强文联工作。')).toEqual([]);
  });

  it('finds a person named by surname alone where the full name stands elsewhere', () => {
    const text = '党组书记王建华同志作为第一责任人，亲自部署。党组书记王同志带头落实。';
    const [finding, ...rest] = phrases(text);
    expect(rest).toEqual([]);
    expect(flagged(text, [finding])).toEqual(['王同志']);
    expect(finding.message).toBe('称谓前后不一：此处写作“王同志”，第1行写作“王建华同志”');
    expect(applyEdits(text, finding.fixes![0].edits)).toBe(text.replace('王同志', '王建华同志'));
  });

  it('says nothing when two people share the surname, or there is no full name', () => {
    expect(phrases('党组书记王建华同志、副书记王立新同志和党组成员王同志参加。')).toEqual([]);
    expect(phrases('党组书记王同志带头落实，以习近平同志为核心的党中央。')).toEqual([]);
  });
});
