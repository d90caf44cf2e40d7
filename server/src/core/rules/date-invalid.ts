/**
 * `date/invalid`: a date that does not exist (`2月30日`, `13月`), and the
 * opening's inspection period, the feedback date and the publication date
 * (the signature) out of order. A date without a year takes the year of the
 * date before it in the paragraph (`2021年3月9日至6月5日`), else the
 * document's; a later date that would fall before it moves to the next year,
 * as in `2019年9月12日至11月25日 … 1月6日`.
 */
import { dayNumber, daysInMonth, findDates, linesWithDateCharacters, type DateMention, type FullDate } from '../dates';
import { localize, type Locale, type Message } from '../i18n';
import type { NoticeDocument, Range } from '../model';
import { proseLines } from '../text';
import type { Rule, RuleReport } from './rule';

const messages = {
  month: {
    zh: (a) => `日期不存在：“${a.date}”，月份应为1至12`,
    en: (a) => `No such date: “${a.date}”; months run from 1 to 12`,
  },
  day: {
    zh: (a) => `日期不存在：“${a.date}”，${a.month}月只有${a.days}天`,
    en: (a) => `No such date: “${a.date}”; month ${a.month} has ${a.days} days`,
  },
  order: {
    zh: (a) => `日期顺序不当：${a.later}（${a.laterDate}）早于${a.earlier}（${a.earlierDate}）`,
    en: (a) => `Dates out of order: the ${a.later} (${a.laterDate}) is before the ${a.earlier} (${a.earlierDate})`,
  },
} satisfies Record<string, Message>;

type Milestone = 'start' | 'end' | 'feedback' | 'publication';

const milestoneNames = {
  start: { zh: (a) => `${a.work}开始日期`, en: (a) => `start of the ${a.work}` },
  end: { zh: (a) => `${a.work}结束日期`, en: (a) => `end of the ${a.work}` },
  feedback: { zh: (a) => `${a.work}反馈日期`, en: (a) => `${a.work} feedback date` },
  publication: { zh: () => '通报发布日期', en: () => 'publication date' },
} satisfies Record<Milestone, Message>;

interface Placed {
  mention: DateMention;
  line: number;
  /** The year and month, as written or from context. */
  year: number | undefined;
  month: number | undefined;
  /** The whole date, when every part is known. */
  date: FullDate | undefined;
}

function rangeOf(line: number, mention: DateMention): Range {
  return { start: { line, character: mention.start }, end: { line, character: mention.end } };
}

/** The year dates without one fall back on: the signature's, else the first written. */
function documentYear(doc: NoticeDocument, mayHoldDates: Uint8Array): number | undefined {
  const signature = doc.signature.date;
  const signed = signature && findDates(doc.lines[signature.line])[0]?.year;
  if (signed) return signed;
  for (const line of proseLines(doc)) {
    if (mayHoldDates[line] === 0) continue;
    const year = findDates(doc.lines[line]).find((d) => d.year !== undefined)?.year;
    if (year) return year;
  }
  return undefined;
}

/**
 * Fills in each date's missing year and month from the one before it in the
 * paragraph; a date that would then fall before its predecessor belongs to
 * the next year, unless that puts it after `latest`.
 */
function complete(line: number, mentions: readonly DateMention[], fallbackYear: number | undefined, latest?: number): Placed[] {
  let previous: FullDate | undefined;
  let year = fallbackYear;
  let month: number | undefined;
  return mentions.map((mention) => {
    const written = mention.year;
    const ownYear = written ?? year;
    const ownMonth = mention.month ?? month;
    // A period looked back on (`2020年1月以来`) leaves the account's year and month where they were.
    const carry = (placed: Placed): Placed => {
      if (!mention.boundsPeriod) [year, month] = [placed.year, placed.month];
      return placed;
    };
    if (ownYear === undefined || ownMonth === undefined) return carry({ mention, line, year: ownYear, month: ownMonth, date: undefined });
    // A month alone (`2023年12月`) still orders what follows: `2月29日前` after it is in the next year.
    let date: FullDate = { year: ownYear, month: ownMonth, day: mention.day ?? 1 };
    if (written === undefined && previous && dayNumber(date) < dayNumber(previous)) {
      const next = { ...date, year: ownYear + 1 };
      if (latest === undefined || dayNumber(next) <= latest) date = next;
    }
    if (!mention.boundsPeriod) previous = date;
    return carry({ mention, line, year: date.year, month: ownMonth, date: mention.day === undefined ? undefined : date });
  });
}

function impossible(locale: Locale, placed: Placed): RuleReport | undefined {
  const { mention, month, year } = placed;
  if (mention.month !== undefined && (mention.month < 1 || mention.month > 12)) {
    return { range: rangeOf(placed.line, mention), message: localize(locale, messages.month, { date: mention.text }) };
  }
  if (month === undefined || month < 1 || month > 12 || mention.day === undefined) return undefined;
  const days = daysInMonth(year, month);
  if (mention.day >= 1 && mention.day <= days) return undefined;
  return { range: rangeOf(placed.line, mention), message: localize(locale, messages.day, { date: mention.text, month, days }) };
}

/** The inspection period and feedback date in the opening, then the signature's date. */
function milestones(doc: NoticeDocument, year: number | undefined): Array<[Milestone, Placed]> {
  const found: Array<[Milestone, Placed]> = [];
  const signature = doc.signature.date;
  const published = signature ? complete(signature.line, findDates(doc.lines[signature.line]), year)[0] : undefined;
  if (doc.opening) {
    const text = doc.opening.text;
    const placed = complete(doc.opening.line, findDates(text), year, published?.date && dayNumber(published.date));
    const rangeAt = placed.findIndex((p, i) => placed[i + 1]?.mention.endsRange && !p.mention.endsRange);
    if (rangeAt >= 0) found.push(['start', placed[rangeAt]], ['end', placed[rangeAt + 1]]);
    const feedback = placed.find((p, i) => {
      if (i <= rangeAt + 1 && rangeAt >= 0) return false;
      const sentenceStart = text.lastIndexOf('。', p.mention.start) + 1;
      const sentenceEnd = text.indexOf('。', p.mention.end);
      return text.slice(sentenceStart, sentenceEnd < 0 ? text.length : sentenceEnd).includes('反馈');
    });
    if (feedback) found.push(['feedback', feedback]);
  }
  if (published) found.push(['publication', published]);
  return found.filter(([, p]) => p.date !== undefined);
}

export const dateInvalid: Rule = {
  id: 'date/invalid',
  defaultSeverity: 'error',
  check(doc, { locale }) {
    const mayHoldDates = linesWithDateCharacters(doc);
    const year = documentYear(doc, mayHoldDates);
    const reports: RuleReport[] = [];
    for (const line of proseLines(doc)) {
      if (mayHoldDates[line] === 0) continue;
      const mentions = findDates(doc.lines[line]);
      if (mentions.length === 0) continue;
      for (const placed of complete(line, mentions, year)) {
        const report = impossible(locale, placed);
        if (report) reports.push(report);
      }
    }
    const isReview = doc.opening !== undefined && !doc.opening.text.includes('巡视') && doc.opening.text.includes('巡察');
    const work = locale === 'zh' ? (isReview ? '巡察' : '巡视') : isReview ? 'review' : 'inspection';
    const name = (m: Milestone) => localize(locale, milestoneNames[m], { work });
    let latest: [Milestone, Placed] | undefined;
    for (const milestone of milestones(doc, year)) {
      const [kind, placed] = milestone;
      if (impossible(locale, placed)) continue;
      if (latest && dayNumber(placed.date!) < dayNumber(latest[1].date!)) {
        reports.push({
          range: rangeOf(placed.line, placed.mention),
          message: localize(locale, messages.order, {
            later: name(kind),
            laterDate: placed.mention.text,
            earlier: name(latest[0]),
            earlierDate: latest[1].mention.text,
          }),
        });
      } else {
        latest = milestone;
      }
    }
    return reports;
  },
};
