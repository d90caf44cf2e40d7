import { describe, expect, it } from 'vitest';
import { applyEdits, findingsOf, flagged } from '../helpers/findings';

const duplicates = (text: string) => findingsOf('text/duplicate', text);

describe('text/duplicate', () => {
  it.each([
    ['认真查找存在的的问题，逐项制定整改措施。', '的的'],
    ['强化对对权力运行的监督。', '对对'],
    ['切实提高政治站位，增强增强责任意识。', '增强增强'],
    ['严格执行请示报告报告制度。', '报告报告'],
    ['持续推进推进推进整改落实。', '推进推进推进'],
    // 党 is a surname too, but no name stands here.
    ['全面加强党的的建设。', '的的'],
  ])('finds the doubling in “%s”', (sentence, doubled) => {
    const found = duplicates(sentence);
    expect(flagged(sentence, found)).toEqual([doubled]);
  });

  it('says what is doubled and how often, and offers to delete the copies', () => {
    const sentence = '持续推进推进推进整改落实。';
    const [finding] = duplicates(sentence);
    expect(finding.message).toBe('重复词语：“推进”连写了3次');
    expect(finding.severity).toBe('warning');
    expect(applyEdits(sentence, finding.fixes![0].edits)).toBe('持续推进整改落实。');
    expect(findingsOf('text/duplicate', sentence, { locale: 'en' })[0].message).toBe('Duplicated word: “推进” written 3 times in a row');
  });

  it.each([
    '层层传导压力，层层压实责任。',
    '确保条条要整改、件件有着落、事事有人管。',
    '紧紧扭住责任制这个“牛鼻子”，逐一对照、一一落实。',
    '坚持久久为功，常常提醒、人人参与。',
    '把整改工作做得实实在在、扎扎实实、认认真真，覆盖方方面面、家家户户。',
    '年年开展、项项跟踪、村村覆盖、步步推进，时时处处严格要求。',
    '稳稳地推进改革，默默地做好服务。',
    '地址：济南市市中区某路1号；县县委办公室牵头。',
    '将巡视整改纳入基层党组织组织生活会重要内容。',
    '发展全过程人民民主，改进工作作风。',
    '一步一步抓落实，一项一项抓整改。',
    '二〇二二年一月十一日',
    '各类问题屡屡发生，关心莘莘学子，牢记谆谆教诲，做到息息相关、历历在目、循循善诱。',
    '幼儿园园长、图书馆馆长、人事股股长、省教育厅厅长、县广播电视台台长参加会议。',
    '县委书记张亮亮同志、副县长王芳芳同志出席会议，由党组书记李丹丹任组长，联系人：刘伟伟。',
  ])('leaves legitimate reduplication alone: %s', (sentence) => {
    expect(duplicates(sentence)).toEqual([]);
  });

  describe('clauses', () => {
    it('finds a clause written twice in a row and deletes the copy', () => {
      const sentence = '坚持问题导向，压实整改责任，压实整改责任，确保件件有着落。';
      const [finding] = duplicates(sentence);
      expect(flagged(sentence, [finding])).toEqual(['压实整改责任']);
      expect(finding.message).toBe('重复语句：“压实整改责任”连续出现2次');
      expect(applyEdits(sentence, finding.fixes![0].edits)).toBe('坚持问题导向，压实整改责任，确保件件有着落。');
    });

    it('finds a block of two clauses repeated, as one finding', () => {
      const sentence = '加强日常监督，紧盯关键少数，加强日常监督，紧盯关键少数，加强日常监督，紧盯关键少数。';
      const found = duplicates(sentence);
      expect(found).toHaveLength(1);
      expect(found[0].message).toBe('重复语句：“加强日常监督，紧盯关键少数”连续出现3次');
      expect(applyEdits(sentence, found[0].fixes![0].edits)).toBe('加强日常监督，紧盯关键少数。');
    });

    it('leaves parallel clauses that differ alone', () => {
      expect(duplicates('敢于发现问题，善于发现问题，推动解决问题。')).toEqual([]);
      expect(duplicates('以案说纪、以案说法、以案说德、以案说责。')).toEqual([]);
    });

    it('leaves the figure `X、X、再X` alone, but not the same clauses without it', () => {
      expect(duplicates('抓落实、抓落实、再抓落实，学习、学习、再学习。')).toEqual([]);
      expect(flagged('抓落实、抓落实、抓整改。', duplicates('抓落实、抓落实、抓整改。'))).toEqual(['抓落实']);
    });
  });

  it('copes with empty text, CRLF and a very long line', () => {
    expect(duplicates('')).toEqual([]);
    expect(flagged('第一行。\r\n存在的的问题。', duplicates('第一行。\r\n存在的的问题。'))).toEqual(['的的']);
    // A doubled word written over and over is one finding, found in one pass.
    expect(duplicates('层层'.repeat(20_000)).map((f) => f.message)).toEqual(['重复词语：“层层”连写了20000次']);
    expect(duplicates('甲乙丙丁戊己庚辛'.repeat(10_000))).toHaveLength(1);
  });
});
