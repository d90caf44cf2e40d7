/**
 * The counts a notice states and what they can be checked against: counts of
 * its own structure (`4个方面13类问题` against the aspects and problems under
 * the rectification part) and parts that must add up to a whole
 * (`82项整改措施已完成79项，剩余3项`; `立行立改的24项…阶段性整改的17项…长期…28项`
 * against the `69项任务` the breakdown stated). A count the document gives
 * no way to check yields nothing. The rule reports the checks that fail; the
 * hover shows any of them.
 */
import type { Heading, NoticeDocument, Range } from './model';
import { parseChineseNumeral } from './numerals';
import { proseLines } from './text';

export type Category = 'immediate' | 'phased' | 'longTerm' | 'done' | 'rest' | 'among';

export interface CountMention {
  line: number;
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  /** `方面`, `问题`, `任务`, `整改措施` … with modifiers dropped; '' when the count stands alone (`已完成79项`). */
  noun: string;
  /** What the text just before the count makes it: a part of some whole, or undefined for a whole or a plain count. */
  category: Category | undefined;
}

interface Part {
  mention: CountMention;
  category: Category;
}

export type CountCheck =
  | {
      kind: 'aspects' | 'problems';
      mention: CountMention;
      /** The aspects of the rectification part. */
      aspects: Heading[];
      /** What the document holds: the headings counted. */
      headings: Heading[];
      /** Another reading of `problems` one level further down, accepted too. */
      deeper: Heading[] | undefined;
      ok: boolean;
    }
  | {
      kind: 'sum';
      whole: CountMention;
      parts: Part[];
      /** Whether the parts must make the whole exactly, or may fall short (`已完成79项` alone). */
      exact: boolean;
      ok: boolean;
    };

const NUMBER = '[0-9０-９]+|[〇零一二三四五六七八九十百两]+';
/** A count; the character before it is checked in code (`第3项` is an ordinal), which keeps the regex quick to scan. */
const MENTION = new RegExp(
  `(${NUMBER})[ \\u3000]*(个|项|类|条|件)` +
    '((?:具体|突出|主要)?问题|方面|(?:整改|具体)?(?:任务|措施|事项)|规章制度|制度)?',
  'g',
);
/** Every count ends in one of these units. */
const UNIT = /[个项类条件]/;
const SENTENCE_END = /[。！？!?；;]/;
const CLAUSE_BREAK = /[，：,:]/;
const CATEGORIES: ReadonlyArray<readonly [Category, RegExp]> = [
  ['immediate', /立行立改|即知即改|立即整改/],
  ['phased', /阶段性|限期|短期|中期/],
  ['longTerm', /长期/],
  ['rest', /剩余|其余|尚未完成|未完成|正在推进|正在整改|持续推进|推进中|另有/],
  ['done', /已完成|已经完成|已办结|已整改|完成了|已落实/],
  ['among', /其中/],
];
const TIMEFRAMES: readonly Category[] = ['immediate', 'phased', 'longTerm'];
/** The sentence that breaks the feedback down: `将巡视反馈意见细化梳理为…`. */
const BREAKDOWN = /反馈/;

function toNumber(text: string): number {
  if (/^[0-9０-９]+$/.test(text)) return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return parseChineseNumeral(text.replace(/两/g, '二'));
}

function normalNoun(noun: string | undefined): string {
  if (!noun) return '';
  if (noun.endsWith('问题')) return '问题';
  return noun.replace(/^具体/, '').replace(/^整改(任务|事项)$/, '$1');
}

function categoryOf(prefix: string): Category | undefined {
  return CATEGORIES.find(([, cue]) => cue.test(prefix))?.[0];
}

/** The counts of one sentence, each with the text between it and the count before it (cut at a comma) as its cue. */
function mentionsOf(line: number, sentence: string, offset: number): CountMention[] {
  const mentions: CountMention[] = [];
  let previousEnd = 0;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(sentence); m; m = MENTION.exec(sentence)) {
    const value = toNumber(m[1]);
    if (!(value >= 0) || sentence[m.index - 1] === '第') continue;
    let cueStart = m.index;
    while (cueStart > previousEnd && !CLAUSE_BREAK.test(sentence[cueStart - 1])) cueStart--;
    const prefix = sentence.slice(cueStart, m.index);
    mentions.push({
      line,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: m[0],
      value,
      unit: m[2],
      noun: normalNoun(m[3]),
      category: categoryOf(prefix),
    });
    previousEnd = m.index + m[0].length;
  }
  return mentions;
}

interface Sentence {
  text: string;
  mentions: CountMention[];
}

function sentencesOf(doc: NoticeDocument): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of proseLines(doc)) {
    const text = doc.lines[line];
    if (!UNIT.test(text)) continue;
    let start = 0;
    for (const sentence of text.split(SENTENCE_END)) {
      // Checked per sentence too: MENTION tries every numeral, and `一` is everywhere.
      const mentions = UNIT.test(sentence) ? mentionsOf(line, sentence, start) : [];
      if (mentions.length) sentences.push({ text: sentence, mentions });
      start += sentence.length + 1;
    }
  }
  return sentences;
}

function sameKind(part: CountMention, whole: CountMention): boolean {
  return part.unit === whole.unit && (part.noun === '' || part.noun === whole.noun);
}

function sumCheck(whole: CountMention, parts: Part[]): CountCheck {
  const categories = new Set(parts.map((p) => p.category));
  const exact = categories.has('rest') || categories.has('among') || TIMEFRAMES.every((t) => categories.has(t)) || parts.length > 1;
  const total = parts.reduce((sum, p) => sum + p.mention.value, 0);
  return { kind: 'sum', whole, parts, exact, ok: exact ? total === whole.value : total <= whole.value };
}

/** The aspects the feedback was broken into: the rectification part's sub-headings other than the petitions part. */
function aspectsOf(doc: NoticeDocument): Heading[] {
  const part = doc.parts.rectification?.heading;
  if (!part) return [];
  const other = new Set([doc.parts.petitions?.heading, doc.parts.contact?.heading, doc.parts.nextSteps?.heading]);
  return part.children.filter((child) => !other.has(child));
}

export function checkCounts(doc: NoticeDocument): CountCheck[] {
  const checks: CountCheck[] = [];
  const sentences = sentencesOf(doc);
  const aspects = aspectsOf(doc);
  const totals = new Map<string, CountMention>();
  for (const { text, mentions } of sentences) {
    const isBreakdown = BREAKDOWN.test(text) && mentions.some((m) => m.noun === '方面' || m.noun === '问题');
    if (isBreakdown) {
      for (const mention of mentions) {
        if (mention.category !== undefined) continue;
        if (mention.noun === '方面' && aspects.length) {
          checks.push({ kind: 'aspects', mention, aspects, headings: aspects, deeper: undefined, ok: mention.value === aspects.length });
        } else if (mention.noun === '问题' && aspects.length) {
          const problems = aspects.flatMap((a) => a.children);
          const deeper = problems.flatMap((p) => p.children);
          if (problems.length) {
            const ok = mention.value === problems.length || (deeper.length > 0 && mention.value === deeper.length);
            checks.push({ kind: 'problems', mention, aspects, headings: problems, deeper: deeper.length ? deeper : undefined, ok });
          }
        } else if (mention.noun) {
          totals.set(mention.noun, mention);
        }
      }
    }
    // A whole and its parts within one sentence: `82项整改措施已完成79项，剩余3项`.
    let whole: CountMention | undefined;
    let parts: Part[] = [];
    const flush = () => {
      if (whole && parts.length) checks.push(sumCheck(whole, parts));
    };
    for (const mention of mentions) {
      if (mention.category === undefined) {
        flush();
        whole = mention;
        parts = [];
      } else if (whole && sameKind(mention, whole)) {
        parts.push({ mention, category: mention.category });
      }
    }
    flush();
    // Parts by timeframe with no whole beside them add up to the total the breakdown stated.
    const timeframed = mentions.filter((m) => m.category && TIMEFRAMES.includes(m.category) && m.noun);
    if (whole === undefined && timeframed.length >= 2 && timeframed.every((m) => m.noun === timeframed[0].noun)) {
      const total = totals.get(timeframed[0].noun);
      if (total) checks.push(sumCheck(total, timeframed.map((m) => ({ mention: m, category: m.category! }))));
    }
  }
  return checks;
}

export function mentionRange(mention: CountMention): Range {
  return { start: { line: mention.line, character: mention.start }, end: { line: mention.line, character: mention.end } };
}

/** Where a check is reported: the stated count, or for parts with the whole elsewhere, the parts. */
export function checkRange(check: CountCheck): Range {
  if (check.kind !== 'sum') return mentionRange(check.mention);
  const first = check.parts[0].mention;
  const last = check.parts[check.parts.length - 1].mention;
  const start = check.whole.line === first.line && check.whole.start < first.start ? check.whole : first;
  return { start: mentionRange(start).start, end: mentionRange(last).end };
}

/** Every count a check reads, for the hover. */
export function checkMentions(check: CountCheck): CountMention[] {
  return check.kind === 'sum' ? [check.whole, ...check.parts.map((p) => p.mention)] : [check.mention];
}

