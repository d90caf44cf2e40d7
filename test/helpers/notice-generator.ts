/**
 * Notices for property-based tests: fast-check arbitraries that write whole
 * notices in every layout the genre uses (LF or CRLF, a BOM or none, blank
 * lines between paragraphs or none, indentation by spaces, full-width spaces
 * or tabs, a final newline or none), numbered correctly by either scheme;
 * and numbering damage to do to any notice afterwards.
 */
import fc from 'fast-check';
import { parse } from '../../server/src/core';
import { formatInline } from '../../server/src/core/inline';
import { formatMarker } from '../../server/src/core/markers';
import type { MarkerFamily, MarkerStyle } from '../../server/src/core/model';
import { applyEdits } from '../../server/src/core/text-edits';

const PHRASES = ['加强组织领导', '细化整改任务', '健全长效机制', '压实主体责任', '强化督促检查', '完善制度建设', '推进问题整改', '抓好学习教育'];

const phrase = fc.constantFrom(...PHRASES);
const sentence = fc.tuple(phrase, phrase).map(([a, b]) => `${a}，${b}。`);
const indent = fc.constantFrom('', '  ', '\u3000\u3000', '\t');

/** `一是…；二是…。`, `第一，…；第二，…。` or (after an opening sentence) `①…；②…。` */
const enumeration = fc
  .tuple(fc.constantFrom('shi', 'di', 'circled') as fc.Arbitrary<'shi' | 'di' | 'circled'>, fc.array(phrase, { minLength: 2, maxLength: 4 }), sentence)
  .map(([kind, items, opening]) => {
    const list = items.map((text, i) => `${formatInline(kind, i + 1)}${kind === 'di' ? '，' : ''}${text}`).join('；') + '。';
    // A line that opens with ① would be a heading of the fifth level, not a list.
    return kind === 'circled' ? opening + list : list;
  });

const paragraph = fc.oneof(sentence, enumeration);

interface Node {
  indent: string;
  title: string;
  /** Body text on the heading's own line, after its title. */
  sameLine: string | undefined;
  paragraphs: string[];
  children: Node[];
}

function node(children: fc.Arbitrary<Node[]>, sameLine: fc.Arbitrary<string> = paragraph): fc.Arbitrary<Node> {
  return fc.record({
    indent,
    title: phrase,
    sameLine: fc.option(sameLine, { nil: undefined }),
    paragraphs: fc.array(paragraph, { maxLength: 2 }),
    children,
  });
}

// A `①` heading line holding a `②` would read as an inline list.
const leaf = node(fc.constant([]), sentence);
const level4 = node(fc.array(leaf, { maxLength: 2 }));
const level3 = node(fc.array(level4, { maxLength: 3 }));
const level2 = node(fc.array(level3, { maxLength: 4 }));
const level1 = node(fc.array(level2, { maxLength: 4 }));

export interface Layout {
  eol: '\n' | '\r\n';
  bom: boolean;
  finalNewline: boolean;
  blankLines: boolean;
}

const FAMILIES: MarkerFamily[] = ['chinese', 'chineseParen', 'arabic', 'arabicParen', 'circled'];

export const notices: fc.Arbitrary<string> = fc
  .record({
    layout: fc.record({
      eol: fc.constantFrom('\n', '\r\n') as fc.Arbitrary<'\n' | '\r\n'>,
      bom: fc.boolean(),
      finalNewline: fc.boolean(),
      blankLines: fc.boolean(),
    }),
    styles: fc.tuple(
      fc.constant<MarkerStyle>('、'),
      fc.constantFrom<MarkerStyle>('（）', '()'),
      fc.constantFrom<MarkerStyle>('.', '、', '．'),
      fc.constantFrom<MarkerStyle>('（）', '()'),
      fc.constant<MarkerStyle>('○'),
    ),
    /** Whether the `1.` level runs on across the `（一）` items of a part. */
    continuous: fc.boolean(),
    roots: fc.array(level1, { minLength: 1, maxLength: 5 }),
    contact: fc.boolean(),
  })
  .map(({ layout, styles, continuous, roots, contact }) => {
    const lines: string[] = ['中共青川市某局党组', '关于市委巡察整改进展情况的通报', '', '根据市委统一部署，市委巡察组对本局开展了巡察。'];
    const add = (line: string) => (layout.blankLines ? lines.push('', line) : lines.push(line));
    const write = (nodes: Node[], depth: number, firstNumber: number) => {
      let arabicNext = 1;
      nodes.forEach((n, i) => {
        const family = FAMILIES[depth];
        const marker = formatMarker(family, styles[depth], firstNumber + i);
        add(`${n.indent}${marker}${n.title}${n.sameLine ? `。${n.sameLine}` : ''}`);
        for (const text of n.paragraphs) add(n.indent + text);
        // Under continuous numbering the `1.` items under one part count on across its `（一）` items.
        const childStart = family === 'chineseParen' && continuous ? arabicNext : 1;
        write(n.children, depth + 1, childStart);
        if (family === 'chineseParen') arabicNext += n.children.length;
      });
    };
    write(roots, 0, 1);
    if (contact) add('欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0999-12345678。');
    add('中共青川市某局党组');
    add('2024年10月15日');
    const text = lines.join(layout.eol) + (layout.finalNewline ? layout.eol : '');
    return layout.bom ? `\ufeff${text}` : text;
  });

const OTHER_STYLES: Partial<Record<MarkerFamily, MarkerStyle[]>> = {
  chineseParen: ['（）', '()', '(）', '（)'],
  arabic: ['.', '、', '．'],
  arabicParen: ['（）', '()', '(）', '（)'],
};

/** One change to a number or a marker style, aimed at the `target`-th marker (modulo their count). */
export interface Damage {
  kind: 'number' | 'style' | 'swap' | 'inline';
  target: number;
  value: number;
}

export const damages: fc.Arbitrary<Damage[]> = fc.array(
  fc.record({
    kind: fc.constantFrom('number', 'style', 'swap', 'inline') as fc.Arbitrary<Damage['kind']>,
    target: fc.nat(),
    value: fc.integer({ min: 1, max: 30 }),
  }),
  { minLength: 1, maxLength: 6 },
);

/**
 * Applies the damage to `text`, each change to the text the previous one
 * left. A change that would make a line read as something other than a
 * marker of the same level is skipped: damage to numbering, never to structure.
 */
export function damage(text: string, changes: readonly Damage[]): string {
  return changes.reduce(damageOnce, text);
}

function damageOnce(text: string, { kind, target, value }: Damage): string {
  const doc = parse(text);
  if (kind === 'inline') {
    const items = doc.enumerations.flatMap((e) => e.items);
    if (items.length === 0) return text;
    const item = items[target % items.length];
    return applyEdits(text, [{ range: item.range, newText: formatInline(item.kind, value) }]);
  }
  if (doc.headings.length === 0) return text;
  const heading = doc.headings[target % doc.headings.length];
  const { family, style, number } = heading.marker;
  const edits = [];
  if (kind === 'number') edits.push({ range: heading.marker.range, newText: formatMarker(family, style, value) });
  if (kind === 'style') {
    const styles = OTHER_STYLES[family] ?? [style];
    edits.push({ range: heading.marker.range, newText: formatMarker(family, styles[value % styles.length], number) });
  }
  if (kind === 'swap') {
    const next = doc.headings.find((h) => h.line > heading.line && h.marker.family === family);
    if (!next) return text;
    edits.push({ range: heading.marker.range, newText: next.marker.text }, { range: next.marker.range, newText: heading.marker.text });
  }
  const damaged = applyEdits(text, edits);
  const still = parse(damaged).headings.map((h) => h.marker.family);
  return still.length === doc.headings.length && still.every((f, i) => f === doc.headings[i].marker.family) ? damaged : text;
}
