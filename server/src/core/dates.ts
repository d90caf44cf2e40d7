/**
 * Dates as notices write them: `2021年3月9日`, `3月9日` (the year from
 * context), ranges `2021年3月9日至6月5日` and `3月9日至15日`, and the
 * signature's `二〇二二年一月十七日`.
 */
import type { NoticeDocument } from './model';
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
  /** Whether the date bounds a period looked back on (`2020年1月以来`, `2021年底前`), outside the account's own sequence. */
  boundsPeriod: boolean;
}

/** What follows a date that bounds a period looked back on or ahead to. */
// `…起至…` opens a range, not a period looked back on.
const PERIOD_AFTER = /^(?:以来|以前|以后|之前|之后|至今|起(?![至到]))/;

const YEAR_DIGITS = '〇一二三四五六七八九';
const DIGIT = '[0-9０-９]';
const CN_YEAR = '[〇○零一二三四五六七八九]{4}';
const CN_NUMBER = '[一二三四五六七八九十]{1,3}';
/** Single characters, none special in a regex alternation. */
const RANGE_LINKS = ['至', '到', '—', '－', '-', '~', '～'];
const RANGE_LINK = `(${RANGE_LINKS.join('|')})`;

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

/** Every date holds one of these; most lines hold none. */
const DATE_CHARACTERS = ['月', '日', '号'];
/** What every date holds: a number written in digits or in words, then 月, 日 or 号. */
const DATE_CUE = /[0-9０-９一二三四五六七八九十][月日号]/;

/** Digits, ASCII and full-width: one just before a date means the match is the tail of a longer number. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}
/** A range link just before a date makes it a range end. */
const IS_RANGE_LINK = new Set(RANGE_LINKS);

/** The value of digits the date regex matched, ASCII or full-width, read without building a string. */
function arabic(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    value = value * 10 + code - (code >= 0xff10 ? 0xff10 : 0x30);
  }
  return value;
}

function chineseYear(text: string): number {
  return Number([...text].map((ch) => YEAR_DIGITS.indexOf(ch === '○' || ch === '零' ? '〇' : ch)).join(''));
}

const NO_DATES: readonly DateMention[] = [];

export function findDates(text: string): readonly DateMention[] {
  if (!DATE_CHARACTERS.some((ch) => text.includes(ch))) return NO_DATES;
  // Most of the rest name a month or a day in words (`每月`, `节日`); the full regex is slower to try every position.
  if (!DATE_CUE.test(text)) return NO_DATES;
  const dates: DateMention[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    if (m[7] === undefined && isDigit(text.charCodeAt(m.index - 1))) {
      // Inside a longer number: look again from the next character.
      DATE.lastIndex = m.index + 1;
      continue;
    }
    // A day alone follows its range link, which is not part of the date.
    const start = m[7] === undefined ? m.index : m.index + m[7].length;
    const end = m.index + m[0].length;
    const dateText = text.slice(start, end);
    const endsRange = m[7] !== undefined || IS_RANGE_LINK.has(text.charAt(m.index - 1));
    const boundsPeriod = PERIOD_AFTER.test(text.slice(end, end + 2));
    if (m[2] !== undefined) {
      dates.push({ start, end, text: dateText, endsRange, boundsPeriod, year: arabic(m[1]), month: arabic(m[2]), day: arabic(m[3]) });
    } else if (m[5] !== undefined) {
      const day = m[6] ? parseChineseNumeral(m[6]) : undefined;
      dates.push({ start, end, text: dateText, endsRange, boundsPeriod, year: chineseYear(m[4]), month: parseChineseNumeral(m[5]), day });
    } else {
      dates.push({ start, end, text: dateText, endsRange, boundsPeriod, year: undefined, month: undefined, day: arabic(m[8]) });
    }
  }
  return dates;
}

/**
 * Per line of the document, 1 where `findDates` may find a date. The date
 * characters are searched for in the whole text at once: a search per line
 * costs several times more, and most lines hold none.
 */
export function linesWithDateCharacters(doc: NoticeDocument): Uint8Array {
  const found = new Uint8Array(doc.lines.length);
  const { text, lineOffsets } = doc;
  for (const ch of DATE_CHARACTERS) {
    let line = 0;
    for (let at = text.indexOf(ch); at >= 0; ) {
      while (line + 1 < lineOffsets.length && lineOffsets[line + 1] <= at) line++;
      found[line] = 1;
      // One is enough: go on from the next line.
      at = line + 1 < lineOffsets.length ? text.indexOf(ch, lineOffsets[line + 1]) : -1;
    }
  }
  return found;
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
