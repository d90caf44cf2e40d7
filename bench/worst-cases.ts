/**
 * The hardest inputs we can construct for the core's regular expressions:
 * long runs that almost match and then fail, where a backtracking pattern
 * would retry from every position. Each takes a length in characters. The
 * benchmark times each at three sizes to show linear growth; the tests run each
 * once at a size where quadratic time would run past the test timeout.
 */

export interface WorstCase {
  name: string;
  /** What it aims at, in the core or in rules of the kinds DOMAIN.md lists. */
  targets: string;
  make: (length: number) => string;
}

const times = (unit: string, length: number) => unit.repeat(Math.max(1, Math.floor(length / unit.length)));

export const WORST_CASES: readonly WorstCase[] = [
  { name: 'spaces, then no marker', targets: 'indentation before a heading marker', make: (n) => times(' ', n) + 'x' },
  { name: 'full-width spaces inside a line', targets: 'trailing-space trimming', make: (n) => '整' + times('\u3000', n) + '改' },
  { name: '（一 never closed', targets: '（一） markers, （） pairs', make: (n) => times('（一', n) },
  { name: '(1 never closed', targets: '(1) markers, () pairs', make: (n) => times('(1', n) },
  { name: '一 run before 是', targets: 'inline 一是', make: (n) => times('一', n - 1) + '是' },
  { name: 'one enumeration, every item misnumbered', targets: 'inline numbering and its fixes', make: (n) => times('，一是整改', n) },
  { name: '第一 without a comma', targets: 'inline 第一，', make: (n) => times('第一', n) },
  { name: 'circled numbers', targets: '① markers and lists', make: (n) => times('①', n) },
  { name: 'digits, no full stop', targets: '1. markers, counts, dates, phone numbers', make: (n) => times('1', n) },
  { name: 'emphasis run in a heading', targets: 'title trimming', make: (n) => '一、' + times('*', n) + '整改' },
  { name: 'Markdown hashes', targets: 'heading prefix', make: (n) => times('#', n) + ' 一、整改' },
  { name: '关于 run, no 通报', targets: 'title form', make: (n) => times('关于', n) + '\n整改情况' },
  { name: '欢迎 run, no 监督', targets: 'part cues with bounded gaps', make: (n) => times('欢迎', n) },
  { name: '“ never closed', targets: 'quotation pairs', make: (n) => times('“整改', n) },
  { name: 'one character doubled', targets: 'duplicated characters', make: (n) => times('改', n) },
  { name: 'one clause repeated', targets: 'duplicated clauses', make: (n) => times('加强对权力运行的监督，', n) },
  { name: 'digits before 年 and 月', targets: 'dates', make: (n) => times('2020年13月', n) },
  { name: 'letters and dots before @', targets: 'e-mail addresses', make: (n) => times('a.', n) + '@' },
  { name: 'half-width commas between Han', targets: 'punctuation width', make: (n) => times('整,', n) },
  { name: 'CR only', targets: 'line breaks', make: (n) => times('\r', n) },
  { name: 'headings only', targets: 'heading tree and numbering plan', make: (n) => times('（一）\n', n) },
];
