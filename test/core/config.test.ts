import { describe, expect, it } from 'vitest';
import { analyze, mergeConfigs, readConfig, toAnalysisOptions } from '../../server/src/core';
import { completions } from '../../server/src/core/features/completion';
import { readFixture } from '../helpers/fixtures';

describe('configuration: reading', () => {
  it('reads rules, phrases and numbering styles', () => {
    const { config, problems } = readConfig(
      {
        $schema: './schemas/noticerc.schema.json',
        rules: { 'text/duplicate': 'off', 'count/mismatch': 'warning' },
        phrases: ['三抓三促', { phrase: '清廉机关', misspellings: ['清廉机光'] }],
        numberingStyles: ['一、', '（一）', '1、', '1.'],
      },
      'en',
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      rules: { 'text/duplicate': 'off', 'count/mismatch': 'warning' },
      phrases: [{ phrase: '三抓三促' }, { phrase: '清廉机关', misspellings: ['清廉机光'] }],
      numberingStyles: { chinese: ['、'], chineseParen: ['（）'], arabic: ['、', '.'] },
    });
  });

  it('keeps what is well-formed and names the rest, in the reader’s language', () => {
    const value = { rules: { 'text/duplicate': 'loud', 'no/such': 'off', 'count/mismatch': 'info' }, phrases: ['', 3], numberingStyles: ['x'], colour: 1 };
    const { config, problems } = readConfig(value, 'zh');
    expect(config).toEqual({ rules: { 'count/mismatch': 'info' }, phrases: [], numberingStyles: {} });
    expect(problems).toEqual([
      '未知的配置项“colour”（可用：rules、phrases、numberingStyles）',
      '规则“text/duplicate”的设置应为 off、info、warning 或 error，实为 "loud"',
      '未知的规则“no/such”',
      '“phrases”第1项应为非空文字，或带“phrase”文字的对象',
      '“phrases”第2项应为非空文字，或带“phrase”文字的对象',
      '“numberingStyles”中的“x”不是可识别的编号',
    ]);
    expect(readConfig([], 'en').problems).toEqual(['the configuration must be a JSON object']);
    expect(readConfig(undefined, 'en')).toEqual({ config: {}, problems: [] });
  });

  it('lays the workspace file over the settings: its severities win, phrases add up', () => {
    const settings = readConfig({ rules: { 'text/duplicate': 'off', 'date/invalid': 'info' }, phrases: ['三抓三促'] }, 'en').config;
    const file = readConfig({ rules: { 'text/duplicate': 'error' }, phrases: ['清廉机关'], numberingStyles: ['1.'] }, 'en').config;
    expect(mergeConfigs(settings, file)).toEqual({
      rules: { 'text/duplicate': 'error', 'date/invalid': 'info' },
      phrases: [{ phrase: '三抓三促' }, { phrase: '清廉机关' }],
      numberingStyles: { arabic: ['.'] },
    });
  });
});

describe('configuration: applied', () => {
  const draft = ['一、整改工作基本情况', '1、加强组织领导。', '2、细化整改任务，推动整改整改落地。'].join('\n');

  it('severities: off leaves a rule out, others change its findings’ severity', () => {
    const rules = (config: object) => analyze(draft, toAnalysisOptions(readConfig(config, 'en').config, 'en')).findings;
    expect(rules({}).find((f) => f.rule === 'text/duplicate')?.severity).toBe('warning');
    expect(rules({ rules: { 'text/duplicate': 'error' } }).find((f) => f.rule === 'text/duplicate')?.severity).toBe('error');
    expect(rules({ rules: { 'text/duplicate': 'off' } }).find((f) => f.rule === 'text/duplicate')).toBeUndefined();
  });

  it('numbering styles: markers of a style not accepted are reported with the accepted one as the fix', () => {
    const options = toAnalysisOptions(readConfig({ numberingStyles: ['1.'] }, 'zh').config, 'zh');
    const style = analyze(draft, options).findings.filter((f) => f.rule === 'numbering/style');
    expect(style.map((f) => f.message)).toEqual([
      '编号样式不符合设置：此级应为“1.”，实为“1、”',
      '编号样式不符合设置：此级应为“2.”，实为“2、”',
    ]);
    expect(style[0].fixes![0].edits[0].newText).toBe('1.');
    expect(analyze(draft, toAnalysisOptions(readConfig({ numberingStyles: ['1、'] }, 'zh').config, 'zh')).findings.filter((f) => f.rule === 'numbering/style')).toEqual([]);
  });

  it('an accepted style among others is the one the document keeps', () => {
    const mixed = ['一、整改工作基本情况', '1、加强组织领导。', '2.细化整改任务。', '3、强化督促检查。'].join('\n');
    const options = toAnalysisOptions(readConfig({ numberingStyles: ['1.'] }, 'zh').config, 'zh');
    const style = analyze(mixed, options).findings.filter((f) => f.rule === 'numbering/style');
    expect(style.map((f) => f.range.start.line)).toEqual([1, 3]);
  });

  it('completion writes new markers in the accepted style', () => {
    const text = '一、整改工作基本情况\n1、加强组织领导。\n';
    const position = { line: 2, character: 0 };
    const accepted = toAnalysisOptions(readConfig({ numberingStyles: ['1.'] }, 'zh').config, 'zh').numberingStyles;
    expect(completions(analyze(text), position, 'zh').map((item) => item.label)).toContain('2、');
    expect(completions(analyze(text, { numberingStyles: accepted }), position, 'zh').map((item) => item.label)).toContain('2.');
  });

  it('leaves the clean example clean under the default configuration', () => {
    expect(analyze(readFixture('examples/clean.notice'), toAnalysisOptions({}, 'en')).findings).toEqual([]);
  });
});
