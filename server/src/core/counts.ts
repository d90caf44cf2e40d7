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
import { codeTable, proseLines } from './text';

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
      /** The aspects of the rectification part; empty when its sub-headings are the problems themselves. */
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

/**
 * A count is a number, spaces, a unit and perhaps the noun counted:
 * `([0-9０-９]+|[〇零一二三四五六七八九十百两]+)[ \u3000]*(个|项|类|条|件)(noun)?`.
 * It is read from its unit backwards (`readMention`), not with that pattern:
 * the pattern tries every numeral, and `一` is everywhere. The units are found
 * in the whole text at once by UNIT_AFTER_NUMBER, which takes in only those
 * a count can end on.
 */
const DIGIT_CHARS = '0123456789０１２３４５６７８９';
const CHINESE_NUMERAL_CHARS = '〇零一二三四五六七八九十百两';
const SPACE_CHARS = ' \u3000';
const UNIT_AFTER_NUMBER = new RegExp(`[${DIGIT_CHARS}${CHINESE_NUMERAL_CHARS}${SPACE_CHARS}][个项类条件]`, 'g');
const NOUN_AT = /(?:具体|突出|主要)?问题|方面|(?:整改|具体)?(?:任务|措施|事项)|规章制度|制度/y;
const DIGITS = codeTable(DIGIT_CHARS);
const CHINESE_NUMERALS = codeTable(CHINESE_NUMERAL_CHARS);
const NUMBER_TO_UNIT = codeTable(SPACE_CHARS);
const SENTENCE_ENDS = codeTable('。！？!?；;');
const SEMICOLONS = codeTable('；;');
/** What ends a count's cue: a clause break, or the sentence's end. */
const CUE_BREAKS = codeTable('，：,:。！？!?；;');
const CATEGORIES: ReadonlyArray<readonly [Category, RegExp]> = [
  ['immediate', /立行立改|即知即改|立即整改/],
  ['phased', /阶段性|限期|短期|中期/],
  ['longTerm', /长期/],
  ['rest', /剩余|其余|尚未完成|未完成|基本完成|正在[^，。；,;]{0,5}(?:推进|整改|办理)|持续推进|推进中|另有/],
  ['done', /已完成|已经完成|已办结|已整改|完成了|已落实|已完工|已竣工|已销号|已建成/],
  ['among', /其中/],
];
const TIMEFRAMES: readonly Category[] = ['immediate', 'phased', 'longTerm'];
/** A timeframe's count said to be done (`阶段性任务已完成17项`). */
const DONE_CUE = /已完成|已全部完成|已经完成|已办结/;
/** The sentence that breaks the feedback down: `将巡视反馈意见细化梳理为…`. */
const BREAKDOWN = /反馈/;
/** A count of an earlier inspection's feedback (`对上轮巡察反馈的3个问题开展“回头看”`), not of this one's. */
const PREVIOUS_ROUND = /上一?轮|上次|上一次|前一?轮|前次|以往|历次|往届|上届/;

/** The value of a run of digits (full-width ones too) or of Chinese numerals, as `readMention` reads them. */
function toNumber(run: string): number {
  if (DIGITS[run.charCodeAt(0)] !== 1) return parseChineseNumeral(run.includes('两') ? run.replace(/两/g, '二') : run);
  let ascii = '';
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    ascii += code >= 0xff10 ? String.fromCharCode(code - 0xff10 + 0x30) : run[i];
  }
  return Number(ascii);
}

function normalNoun(noun: string | undefined): string {
  if (!noun) return '';
  if (noun.endsWith('问题')) return '问题';
  // `具体措施` → `措施`, `整改任务` → `任务`: string tests, as a count's noun is one of a few.
  const plain = noun.startsWith('具体') ? noun.slice(2) : noun;
  return plain === '整改任务' || plain === '整改事项' ? plain.slice(2) : plain;
}

/** Any of the cues, tested first: most counts have none. */
const ANY_CATEGORY = new RegExp(CATEGORIES.map(([, cue]) => cue.source).join('|'));

function categoryOf(prefix: string): Category | undefined {
  return ANY_CATEGORY.test(prefix) ? CATEGORIES.find(([, cue]) => cue.test(prefix))?.[0] : undefined;
}

/** Where a run of characters of `table` that ends before `end` starts, going back no further than `limit`. */
function runStart(text: string, end: number, limit: number, table: Uint8Array): number {
  let start = end;
  while (start > limit && table[text.charCodeAt(start - 1)] === 1) start--;
  return start;
}

/**
 * The count whose unit stands at `unit`, as the leftmost-first scan with the
 * pattern above would read it from `from` on: the whole run of one kind of
 * numeral before the unit and its spaces, and the noun after it, if any.
 */
function readMention(text: string, unit: number, from: number): { start: number; number: string; noun: string | undefined } | undefined {
  const numberEnd = runStart(text, unit, from, NUMBER_TO_UNIT);
  if (numberEnd === from) return undefined;
  const last = text.charCodeAt(numberEnd - 1);
  const numerals = DIGITS[last] === 1 ? DIGITS : CHINESE_NUMERALS[last] === 1 ? CHINESE_NUMERALS : undefined;
  if (!numerals) return undefined;
  const start = runStart(text, numberEnd, from, numerals);
  NOUN_AT.lastIndex = unit + 1;
  return { start, number: text.slice(start, numberEnd), noun: NOUN_AT.exec(text)?.[0] };
}

/** The counts of one sentence. */
type Sentence = CountMention[];

/** The text of a sentence, wanted only for the few that may break the feedback down. */
function sentenceText(doc: NoticeDocument, mentions: Sentence): string {
  const text = doc.lines[mentions[0].line];
  let start = mentions[0].start;
  let end = mentions[mentions.length - 1].end;
  while (start > 0 && SENTENCE_ENDS[text.charCodeAt(start - 1)] !== 1) start--;
  while (end < text.length && SENTENCE_ENDS[text.charCodeAt(end)] !== 1) end++;
  return text.slice(start, end);
}

/** The offsets in `text` of the units that follow a numeral or a space, in order. */
function unitOffsets(text: string): number[] {
  const offsets: number[] = [];
  UNIT_AFTER_NUMBER.lastIndex = 0;
  for (let m = UNIT_AFTER_NUMBER.exec(text); m; m = UNIT_AFTER_NUMBER.exec(text)) offsets.push(m.index + 1);
  return offsets;
}

/**
 * The sentences of the prose lines (split at SENTENCE_ENDS) that hold counts,
 * each count with the text between it and the count before it (cut at a
 * comma) as its cue.
 */
function sentencesOf(doc: NoticeDocument): Sentence[] {
  const sentences: Sentence[] = [];
  const { lineOffsets } = doc;
  const prose = proseLines(doc);
  let proseIndex = 0;
  // The line of the unit at hand, and where the next line starts.
  let line = -1;
  let nextLine = 0;
  let text = '';
  let isProse = false;
  // Where the last count read ends, and the last one kept: the next count starts after the one, its cue after the other.
  let scanFrom = 0;
  let previousEnd = 0;
  let sentence: Sentence | undefined;
  for (const offset of unitOffsets(doc.text)) {
    if (offset >= nextLine) {
      while (line + 1 < lineOffsets.length && lineOffsets[line + 1] <= offset) line++;
      nextLine = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : Infinity;
      while (proseIndex < prose.length && prose[proseIndex] < line) proseIndex++;
      isProse = prose[proseIndex] === line;
      text = doc.lines[line];
      scanFrom = previousEnd = 0;
      sentence = undefined;
    }
    const unit = offset - lineOffsets[line];
    if (!isProse || unit < scanFrom) continue;
    const found = readMention(text, unit, scanFrom);
    if (!found) continue;
    const start = found.start;
    const end = unit + 1 + (found.noun?.length ?? 0);
    scanFrom = end;
    const value = toNumber(found.number);
    // `第3项` is an ordinal, not a count.
    if (!(value >= 0) || text[start - 1] === '第') continue;
    let cueStart = start;
    while (cueStart > previousEnd && CUE_BREAKS[text.charCodeAt(cueStart - 1)] !== 1) cueStart--;
    const cue = text.slice(cueStart, start);
    const cueCategory = categoryOf(cue);
    // The count joins the sentence of the count before it unless a sentence
    // ends between them; a semicolon does not end it for the rest of a whole
    // (`已完成58项；其余5项正在推进`).
    let between = cueStart;
    while (sentence && between > previousEnd && SENTENCE_ENDS[text.charCodeAt(between - 1)] !== 1) between--;
    const continuesWhole = between > previousEnd && SEMICOLONS[text.charCodeAt(between - 1)] === 1 && cueCategory === 'rest';
    if (!sentence || (between > previousEnd && !continuesWhole)) {
      sentence = [];
      sentences.push(sentence);
    }
    // `其中党委3个、党总支5个`: a list after `其中` is all of it the parts.
    const listed = cue.startsWith('、') && sentence.length > 0 && sentence[sentence.length - 1].category === 'among';
    const mention: CountMention = {
      line,
      start,
      end,
      text: text.slice(start, end),
      value,
      unit: text[unit],
      noun: normalNoun(found.noun),
      category: cueCategory ?? (listed ? 'among' : undefined),
    };
    mention.category ??= categoryAfter(text, mention, sentence);
    sentence.push(mention);
    previousEnd = end;
  }
  return sentences;
}

function sameKind(part: CountMention, whole: CountMention): boolean {
  return part.unit === whole.unit && (part.noun === '' || part.noun === whole.noun);
}

/** A count within the rest of a clause: `已完成整改8个` after `10个问题` makes that count a whole, not a part. */
const COUNT_IN = /[0-9０-９〇零一二三四五六七八九十百两][个项类条件]/;

/**
 * The part a count is, by what follows it, when a whole of its kind came
 * before it in the sentence (`反馈的10个问题已完成整改8个，2个问题正在按计划推进`,
 * `34条…已完成31条，3条需长期坚持`) and nothing else is counted in the rest
 * of its clause. A count alone (`6个问题已完成整改`) stays a whole.
 */
function categoryAfter(text: string, mention: CountMention, sentence: Sentence): Category | undefined {
  if (!sentence.some((earlier) => earlier.category === undefined && sameKind(mention, earlier))) return undefined;
  let end = mention.end;
  while (end < text.length && CUE_BREAKS[text.charCodeAt(end)] !== 1) end++;
  const rest = text.slice(mention.end, end);
  return COUNT_IN.test(rest) ? undefined : categoryOf(rest);
}

/**
 * Parts must make their whole exactly when the rest is among them, or every
 * timeframe, or several parts of another kind; `其中…` may pick out only some
 * (`受理信访件32件，其中2022年6月以前的12件`), so it must not exceed the whole.
 */
function sumCheck(whole: CountMention, parts: Part[]): CountCheck {
  const categories = new Set(parts.map((p) => p.category));
  const exact =
    categories.has('rest') || TIMEFRAMES.every((t) => categories.has(t)) || (parts.length > 1 && !categories.has('among'));
  const total = parts.reduce((sum, p) => sum + p.mention.value, 0);
  return { kind: 'sum', whole, parts, exact, ok: exact ? total === whole.value : total <= whole.value };
}

/** How the rectification part lays out the feedback. */
interface Layout {
  /** The part's sub-headings, other than the parts nested in it. */
  points: Heading[];
  /** The aspects, holding the problems; empty when the sub-headings are the problems themselves. */
  aspects: Heading[];
  problems: Heading[];
  /** The headings one level below the problems. */
  deeper: Heading[];
}

const ASPECT_TITLE = /方面/;
const PROBLEM_TITLE = /问题/;

/**
 * The part's sub-headings are the aspects, holding the problems, unless
 * their titles make them the problems themselves: each names a 问题 and none
 * a 方面, and not every one holds headings of its own
 * (`1.关于村级财务管理不规范的问题。整改情况：…`).
 */
function layoutOf(doc: NoticeDocument): Layout {
  const part = doc.parts.rectification?.heading;
  if (!part) return { points: [], aspects: [], problems: [], deeper: [] };
  const other = new Set([doc.parts.petitions?.heading, doc.parts.contact?.heading, doc.parts.nextSteps?.heading]);
  const points = part.children.filter((child) => !other.has(child));
  const areProblems =
    points.every((point) => PROBLEM_TITLE.test(point.title) && !ASPECT_TITLE.test(point.title)) &&
    points.some((point) => point.children.length === 0);
  const aspects = areProblems ? [] : points;
  const problems = areProblems ? points : childrenOf(points);
  return { points, aspects, problems, deeper: childrenOf(problems) };
}

/** Whether `line` lies under one of the headings, or is one's own line. */
function withinAny(headings: readonly Heading[], line: number): boolean {
  return headings.some((heading) => heading.line <= line && line <= heading.governedRange.end.line);
}

/** The text from the clause break before `mention` up to it. */
function clauseBefore(doc: NoticeDocument, mention: CountMention): string {
  const text = doc.lines[mention.line];
  let start = mention.start;
  while (start > 0 && CUE_BREAKS[text.charCodeAt(start - 1)] !== 1) start--;
  return text.slice(start, mention.start);
}

/**
 * Whether a sentence states the breakdown of the whole feedback
 * (`将巡视反馈意见细化梳理为4个方面13类问题`). Under one of the aspects or
 * problems, where counts are mostly that aspect's or that problem's own
 * (`对上轮巡视反馈问题开展“回头看”，对整改不到位的3个问题…`), the feedback
 * must be named in the count's own clause (`截至目前，巡视反馈的13个问题…`).
 */
function isBreakdown(doc: NoticeDocument, mentions: Sentence, points: readonly Heading[]): boolean {
  const counted = mentions.find((m) => m.noun === '方面' || m.noun === '问题');
  if (!counted || !BREAKDOWN.test(sentenceText(doc, mentions))) return false;
  return !withinAny(points, counted.line) || BREAKDOWN.test(clauseBefore(doc, counted));
}

/**
 * Whether a count in a breakdown sentence counts this feedback: not an
 * earlier round's, and under the points, named with the feedback in its own
 * clause (`对上轮巡察反馈的6个问题逐一复查，对整改不彻底的2个问题…` counts neither).
 */
function isOfTheFeedback(doc: NoticeDocument, mention: CountMention, points: readonly Heading[]): boolean {
  const clause = clauseBefore(doc, mention);
  return !PREVIOUS_ROUND.test(clause) && (!withinAny(points, mention.line) || BREAKDOWN.test(clause));
}

/** The children of the headings, in order (without `flatMap`, which costs more than a loop). */
function childrenOf(headings: readonly Heading[]): Heading[] {
  const children: Heading[] = [];
  for (const heading of headings) for (const child of heading.children) children.push(child);
  return children;
}

export function checkCounts(doc: NoticeDocument): CountCheck[] {
  const checks: CountCheck[] = [];
  const sentences = sentencesOf(doc);
  const { points, aspects, problems, deeper } = layoutOf(doc);
  const totals = new Map<string, CountMention>();
  /** The last whole of the sentence before. */
  let wholeBefore: CountMention | undefined;
  /** The count last stated for each timeframe, not as done. */
  const timeframeTotals = new Map<Category, CountMention>();
  for (const mentions of sentences) {
    if (isBreakdown(doc, mentions, points)) {
      for (const mention of mentions) {
        if (mention.category !== undefined || !isOfTheFeedback(doc, mention, points)) continue;
        if (mention.noun === '方面' && aspects.length) {
          checks.push({ kind: 'aspects', mention, aspects, headings: aspects, deeper: undefined, ok: mention.value === aspects.length });
        } else if (mention.noun === '问题' && problems.length) {
          const ok = mention.value === problems.length || (deeper.length > 0 && mention.value === deeper.length);
          checks.push({ kind: 'problems', mention, aspects, headings: problems, deeper: deeper.length ? deeper : undefined, ok });
        } else if (mention.noun) {
          totals.set(mention.noun, mention);
        }
      }
    }
    // What a timeframe has done is at most the total stated for it before (`阶段性任务20项。…阶段性任务已完成17项`).
    for (const mention of mentions) {
      if (mention.category === undefined || !TIMEFRAMES.includes(mention.category)) continue;
      const total = timeframeTotals.get(mention.category);
      if (!DONE_CUE.test(clauseBefore(doc, mention))) timeframeTotals.set(mention.category, mention);
      else if (total && total.unit === mention.unit) checks.push(sumCheck(total, [{ mention, category: 'done' }]));
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
    // Parts opening a sentence belong to the whole that ended the sentence before, in the same paragraph
    // (`共制定整改措施45条。截至目前，已完成42条，剩余3条`; `…63条。立行立改的21条…阶段性整改的30条…长期坚持的12条…`).
    const leading: Part[] = [];
    for (const mention of mentions) {
      if (mention.category === undefined) break;
      if (mention.category !== 'among') leading.push({ mention, category: mention.category });
    }
    const before = wholeBefore;
    wholeBefore = undefined;
    for (const mention of mentions) if (mention.category === undefined) wholeBefore = mention;
    if (before && leading.length && before.line === leading[0].mention.line && leading.every((p) => sameKind(p.mention, before))) {
      checks.push(sumCheck(before, leading));
      continue;
    }
    // What is done, alone in its sentence, is at most the total the breakdown stated (`已完成12项整改任务` against `10项整改任务`).
    const done = mentions.filter((m) => m.category === 'done' && m.noun && totals.has(m.noun));
    if (whole === undefined && done.length === 1 && timeframed.length === 0) {
      checks.push(sumCheck(totals.get(done[0].noun)!, [{ mention: done[0], category: 'done' }]));
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

