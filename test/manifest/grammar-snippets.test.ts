/**
 * The static parts of the extension: the TextMate grammar, the snippets and
 * the manifest's localised strings. The grammar is run in the engine VS Code
 * colours with (vscode-textmate over Oniguruma), on lines written for the
 * purpose; ./grammar-engine.test.ts runs it on whole notices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OnigScanner } from 'vscode-oniguruma';
import type { IGrammar } from 'vscode-textmate';
import { analyze } from '../../server/src/core';
import { noticeGrammar, tokenizeLines } from '../helpers/textmate';

const root = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
}

const pkg = readJson('package.json');
const grammarJson = readJson('syntaxes/notice.tmLanguage.json') as { scopeName: string; repository: Record<string, Rule> };
const snippets = readJson('snippets/notice.code-snippets') as Record<
  string,
  { prefix: string[]; body: string[]; description: string }
>;

/** Every regex in a rule and its nested patterns. */
function regexesOf(rule: Rule): string[] {
  const own = [rule.match, rule.begin, rule.end].filter((r): r is string => r !== undefined);
  return own.concat((rule.patterns ?? []).flatMap(regexesOf));
}

let grammar: IGrammar;
beforeAll(async () => {
  grammar = await noticeGrammar();
});

/**
 * The matches of `scope` in `line`, coloured on its own. A match whose parts
 * are scoped apart (a quotation and its marks) comes as several tokens, each
 * scoped differently; two matches side by side come as tokens scoped alike.
 */
function coloured(line: string, scope: string): string[] {
  const matches: string[] = [];
  let previous: string | undefined;
  for (const token of tokenizeLines(grammar, [line])[0]) {
    const scopes = token.scopes.includes(scope) ? token.scopes.join(' ') : undefined;
    if (scopes !== undefined && previous !== undefined && scopes !== previous) matches[matches.length - 1] += token.text;
    else if (scopes !== undefined) matches.push(token.text);
    previous = scopes;
  }
  return matches;
}

const MARKER_SCOPES = [
  'punctuation.definition.heading.marker.level1.notice',
  'keyword.control.marker.level2.notice',
  'entity.name.type.marker.level3.notice',
  'entity.name.function.marker.level4.notice',
  'variable.other.enummember.marker.level5.notice',
];

/** The level (1–5) of the first marker coloured on `line`, and the marker. */
function firstMarker(line: string): [level: number, marker: string] | undefined {
  for (const token of tokenizeLines(grammar, [line])[0]) {
    const level = MARKER_SCOPES.findIndex((scope) => token.scopes.includes(scope));
    if (level >= 0) return [level + 1, token.text];
  }
  return undefined;
}

describe('grammar', () => {
  it('is the text.notice grammar the manifest contributes', () => {
    expect(grammarJson.scopeName).toBe('text.notice');
    expect(pkg.contributes.grammars).toEqual([
      { language: 'notice', scopeName: 'text.notice', path: './syntaxes/notice.tmLanguage.json' },
    ]);
  });

  it('has only regexes Oniguruma compiles', () => {
    const all = Object.values(grammarJson.repository).flatMap(regexesOf);
    expect(all.length).toBeGreaterThan(20);
    for (const source of all) expect(() => new OnigScanner([source]), source).not.toThrow();
    expect(() => new OnigScanner(['(unclosed'])).toThrow();
  });

  it('gives each heading level a scope of its own', () => {
    expect(new Set(MARKER_SCOPES.map((s) => s.split('.').slice(0, 3).join('.'))).size).toBe(5);
  });

  // Line → the level whose marker starts it (5 = circled), and the marker.
  const headingLines: [string, number, string][] = [
    ['一、整改工作基本情况', 1, '一、'],
    ['十一、其他事项', 1, '十一、'],
    ['　　二、市委巡察组反馈意见整改落实情况', 1, '二、'],
    ['## 三、下一步工作打算', 1, '三、'],
    ['**四、加强组织领导**', 1, '四、'],
    ['（一）加强组织领导。成立领导小组。', 2, '（一）'],
    ['(二)细化整改任务', 2, '(二)'],
    ['  （十二）健全长效机制。', 2, '（十二）'],
    ['### （三）压实整改责任', 2, '（三）'],
    ['1. 关于理论学习不深入的问题。一是……', 3, '1.'],
    ['2、关于制度执行不严格的问题', 3, '2、'],
    ['13．关于干部队伍建设的问题', 3, '13．'],
    ['　　**4.** 关于选人用人的问题', 3, '4.'],
    ['（1）关于落实不到位方面。①健全机制。', 4, '（1）'],
    ['(2)关于监督不力方面', 4, '(2)'],
    ['①制定学习计划。', 5, '①'],
    ['　　⑳第二十项措施。', 5, '⑳'],
    ['㉑第二十一项措施。', 5, '㉑'],
    ['㊿第五十项措施。', 5, '㊿'],
  ];

  it.each(headingLines)('%s is level %i only', (line, level, marker) => {
    expect(firstMarker(line)).toEqual([level, marker]);
  });

  it.each([
    '1.5倍于去年',
    '2022-01-17',
    '2021年3月9日至6月5日',
    '一是提高政治站位。',
    '统一思想，提高认识。',
    '（注：以上数据截至6月底）',
    '第一，加强学习。',
    '12388举报电话',
  ])('%s is no heading', (line) => {
    expect(firstMarker(line)).toBeUndefined();
  });

  const INLINE = 'variable.other.enumeration.inline.notice';

  it('finds inline enumerations at clause starts only', () => {
    expect(coloured('一是加强学习；二是健全制度，三是强化监督。四是严肃问责。', INLINE)).toEqual(['一是', '二是', '三是', '四是']);
    expect(coloured('1. 关于学习的问题。十一是最后一项', INLINE)).toEqual(['十一是']);
    expect(coloured('统一是前提，唯一是标准，是否整改到位', INLINE)).toEqual([]);
    expect(coloured('第一，提高认识；第二，压实责任；第三、强化监督。', INLINE)).toEqual(['第一', '第二', '第三']);
    expect(coloured('履行第一责任人职责，第十一届委员会', INLINE)).toEqual([]);
  });

  it('finds inline circled numbers', () => {
    expect(coloured('（2）关于制度建设方面。①修订办法。②建立台账。㉒其他。', MARKER_SCOPES[4])).toEqual(['①', '②', '㉒']);
  });

  it('finds dates', () => {
    const dates = (line: string) => coloured(line, 'constant.numeric.date.notice');
    expect(dates('2023年4月10日至6月2日，巡察组进驻。7月14日反馈。')).toEqual(['2023年4月10日至6月2日', '7月14日']);
    expect(dates('2024年1月17日')).toEqual(['2024年1月17日']);
    expect(dates('发布时间：2024-01-17')).toEqual(['2024-01-17']);
    expect(dates('二〇二四年一月十七日')).toEqual(['二〇二四年一月十七日']);
    expect(dates('电话：0791-86123456，共12项')).toEqual([]);
  });

  it('finds counts', () => {
    const counts = (line: string) => coloured(line, 'constant.numeric.count.notice');
    expect(counts('细化为4个方面13类问题69项任务，制定82项整改措施，已完成24项，召开会议35次。')).toEqual([
      '4个方面',
      '13类问题',
      '69项任务',
      '82项整改措施',
      '24项',
      '35次',
    ]);
    expect(counts('2024年1月17日')).toEqual([]);
  });

  it('finds contact details', () => {
    const line = '电话：0791-86123456，12388，13912345678；邮政信箱：青松县人民路1号，邮编：330000；电子邮箱：qsly_xc@example.com。';
    expect(coloured(line, 'markup.underline.link.contact.phone.notice')).toEqual(['0791-86123456', '12388', '13912345678']);
    expect(coloured(line, 'markup.underline.link.contact.postcode.notice')).toEqual(['330000']);
    expect(coloured(line, 'markup.underline.link.contact.email.notice')).toEqual(['qsly_xc@example.com']);
    expect(coloured('共123885人，2024年', 'markup.underline.link.contact.phone.notice')).toEqual([]);
  });

  it('finds quoted phrases and book titles, a quotation inside a title being part of the title', () => {
    const line = '做到“两个维护”，印发《青松县“清廉机关”建设方案》和‘试行’稿。';
    expect(coloured(line, 'string.quoted.double.notice')).toEqual(['“两个维护”']);
    expect(coloured(line, 'string.quoted.single.notice')).toEqual(['‘试行’']);
    expect(coloured(line, 'string.quoted.other.book-title.notice')).toEqual(['《青松县“清廉机关”建设方案》']);
  });

  const titles = ['关于县委第三轮巡察整改进展情况的通报', '中共青松县林业局党组关于市委巡察整改情况的通报'];
  const notTitles = ['中共青松县林业局党组', '关于加强机关党建工作的通知', '根据统一部署，关于整改情况的通报如下。', ''];

  it('recognises the title line, in the grammar and as the language’s first line', () => {
    // VS Code matches `firstLine` with a JavaScript RegExp.
    const firstLine = new RegExp(pkg.contributes.languages[0].firstLine);
    for (const t of titles) {
      expect(coloured(t, 'markup.heading.title.notice'), t).toEqual([t]);
      expect(firstLine.test(t), t).toBe(true);
    }
    for (const t of notTitles) {
      expect(coloured(t, 'markup.heading.title.notice'), t).toEqual([]);
      expect(firstLine.test(t), t).toBe(false);
    }
    expect(firstLine.test('# 关于省委巡视整改进展情况的通报')).toBe(true);
    expect(coloured('中共青松县林业局党组', 'markup.heading.issuer.notice')).toEqual(['中共青松县林业局党组']);
  });
});

/** Expands a snippet body as VS Code would with every default accepted. */
function expand(body: string): string {
  const defaults = new Map<string, string>();
  let text = body
    .replace(/\$\{CURRENT_\w+\/[^/]*\/[^/]*\/\w*\}/g, '1')
    .replace(/\$CURRENT_YEAR/g, '2024')
    .replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, (_, n: string, first: string) => (defaults.set(n, first), first));
  const mirror = /\$\{(\d+)\}|\$(\d+)/g;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{(\d+):([^{}$]*)\}/g, (_, n: string, value: string) => (defaults.set(n, value), value))
      .replace(mirror, (all, a?: string, b?: string) => defaults.get(a ?? b!) ?? all);
  }
  return text.replace(mirror, '');
}

describe('snippets', () => {
  const entries = Object.entries(snippets);

  it.each(entries)('%s has an ASCII and a Chinese prefix', (_, snippet) => {
    expect(Array.isArray(snippet.prefix)).toBe(true);
    expect(snippet.prefix.some((p) => /^[a-z][a-z0-9-]*$/.test(p))).toBe(true);
    expect(snippet.prefix.some((p) => /^[\u4e00-\u9fff]/.test(p))).toBe(true);
    expect(snippet.description).toBeTruthy();
  });

  it('uses each prefix once', () => {
    const prefixes = entries.flatMap(([, s]) => s.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it.each(entries)('%s expands to Chinese text with full-width punctuation', (_, snippet) => {
    const text = expand(snippet.body.join('\n'));
    expect(text).not.toMatch(/\$/);
    // Half-width punctuation is allowed only in the `1.` marker and in e-mail addresses.
    expect(text.replace(/^\d+\. /gm, '').replace(/\S+@\S+\.com/g, '')).not.toMatch(/[,;:()!?]|\.(?!\d)/);
  });

  const skeleton = expand(entries.find(([, s]) => s.prefix.includes('notice'))![1].body.join('\n'));

  it('the skeleton holds the title, the opening and all five parts', () => {
    expect(skeleton).toMatch(/^中共.+党组\n关于.+巡视整改进展情况的通报\n/);
    expect(skeleton).toMatch(/统一部署，.+年.+月.+日至.+月.+日，.+常规巡视。.+反馈了巡视意见。/);
    expect(skeleton).toContain('按照巡视工作有关要求，现将巡视整改进展情况予以公布。');
    expect(skeleton).toMatch(/^一、整改工作基本情况$/m);
    expect(skeleton).toMatch(/^二、.*反馈意见整改落实情况$/m);
    expect(skeleton).toMatch(/^（一）关于.+$/m);
    expect(skeleton).toMatch(/^1\. /m);
    expect(skeleton).toMatch(/^（二）关于巡视移交问题线索和信访件办理情况$/m);
    expect(skeleton).toMatch(/^三、下一步工作打算$/m);
    expect(skeleton).toMatch(/欢迎广大干部群众.+监督.+电话：.+邮政信箱：.+邮编：.+电子邮箱：/);
    expect(skeleton).toMatch(/一是.+二是.+三是/);
    expect(skeleton).toMatch(/\n中共.+党组\n\n2024年1月1日\n$/);
  });

  it('the skeleton passes the structural checks', () => {
    const structural = analyze(skeleton).findings.filter((f) =>
      /^(numbering|section|structure)\//.test(f.rule),
    );
    expect(structural).toEqual([]);
  });
});

describe('manifest strings', () => {
  const keys = new Set<string>();
  JSON.stringify(pkg, (_, value: unknown) => {
    const m = typeof value === 'string' ? /^%([\w.-]+)%$/.exec(value) : null;
    if (m) keys.add(m[1]);
    return value;
  });
  const en = readJson('package.nls.json') as Record<string, string>;
  const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;

  it('localises the display name, the language alias and every setting', () => {
    expect(keys).toContain('displayName');
    expect(keys).toContain('language.alias');
    expect(pkg.contributes.languages[0].aliases[0]).toBe('%language.alias%');
    for (const setting of Object.values(pkg.contributes.configuration.properties) as { description: string }[]) {
      expect(setting.description).toMatch(/^%.+%$/);
    }
  });

  it.each([
    ['package.nls.json', en],
    ['package.nls.zh-cn.json', zh],
  ])('%s has every key the manifest uses, and no other', (_, strings) => {
    expect(Object.keys(strings).sort()).toEqual([...keys].sort());
    for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
  });

  it('shows the names in the right language', () => {
    expect(zh['language.alias']).toBe('整改通报');
    expect(en['language.alias']).toBe('Rectification notice');
    expect(zh.displayName).toMatch(/[\u4e00-\u9fff]/);
    expect(en.displayName).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
