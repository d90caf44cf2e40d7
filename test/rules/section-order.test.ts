import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/fixtures';
import { findingsOf } from '../helpers/findings';

const order = (text: string) => findingsOf('section/order', text).map((f) => [f.range.start.line + 1, f.message]);
const township = readFixture('test/fixtures/usual-phrasing/township.notice');
const PETITIONS = '三、巡察移交信访件办理情况\n\n区委巡察组移交信访件3件，已全部办结。\n\n';

describe('section/order', () => {
  it('finds a top-level part before the one it should follow', () => {
    const text = township.replace(PETITIONS, '').replace('二、巡察反馈问题整改情况', PETITIONS.replace('三、', '二、') + '三、巡察反馈问题整改情况');
    expect(order(text)).toEqual([[9, '部分顺序不当：“移交问题线索和信访件办理情况”应在“反馈意见逐条整改落实情况”之后']]);
  });

  it('leaves alone a part nested in another, which stands where that part does', () => {
    const text = township
      .replace(PETITIONS, '')
      .replace('二、巡察反馈问题整改情况', '（一）认真办理移交信访件。区委巡察组移交信访件3件，已全部办结。\n\n二、巡察反馈问题整改情况');
    expect(order(text)).toEqual([]);
  });
});
