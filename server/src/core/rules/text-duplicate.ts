/**
 * `text/duplicate`: a character, word or clause typed twice in a row
 * (`企企`, `使命使命`, a clause repeated). Chinese doubles words on purpose
 * all the time (`层层`, `件件`, `实实在在`), so a doubled character is only
 * reported when the ICU word dictionary does not make a word of it, it is not
 * a measure word, time noun or place-name suffix (`件件`, `年年`,
 * `济南市市中区`), and it is not part of an AABB or `AA地` form.
 */
import { localize, type Locale, type Message } from '../i18n';
import type { Fix, Range } from '../model';
import { CHINESE_DIGITS, codeTable, isHan, isHanAt, proseLines } from '../text';
import { insideGenreTerm, PLACE_SUFFIXES } from '../vocabulary';
import { hasWordDictionary, wordAt, wordsAround } from '../words';
import type { Rule, RuleReport } from './rule';

const messages = {
  character: {
    zh: (a) => `重复字：“${a.unit}”连写了${a.times}次`,
    en: (a) => `Duplicated character: “${a.unit}” written ${a.times} times in a row`,
  },
  word: {
    zh: (a) => `重复词语：“${a.unit}”连写了${a.times}次`,
    en: (a) => `Duplicated word: “${a.unit}” written ${a.times} times in a row`,
  },
  clause: {
    zh: (a) => `重复语句：“${a.unit}”连续出现${a.times}次`,
    en: (a) => `Repeated clause: “${a.unit}” appears ${a.times} times in a row`,
  },
  deleteFix: {
    zh: (a) => `删除重复的“${a.unit}”`,
    en: (a) => `Delete the repeated “${a.unit}”`,
  },
} satisfies Record<string, Message>;

/**
 * Measure words and time or place nouns: doubled, they mean "every"
 * (`件件有着落`, `年年`, `村村`), a grammatical form the dictionary does not
 * list word by word.
 */
const DOUBLES_AS_EVERY = new Set('个件条项次回样桩句字篇本张层级步岗村户家人事天年月日时处代届批期节点声片笔份位名场环段章页种类组支所座'.split(''));

/** Longest word (in characters) looked for doubled; longer repeats are clauses. */
const MAX_WORD = 8;
/** A clause: the text between two breaks; the regex engine finds the breaks faster than a loop. */
const CLAUSE = /[^，、；。！？：,;!?:]+/g;
const SPACES = codeTable(' \t\u3000\ufeff');
/** A clause repeated as a block of up to this many clauses (`A，B，A，B`). */
const MAX_BLOCK = 3;
const MIN_CLAUSE = 2;

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function deleteFix(locale: Locale, line: number, start: number, end: number, unit: string): Fix {
  return { title: localize(locale, messages.deleteFix, { unit }), edits: [{ range: range(line, start, end), newText: '' }] };
}

/** Whether the `n` Han characters at `i` are repeated right after themselves. */
function repeatsAt(text: string, i: number, n: number): boolean {
  if (i + 2 * n > text.length) return false;
  for (let k = 0; k < n; k++) {
    const code = text.charCodeAt(i + k);
    if (code !== text.charCodeAt(i + n + k) || !isHan(code)) return false;
  }
  return true;
}

/** Whether the doubled character at `i`, `i+1` is one of the language's own doubled forms. */
function isLegitimateDouble(text: string, i: number): boolean {
  const ch = text[i];
  if (CHINESE_DIGITS.includes(ch) || PLACE_SUFFIXES.includes(ch) || DOUBLES_AS_EVERY.has(ch)) return true;
  // AABB (`实实在在`, `方方面面`): the pair before or after is doubled too.
  const after = text[i + 2];
  if (after !== undefined && after !== ch && after === text[i + 3] && isHanAt(text, i + 2)) return true;
  const before = text[i - 1];
  if (before !== undefined && before !== ch && before === text[i - 2] && isHanAt(text, i - 1)) return true;
  // `稳稳地`, `大大的`: an adjective or adverb doubled before its particle.
  if ((after === '地' || after === '的') && ch !== '的' && ch !== '地') return true;
  if (!hasWordDictionary) return true;
  // The dictionary decides the rest: `层层` is a word, `人民民主` splits as 人民|民主; `企|企` stands alone.
  const words = wordsAround(text, i, i + 2);
  const first = wordAt(words, i);
  const second = wordAt(words, i + 1);
  return first.end - first.start > 1 || second.end - second.start > 1;
}

/**
 * Whether a word written twice at `i` (`n` characters each) straddles other
 * words: `党组织组织生活会` is 党组织 then 组织生活会, the first copy being
 * the tail of a longer word.
 */
function isOverlapOfWords(text: string, i: number, n: number): boolean {
  if (insideGenreTerm(text, i, i + n, 'left') || insideGenreTerm(text, i + n, i + 2 * n, 'right')) return true;
  if (!hasWordDictionary) return false;
  const words = wordsAround(text, i, i + 2 * n);
  return wordAt(words, i).start < i || wordAt(words, i + 2 * n - 1).end > i + 2 * n;
}

/**
 * Per UTF-16 code unit c, where it last occurred (`[2c]`) and where before
 * that (`[2c+1]`), side by side so that one character's entries share a
 * cache line. Offsets count from the first line ever scanned: an entry below
 * the current line's `base` is from an earlier line, so nothing is reset.
 */
const seenAt = new Int32Array(2 * 0x10000);
let base = 1;

/**
 * Every character, word or short phrase written twice or more in a row. A
 * repeat of length n ends where its first character recurs n further on, so
 * each character is checked against its last two occurrences, which keeps
 * the scan to a few table reads per character.
 */
function doubledWords(locale: Locale, line: number, text: string): RuleReport[] {
  const reports: RuleReport[] = [];
  // Start again before the offsets outgrow 32 bits.
  if (base + text.length >= 0x7fffffff) {
    seenAt.fill(0);
    base = 1;
  }
  let reportedEnd = 0;
  /** Reports the repeat that ends at `j` if it starts at `start`; whether it did. */
  const reportFrom = (start: number, j: number): boolean => {
    const n = j - start;
    if (start < reportedEnd || n > MAX_WORD || !repeatsAt(text, start, n)) return false;
    const unit = text.slice(start, j);
    if (n === 1 ? isLegitimateDouble(text, start) : unit[0] === '一' || isOverlapOfWords(text, start, n)) return false;
    let times = 2;
    while (repeatsAt(text, start + (times - 1) * n, n)) times++;
    const end = start + times * n;
    reports.push({
      range: range(line, start, end),
      message: localize(locale, n === 1 ? messages.character : messages.word, { unit, times }),
      fixes: [deleteFix(locale, line, start + n, end, unit)],
    });
    reportedEnd = end;
    return true;
  };
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (!isHan(code)) continue;
    const last = seenAt[2 * code];
    const lastButOne = seenAt[2 * code + 1];
    seenAt[2 * code + 1] = last;
    seenAt[2 * code] = base + j;
    if (last >= base && !reportFrom(last - base, j) && lastButOne >= base) reportFrom(lastButOne - base, j);
  }
  base += text.length + 1;
  return reports;
}

interface Clause {
  text: string;
  start: number;
  end: number;
}

function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
    let from = m.index;
    let to = from + m[0].length;
    while (from < to && SPACES[text.charCodeAt(from)] === 1) from++;
    while (to > from && SPACES[text.charCodeAt(to - 1)] === 1) to--;
    if (to > from) clauses.push({ text: text.slice(from, to), start: from, end: to });
  }
  return clauses;
}

/** A block of clauses repeated right after itself, reported once per run of repeats. */
function hasShortClause(clauses: Clause[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (clauses[i].text.length < MIN_CLAUSE) return true;
  return false;
}

function repeatedClauses(locale: Locale, line: number, text: string): RuleReport[] {
  const clauses = clausesOf(text);
  const reports: RuleReport[] = [];
  let j = 1;
  while (j < clauses.length) {
    let found = false;
    for (let k = 1; k <= MAX_BLOCK && k <= j; k++) {
      if (clauses[j].text !== clauses[j - k].text) continue;
      // Before measuring the run: measuring a long run of short clauses, only to drop it, made this quadratic.
      if (hasShortClause(clauses, j - k, j)) continue;
      let run = 0;
      while (j + run < clauses.length && clauses[j + run].text === clauses[j + run - k].text) run++;
      if (run < k) continue;
      const last = j + run - 1;
      const unit = text.slice(clauses[j - k].start, clauses[j - 1].end);
      reports.push({
        range: range(line, clauses[j].start, clauses[last].end),
        message: localize(locale, messages.clause, { unit, times: 1 + Math.floor(run / k) }),
        // Everything deleted is a copy of the text kept before it.
        fixes: [deleteFix(locale, line, clauses[j - 1].end, clauses[last].end, unit)],
      });
      j = last + 1;
      found = true;
      break;
    }
    if (!found) j++;
  }
  return reports;
}

export const textDuplicate: Rule = {
  id: 'text/duplicate',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    return proseLines(doc).flatMap((line) => [
      ...doubledWords(locale, line, doc.lines[line]),
      ...repeatedClauses(locale, line, doc.lines[line]),
    ]);
  },
};
