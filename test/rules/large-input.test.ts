/**
 * Drafts far larger or stranger than any notice: every rule still answers,
 * with one finding per real problem. A rule that rescans a line for each
 * thing it finds would not finish these within the test timeout.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core';

const rulesOf = (text: string) => analyze(text).findings.map((f) => f.rule);

describe('large and odd input', () => {
  it('a contact paragraph listing fifty thousand phone numbers', () => {
    const text = `欢迎监督。联系电话：${'0531-82867205、'.repeat(50_000)}0531-8286720。`;
    expect(rulesOf(text).filter((rule) => rule === 'contact/format')).toHaveLength(1);
  });

  it('twenty thousand suppression comments, each silencing the next line', () => {
    const text = '<!-- notice-disable-next-line text/duplicate -->\n存在的的问题。\n'.repeat(20_000);
    const rules = rulesOf(text);
    expect(rules.filter((rule) => rule === 'text/duplicate')).toEqual([]);
    expect(rules.filter((rule) => rule === 'suppression/comment')).toHaveLength(20_000);
  });

  it('sixty thousand dates and thirty thousand comrades on one line', () => {
    expect(rulesOf('12月31日至'.repeat(60_000)).filter((rule) => rule === 'date/invalid')).toEqual([]);
    expect(rulesOf('党组书记王同志，'.repeat(30_000)).filter((rule) => rule === 'phrase/standard')).toEqual([]);
  });

  it('a hundred thousand repeated clauses and counts', () => {
    expect(rulesOf('加强监督，'.repeat(100_000)).filter((rule) => rule === 'text/duplicate')).toHaveLength(1);
    expect(rulesOf('共82项整改措施已完成79项，剩余3项；'.repeat(20_000)).filter((rule) => rule === 'count/mismatch')).toEqual([]);
  });
});
