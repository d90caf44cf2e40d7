/**
 * Dates as notices write them: `2021年3月9日`, `3月9日` (the year from
 * context), ranges `2021年3月9日至6月5日` and `3月9日至15日`, and the
 * signature's `二〇二二年一月十七日`.
 */
import { parseChineseNumeral } from './numerals';

export interface DateMention {
  /** Offsets in the line. */
  start: number;
  end: number;
  text: string;
  /** The year as written, or undefined when the date leaves it to context. */
  year: number | undefined;
  /** The month as written, or undefined for a range end written as a day alone (`至15日`). */
  month: number | undefined;
  day: number | undefined;
  /** Whether the date ends a range (`…至6月5日`). */
  endsRange: boolean;
}

const YEAR_DIGITS = '〇一二三四五六七八九';
const DIGIT = '[0-9０-９]';
const CN_YEAR = '[〇○零一二三四五六七八九]{4}';
const CN_NUMBER = '[一二三四五六七八九十]{1,3}';
const RANGE_LINK = '(至|到|—|－|-|~|～)';

/**
 * Starts with a digit or a range link, never a lookbehind, so the engine
 * skips most characters at once; a digit just before a date is checked in code.
 */
const DATE = new RegExp(
  `(?:(${DIGIT}{4})年)?(${DIGIT}{1,2})月(?:(${DIGIT}{1,2})[日号])?` + // 1-3
    `|(${CN_YEAR})年(${CN_NUMBER})月(?:(${CN_NUMBER})日)?` + // 4-6
    `|${RANGE_LINK}(${DIGIT}{1,2})[日号]`, // 7-8: a range end written as a day alone
  'g',
);
const DIGIT_BEFORE = new RegExp(`${DIGIT}$`);
const RANGE_BEFORE = new RegExp(`${RANGE_LINK}$`);

function arabic(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

function chineseYear(text: string): number {
  return Number([...text].map((ch) => YEAR_DIGITS.indexOf(ch === '○' || ch === '零' ? '〇' : ch)).join(''));
}

export function findDates(text: string): DateMention[] {
  const dates: DateMention[] = [];
  // Every date holds one of these.
  if (!text.includes('月') && !text.includes('日') && !text.includes('号')) return dates;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (m[7] === undefined && DIGIT_BEFORE.test(before)) {
      // Inside a longer number: look again from the next character.
      DATE.lastIndex = m.index + 1;
      continue;
    }
    // A day alone follows its range link, which is not part of the date.
    const start = m[7] === undefined ? m.index : m.index + m[7].length;
    const base = { start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), endsRange: m[7] !== undefined || RANGE_BEFORE.test(before) };
    if (m[2] !== undefined) dates.push({ ...base, year: arabic(m[1]), month: arabic(m[2]), day: arabic(m[3]) });
    else if (m[5] !== undefined)
      dates.push({ ...base, year: chineseYear(m[4]), month: parseChineseNumeral(m[5]), day: m[6] ? parseChineseNumeral(m[6]) : undefined });
    else dates.push({ ...base, year: undefined, month: undefined, day: arabic(m[8]) });
  }
  return dates;
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A date with every part known, comparable as a number (yyyymmdd). */
export interface FullDate {
  year: number;
  month: number;
  day: number;
}

export function dayNumber({ year, month, day }: FullDate): number {
  return year * 10_000 + month * 100 + day;
}
