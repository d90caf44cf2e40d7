import { describe, expect, it } from 'vitest';
import { CORPUS_000, corpusAvailable, readCorpus } from '../helpers/corpus';
import { draftNotice } from '../helpers/drafts';
import { applyEdits, findingsOf, flagged } from '../helpers/findings';

/** The contact paragraph comes on line 8 (0-based). */
function notice(contact: string): string {
  return draftNotice({ body: ['一、整改工作基本情况', '（一）加强组织领导。成立整改工作领导小组。', '', contact] });
}

const contacts = (contact: string) => {
  const text = notice(contact);
  const found = findingsOf('contact/format', text);
  return { found, text: flagged(text, found), messages: found.map((f) => f.message) };
};

describe('contact/format', () => {
  it('accepts landlines with area codes, mobiles, hotlines, extensions, postcodes and e-mail', () => {
    const { found } = contacts(
      '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0531-82867205、010-12345678、（0755）23456789、0531-82867205-8001；手机：13812345678；举报电话：12388；邮政信箱：示例市人民路40号市某局办公室，邮编：250002；电子邮箱：office_1@example.gov.cn。',
    );
    expect(found).toEqual([]);
  });

  it('accepts the ways offices list numbers: a local 12388, extensions after 转, office hours, numbers sharing an area code, two numbers a space apart', () => {
    const { found } = contacts(
      '欢迎监督。举报电话：0530-12388；联系电话：010-66091234转8001、010-66091234 转 8002；联系电话：0530-5123456（8:30-17:30，9：00至下午5:00）；联系电话：0530-5123456、5123457、5123458，0530-5123456/5123457；联系电话：0530-5123456 13812345678。',
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['联系电话：(0530)51234567。', '(0530)51234567', '电话号码格式有误：“(0530)51234567”（固定电话为区号加7至8位号码，手机号码为11位）'],
    ['联系电话：0530-5123456、512345。', '512345', '电话号码格式有误：“512345”（固定电话为区号加7至8位号码，手机号码为11位）'],
    ['联系电话：0531-8286720。', '0531-8286720', '电话号码格式有误：“0531-8286720”（固定电话为区号加7至8位号码，手机号码为11位）'],
    ['手机：1381234567。', '1381234567', '电话号码格式有误：“1381234567”（固定电话为区号加7至8位号码，手机号码为11位）'],
    ['联系电话：82867205。', '82867205', '固定电话“82867205”缺少区号'],
    ['邮政信箱：示例市人民路40号，邮编：25000。', '25000', '邮政编码应为6位数字，此处为“25000”'],
    ['电子邮箱：office@example。', 'office@example', '电子邮箱格式有误：“office@example”'],
    ['电子邮箱：office@@example.com。', 'office@@example.com', '电子邮箱格式有误：“office@@example.com”'],
    ['电子邮箱：mzjdgw163.com。', 'mzjdgw163.com', '电子邮箱格式有误：“mzjdgw163.com”缺少“@”'],
    ['E-mail: office.example.gov.cn', 'office.example.gov.cn', '电子邮箱格式有误：“office.example.gov.cn”缺少“@”'],
  ])('finds the malformed detail in “%s”', (line, detail, message) => {
    const { text, messages } = contacts(`欢迎广大干部群众进行监督。${line}`);
    expect(text).toEqual([detail]);
    expect(messages).toEqual([message]);
  });

  it('leaves a number or address cut by a broken line to structure/broken-line', () => {
    expect(contacts('欢迎广大干部群众进行监督。联系电话：0538-822\n4567；电子邮箱：rmyyjw@163.com。').found).toEqual([]);
    expect(contacts('欢迎广大干部群众进行监督。联系电话：0538-8224567；电子邮箱：rmyyjw\n@163.com。').found).toEqual([]);
    expect(contacts('欢迎广大干部群众进行监督。联系电话：0538-8224567、1\n3812345678；电子邮箱：rmyyjw@163.com。').found).toEqual([]);
    expect(contacts('欢迎广大干部群众进行监督，联系电话：0538-8224567、1\n3812345678；电子邮箱：rmyyjw@\n163.com。').found).toEqual([]);
    // A malformed number ending a whole paragraph is still reported.
    expect(contacts('欢迎广大干部群众进行监督，联系电话：0538-822\n\n中共示例市某局党组').text).toEqual(['0538-822']);
  });

  it('repairs a full-width at sign', () => {
    const contact = '欢迎广大干部群众进行监督。电子邮箱：office＠example.com。';
    const { found } = contacts(contact);
    expect(found).toHaveLength(1);
    expect(applyEdits(notice(contact), found[0].fixes![0].edits)).toBe(notice(contact.replace('＠', '@')));
  });

  it('finds a contact part that gives no channel at all', () => {
    const { found, messages } = contacts('欢迎广大干部群众对巡察整改落实情况进行监督，如有意见建议，请及时向我们反映。');
    expect(messages).toEqual(['联系方式部分未给出任何联系渠道（电话、电子邮箱、通信地址或网址）']);
    expect(found[0].range.start.line).toBe(8);
  });

  it('says nothing without a contact part, and ignores addresses, dates and counts', () => {
    expect(findingsOf('contact/format', '一、整改工作基本情况\n联系群众1234次。')).toEqual([]);
    expect(contacts('欢迎监督。来信请寄示例市人民路1234号1201室，2024年10月15日前有效。').found).toEqual([]);
  });

  it.runIf(corpusAvailable)('accepts the contact paragraph of corpus 000, and finds a digit dropped from it', () => {
    const text = readCorpus(CORPUS_000);
    expect(findingsOf('contact/format', text)).toEqual([]);
    const damaged = findingsOf('contact/format', text.replace('0531-82867205', '0531-8286725'));
    expect(damaged.map((f) => f.range.start.line + 1)).toEqual([130]);
  });
});
