import { describe, expect, it } from 'vitest';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { draftNotice } from '../helpers/drafts';
import { findingsOf, flagged } from '../helpers/findings';

const dates = (text: string, locale?: string) => findingsOf('date/invalid', text, locale ? { locale } : {});

function notice(opening: string, signed = '2024年10月15日'): string {
  return draftNotice({ opening, body: ['一、整改工作基本情况'], signed });
}

describe('date/invalid: dates that do not exist', () => {
  it.each([
    ['2024年2月30日召开专题会议。', '2024年2月30日', '日期不存在：“2024年2月30日”，2月只有29天'],
    ['2023年2月29日召开专题会议。', '2023年2月29日', '日期不存在：“2023年2月29日”，2月只有28天'],
    ['于2024年4月31日前完成。', '2024年4月31日', '日期不存在：“2024年4月31日”，4月只有30天'],
    ['于2024年13月完成。', '2024年13月', '日期不存在：“2024年13月”，月份应为1至12'],
    ['2024年3月9日至4月31日开展巡察。', '4月31日', '日期不存在：“4月31日”，4月只有30天'],
    ['3月9日至32日集中整改。', '32日', '日期不存在：“32日”，3月只有31天'],
    ['二〇二三年二月二十九日', '二〇二三年二月二十九日', '日期不存在：“二〇二三年二月二十九日”，2月只有28天'],
  ])('finds “%s”', (sentence, date, message) => {
    const found = dates(sentence);
    expect(flagged(sentence, found)).toEqual([date]);
    expect(found[0].message).toBe(message);
  });

  it('takes the year from the date before it, or from the signature', () => {
    expect(dates('2024年1月9日至2月29日开展巡察。')).toEqual([]);
    expect(flagged('2023年1月9日至2月29日开展巡察。', dates('2023年1月9日至2月29日开展巡察。'))).toEqual(['2月29日']);
    expect(dates(notice('2月29日，召开党组会议。', '2023年10月15日'))).toHaveLength(1);
    expect(dates(notice('2月29日，召开党组会议。', '2024年10月15日'))).toEqual([]);
  });

  it('moves a date to the next year after a month alone that comes later in the year', () => {
    expect(dates('2023年12月召开民主生活会，2月29日前完成班子成员对照检查。')).toEqual([]);
    const text = '2022年12月召开民主生活会，2月29日前完成班子成员对照检查。';
    expect(flagged(text, dates(text))).toEqual(['2月29日']);
  });

  it.each(['2024年2月29日', '12月31日', '每月15日前报送，3个月内完成，2019—2023年规划。', '电话：0531-12345678'])(
    'accepts %s',
    (sentence) => expect(dates(sentence)).toEqual([]),
  );
});

describe('date/invalid: inspection, feedback and publication in order', () => {
  it('accepts the usual order, a period across the new year and a range whose end has no year', () => {
    expect(dates(notice('根据市委统一部署，2024年3月11日至5月20日，市委第二巡察组对市某局开展了巡察。6月18日，市委巡察组反馈了巡察意见。'))).toEqual([]);
    expect(dates(notice('根据统一部署，2023年11月6日至1月12日，巡察组开展了巡察。2月18日，巡察组反馈了巡察意见。'))).toEqual([]);
  });

  it('leaves the year of the account alone after a period looked back on (以来, 以前, 至今)', () => {
    const opening = '根据市委统一部署，2023年4月10日至5月31日，市委巡察组对市某局开展了常规巡察，重点检查2020年1月以来的财务收支情况。7月5日，市委巡察组反馈了巡察意见。';
    expect(dates(notice(opening, '2023年9月28日'))).toEqual([]);
    const late = notice(opening.replace('7月5日', '5月5日'), '2023年9月28日');
    expect(flagged(late, dates(late))).toEqual(['5月5日']);
  });

  it('finds a period that ends before it starts', () => {
    const text = notice('根据统一部署，2024年5月11日至3月20日，巡察组开展了巡察。2024年6月18日，巡察组反馈了巡察意见。');
    const found = dates(text);
    expect(flagged(text, found)).toEqual(['3月20日']);
    expect(found[0].message).toBe('日期顺序不当：巡察结束日期（3月20日）早于巡察开始日期（2024年5月11日）');
  });

  it('finds feedback before the end of the period, and publication before the feedback', () => {
    const early = notice('根据统一部署，2024年3月11日至5月20日，巡视组开展了巡视。2024年4月18日，巡视组反馈了巡视意见。');
    expect(dates(early)[0].message).toBe('日期顺序不当：巡视反馈日期（2024年4月18日）早于巡视结束日期（5月20日）');
    const late = notice('根据统一部署，2024年3月11日至5月20日，巡视组开展了巡视。6月18日，巡视组反馈了巡视意见。', '2024年6月1日');
    const found = dates(late);
    expect(flagged(late, found)).toEqual(['2024年6月1日']);
    expect(found[0].range.start.line).toBe(8);
    expect(dates(late, 'en')[0].message).toBe('Dates out of order: the publication date (2024年6月1日) is before the inspection feedback date (6月18日)');
  });

  it('reads 起至 as a range, not as a period looked back on', () => {
    expect(dates(notice('根据统一部署，自2023年10月17日起至11月30日，巡察组开展了巡察。2024年1月12日，巡察组反馈了巡察意见。'))).toEqual([]);
  });

  it('takes the publication date from the signature above the imprint', () => {
    const late = notice('根据统一部署，2024年3月11日至5月20日，巡视组开展了巡视。6月18日，巡视组反馈了巡视意见。', '2024年6月1日');
    const printed = `${late}\n（此件公开发布）\n\n抄送：市委巡察办。\n市某局办公室　　　2024年6月1日印发`;
    expect(flagged(printed, dates(printed))).toEqual(['2024年6月1日']);
  });

  it.runIf(corpusAvailable)('finds nothing wrong with the dates of the two real notices', () => {
    expect(dates(readCorpus(CORPUS_000))).toEqual([]);
    expect(dates(readCorpus(CORPUS_003))).toEqual([]);
  });

  it.runIf(corpusAvailable)('finds a feedback date moved before the inspection in corpus 003', () => {
    const text = readCorpus(CORPUS_003).replace('2020年1月6日', '2019年10月6日');
    const found = dates(text);
    expect(found).toHaveLength(1);
    expect(found[0].range.start.line + 1).toBe(5);
    expect(found[0].message).toBe('日期顺序不当：巡视反馈日期（2019年10月6日）早于巡视结束日期（11月25日）');
  });
});
