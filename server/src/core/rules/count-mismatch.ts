/**
 * `count/mismatch`: a stated count of the document's own structure that
 * differs from what the document holds (`4个方面13类问题`), and parts that do
 * not add up to their whole (`82项…已完成79项，剩余3项`). The checks are in
 * `counts.ts`; the explanations here serve the finding and the hover alike.
 * A count that differs from the document can be restated to what it holds;
 * parts that do not add up get no fix, as the text does not tell which is wrong.
 */
import { checkCounts, checkRange, mentionRange, type Category, type CountCheck, type CountMention } from '../counts';
import { replaceFix } from '../fixes';
import { localize, type Locale, type Message } from '../i18n';
import type { Fix } from '../model';
import { toChineseNumeral } from '../numerals';
import type { Rule } from './rule';

const messages = {
  aspects: {
    zh: (a) => `反馈意见整改部分实有${a.count}个方面（${a.first}至${a.last}）`,
    en: (a) => `the rectification part has ${a.count} aspects (${a.first} to ${a.last})`,
  },
  problems: {
    zh: (a) => `各方面之下实有${a.count}个问题（${a.each}）`,
    en: (a) => `the aspects hold ${a.count} problems (${a.each})`,
  },
  flatProblems: {
    zh: (a) => `反馈意见整改部分实有${a.count}个问题（${a.first}至${a.last}）`,
    en: (a) => `the rectification part has ${a.count} problems (${a.first} to ${a.last})`,
  },
  perAspect: {
    zh: (a) => `${a.aspect}${a.count}个`,
    en: (a) => `${a.count} under ${a.aspect}`,
  },
  deeper: {
    zh: (a) => `，再下一级共${a.count}项`,
    en: (a) => `, and ${a.count} items one level further down`,
  },
  sum: {
    zh: (a) => `${a.parts} = ${a.total}，总数为“${a.whole}”${a.where}`,
    en: (a) => `${a.parts} = ${a.total}, against a total of “${a.whole}”${a.where}`,
  },
  onePart: {
    zh: (a) => `${a.parts}，总数为“${a.whole}”${a.where}`,
    en: (a) => `${a.parts}, against a total of “${a.whole}”${a.where}`,
  },
  part: {
    zh: (a) => `${a.value}（${a.category}）`,
    en: (a) => `${a.value} (${a.category})`,
  },
  where: {
    zh: (a) => `（第${a.line}行）`,
    en: (a) => ` (line ${a.line})`,
  },
  structureMismatch: {
    zh: (a) => `数量不符：写明“${a.stated}”，${a.actual}`,
    en: (a) => `Count mismatch: the text states “${a.stated}”, but ${a.actual}`,
  },
  sumMismatch: {
    zh: (a) => `分项之和与总数不符：${a.detail}`,
    en: (a) => `The parts do not add up: ${a.detail}`,
  },
  sumExceeds: {
    zh: (a) => `分项之和超过总数：${a.detail}`,
    en: (a) => `The parts exceed the total: ${a.detail}`,
  },
  hover: {
    zh: (a) => `**${a.stated}**：${a.detail}。${a.verdict}`,
    en: (a) => `**${a.stated}**: ${a.detail}. ${a.verdict}`,
  },
  agrees: { zh: () => '与文中相符。', en: () => 'This agrees with the document.' },
  disagrees: { zh: () => '与文中不符。', en: () => 'This does not agree with the document.' },
} satisfies Record<string, Message>;

const CATEGORY_NAMES: Record<Category, Record<Locale, string>> = {
  immediate: { zh: '立行立改', en: 'immediate' },
  phased: { zh: '阶段性', en: 'phased' },
  longTerm: { zh: '长期', en: 'long-term' },
  done: { zh: '已完成', en: 'done' },
  rest: { zh: '其余', en: 'remaining' },
  among: { zh: '其中', en: 'of which' },
};

/** What the document holds, or how the parts add up, in the reader's language. */
function explainCount(check: CountCheck, locale: Locale): string {
  if (check.kind === 'sum') {
    const parts = check.parts
      .map((p) => localize(locale, messages.part, { value: p.mention.value, category: CATEGORY_NAMES[p.category][locale] }))
      .join(' + ');
    const total = check.parts.reduce((sum, p) => sum + p.mention.value, 0);
    const sameLine = check.parts.every((p) => p.mention.line === check.whole.line);
    const where = sameLine ? '' : localize(locale, messages.where, { line: check.whole.line + 1 });
    return localize(locale, check.parts.length === 1 ? messages.onePart : messages.sum, { parts, total, whole: check.whole.text, where });
  }
  const { headings } = check;
  const span = { count: headings.length, first: headings[0].marker.text, last: headings[headings.length - 1].marker.text };
  const actual =
    check.kind === 'aspects'
      ? localize(locale, messages.aspects, span)
      : check.aspects.length === 0
        ? localize(locale, messages.flatProblems, span)
        : localize(locale, messages.problems, {
          count: headings.length,
          each: check.aspects
            .map((aspect) => localize(locale, messages.perAspect, { aspect: aspect.marker.text, count: aspect.children.length }))
            .join(locale === 'zh' ? '、' : ', '),
        });
  return check.deeper ? actual + localize(locale, messages.deeper, { count: check.deeper.length }) : actual;
}

/** The hover's text for a check: the stated count, what the document holds, and whether they agree. */
export function countHover(check: CountCheck, locale: Locale): string {
  const stated = check.kind === 'sum' ? check.whole.text : check.mention.text;
  const verdict = localize(locale, check.ok ? messages.agrees : messages.disagrees, {});
  return localize(locale, messages.hover, { stated, detail: explainCount(check, locale), verdict });
}

const NUMERAL_RUN = /^(?:[0-9]+|[０-９]+|[〇零一二三四五六七八九十百两]+)/;
const FULL_WIDTH_ZERO = 0xff10;

/** `value` written as `number` is: in digits of its width, or in Chinese numerals (两 for 2, as before a measure word). */
function writtenLike(number: string, value: number): string {
  const code = number.charCodeAt(0);
  if (code >= FULL_WIDTH_ZERO) return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));
  if (code <= 0x39) return String(value);
  return value === 2 ? '两' : toChineseNumeral(value);
}

/** Changes the stated count to `value`, its unit and noun kept: `13类问题` → `12类问题`. */
function restateFix(locale: Locale, mention: CountMention, value: number): Fix {
  const number = NUMERAL_RUN.exec(mention.text)![0];
  const restated = writtenLike(number, value) + mention.text.slice(number.length);
  return replaceFix(locale, mentionRange(mention), mention.text, restated);
}

export const countMismatch: Rule = {
  id: 'count/mismatch',
  defaultSeverity: 'error',
  check(doc, { locale }) {
    return checkCounts(doc)
      .filter((check) => !check.ok)
      .map((check) => {
        const detail = explainCount(check, locale);
        if (check.kind === 'sum') {
          // Which of the parts or the whole is wrong, the text does not tell.
          return { range: checkRange(check), message: localize(locale, check.exact ? messages.sumMismatch : messages.sumExceeds, { detail }) };
        }
        const message = localize(locale, messages.structureMismatch, { stated: check.mention.text, actual: detail });
        const fixes = [restateFix(locale, check.mention, check.headings.length)];
        if (check.deeper && check.deeper.length !== check.headings.length) fixes.push(restateFix(locale, check.mention, check.deeper.length));
        return { range: checkRange(check), message, fixes };
      });
  },
};
