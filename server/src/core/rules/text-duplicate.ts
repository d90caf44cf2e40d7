/**
 * `text/duplicate`: a character, word or clause typed twice in a row
 * (`企企`, `使命使命`, a clause repeated). Chinese doubles words on purpose
 * all the time (`层层`, `件件`, `实实在在`), so a doubled character is only
 * reported when the ICU word dictionary does not make a word of it, it is not
 * a measure word, time noun or place-name suffix (`件件`, `年年`,
 * `济南市市中区`), and it is not part of an AABB or `AA地` form.
 */
import { localize, type Locale, type Message } from '../i18n';
import type { Fix, NoticeDocument, Range } from '../model';
import { proseOccurrences } from '../occurrences';
import { CHINESE_DIGITS, codeTable, isHan, proseLines } from '../text';
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
const DOUBLES_AS_EVERY = '个件条项次回样桩句字篇本张层级步岗村户家人事天年月日时处代届批期节点声片笔份位名场环段章页种类组支所座';
/** Doubled words (`屡屡`, `莘莘学子`, `息息相关`) that the dictionary does not list. */
const DOUBLED_WORDS = '屡莘谆姗循息历振滚谦跃济脉丝绰';
/** Characters whose doubling is always the language's own: numerals, place-name suffixes, "every", doubled words. */
const ALWAYS_DOUBLED = codeTable(CHINESE_DIGITS + PLACE_SUFFIXES + DOUBLES_AS_EVERY + DOUBLED_WORDS);
/** `园园长`, `厅厅长`: an office's name, then the title of its head. */
const HEAD = '长'.charCodeAt(0);
/** Common surnames: before a doubled character, a given name (`张亮亮`, `王芳芳`). */
const SURNAMES = codeTable(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
);
/** Last characters of the titles written before a name (`党组书记`, `局长`, `主任`, `委员`, `主席`, `经理`). */
const TITLE_ENDS = codeTable('记长任员席理官导');
const COMRADE = '同志';
const DE_ADVERBIAL = '地'.charCodeAt(0);
const DE_ATTRIBUTIVE = '的'.charCodeAt(0);
const ONE = '一'.charCodeAt(0);

/** Longest word (in characters) looked for doubled; longer repeats are clauses. */
const MAX_WORD = 8;
const CLAUSE_BREAKS = codeTable('，、；。！？：,;!?:');
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

/** Whether the `n` Han characters at `i` are repeated right after themselves, before `end`. */
function repeatsAt(text: string, end: number, i: number, n: number): boolean {
  if (i + 2 * n > end) return false;
  for (let k = 0; k < n; k++) {
    const code = text.charCodeAt(i + k);
    if (code !== text.charCodeAt(i + n + k) || !isHan(code)) return false;
  }
  return true;
}

/**
 * Whether the doubled character at `i`, `i+1` ends a name (`张亮亮同志`,
 * `党组书记李丹丹任组长`): a surname before it, and the name standing apart,
 * after a title or a mark, or before `同志` or a mark.
 */
function isGivenName(text: string, i: number): boolean {
  if (SURNAMES[text.charCodeAt(i - 1)] !== 1) return false;
  const beforeSurname = text.charCodeAt(i - 2);
  if (!isHan(beforeSurname) || TITLE_ENDS[beforeSurname] === 1) return true;
  return !isHan(text.charCodeAt(i + 2)) || text.startsWith(COMRADE, i + 2);
}

/** Whether the doubled character at `i`, `i+1` is one of the language's own doubled forms. */
function isLegitimateDouble(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ALWAYS_DOUBLED[ch] === 1) return true;
  // AABB (`实实在在`, `方方面面`): the pair before or after is doubled too.
  const after = text.charCodeAt(i + 2);
  if (after !== ch && after === text.charCodeAt(i + 3) && isHan(after)) return true;
  const before = text.charCodeAt(i - 1);
  if (before !== ch && before === text.charCodeAt(i - 2) && isHan(before)) return true;
  if (after === HEAD) return true;
  if (isGivenName(text, i)) return true;
  // `稳稳地`, `大大的`: an adjective or adverb doubled before its particle.
  if ((after === DE_ADVERBIAL || after === DE_ATTRIBUTIVE) && ch !== DE_ATTRIBUTIVE && ch !== DE_ADVERBIAL) return true;
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
 * Reports the character or word written from `start` up to `j` of `text`
 * (line `line`, which starts at `lineStart`) and again after it, unless it
 * is a legitimate double; the end of what it reported, or 0 when it
 * reported nothing. Only the repeat is checked in `text`; the rarer checks
 * that follow read the line itself, so that nothing outside it matters.
 */
function reportDouble(
  reports: RuleReport[],
  locale: Locale,
  doc: NoticeDocument,
  line: number,
  lineStart: number,
  start: number,
  j: number,
): number {
  const { text } = doc;
  const lineText = doc.lines[line];
  const lineEnd = lineStart + lineText.length;
  const n = j - start;
  if (!repeatsAt(text, lineEnd, start, n)) return 0;
  const column = start - lineStart;
  if (n === 1 ? isLegitimateDouble(lineText, column) : lineText.charCodeAt(column) === ONE || isOverlapOfWords(lineText, column, n)) {
    return 0;
  }
  let times = 2;
  while (repeatsAt(text, lineEnd, start + (times - 1) * n, n)) times++;
  const unit = text.slice(start, j);
  reports.push({
    range: range(line, column, column + times * n),
    message: localize(locale, n === 1 ? messages.character : messages.word, { unit, times }),
    fixes: [deleteFix(locale, line, column + n, column + times * n, unit)],
  });
  return start + times * n;
}

/**
 * The clauses of the line scanned last, trimmed of spaces: clause c is
 * `text[clauseBounds[2c], clauseBounds[2c+1])`. Reused from line to line and
 * grown when a line has more clauses, so that no line allocates any; set
 * back to its first size for each document, so that one enormous line does
 * not leave its table behind.
 */
const INITIAL_CLAUSE_BOUNDS = 512;
let clauseBounds = new Int32Array(INITIAL_CLAUSE_BOUNDS);

/** Records `text[from, to)` without its edge spaces as clause `count`, unless that leaves nothing; the new count. */
function addClause(text: string, count: number, from: number, to: number): number {
  while (from < to && SPACES[text.charCodeAt(from)] === 1) from++;
  while (to > from && SPACES[text.charCodeAt(to - 1)] === 1) to--;
  if (to === from) return count;
  if (2 * count === clauseBounds.length) {
    const grown = new Int32Array(2 * clauseBounds.length);
    grown.set(clauseBounds);
    clauseBounds = grown;
  }
  clauseBounds[2 * count] = from;
  clauseBounds[2 * count + 1] = to;
  return count + 1;
}

/**
 * Reports every character, word or short phrase written twice or more in a
 * row in line `line`, and records the line's clauses (as offsets in
 * `doc.text`) for `findRepeatedClauses`; returns how many there are. Reading
 * the characters is most of the cost of both searches, so they share one
 * pass, and it reads `doc.text`, whose characters come cheaper than those of
 * the line, a slice of it. A repeat of length n ends where its first
 * character recurs n further on, so each Han character is checked against
 * its last two occurrences (`previous`), a table read or two per character;
 * any other character may end a clause.
 */
function scanLine(reports: RuleReport[], locale: Locale, doc: NoticeDocument, line: number, previous: Int32Array): number {
  const { text } = doc;
  const lineStart = doc.lineOffsets[line];
  const lineEnd = lineStart + doc.lines[line].length;
  let reportedEnd = lineStart;
  let clauses = 0;
  let clauseFrom = lineStart;
  for (let j = lineStart; j < lineEnd; j++) {
    const code = text.charCodeAt(j);
    if (!isHan(code)) {
      if (CLAUSE_BREAKS[code] === 1) {
        clauses = addClause(text, clauses, clauseFrom, j);
        clauseFrom = j + 1;
      }
      continue;
    }
    const last = previous[j];
    // An occurrence before the end of the last report (or the line's start), or too far back for a word, starts nothing.
    if (last < reportedEnd || j - last > MAX_WORD) continue;
    const end = reportDouble(reports, locale, doc, line, lineStart, last, j);
    if (end > 0) {
      reportedEnd = end;
      continue;
    }
    const lastButOne = previous[last];
    if (lastButOne >= reportedEnd && j - lastButOne <= MAX_WORD) {
      reportedEnd = reportDouble(reports, locale, doc, line, lineStart, lastButOne, j) || reportedEnd;
    }
  }
  return addClause(text, clauses, clauseFrom, lineEnd);
}

/** Whether clauses `a` and `b` of `text`, as `bounds` (the clause table) places them, are the same text. */
function sameClause(bounds: Int32Array, text: string, a: number, b: number): boolean {
  const from = bounds[2 * a];
  const length = bounds[2 * a + 1] - from;
  if (bounds[2 * b + 1] - bounds[2 * b] !== length) return false;
  const offset = bounds[2 * b] - from;
  for (let i = from; i < from + length; i++) if (text.charCodeAt(i) !== text.charCodeAt(i + offset)) return false;
  return true;
}

const AGAIN = '再'.charCodeAt(0);

/** Whether clause `again` is `再` followed by clause `clause` (`再抓落实` after `抓落实`). */
function isAgainClause(bounds: Int32Array, text: string, again: number, clause: number): boolean {
  const from = bounds[2 * again];
  const length = bounds[2 * clause + 1] - bounds[2 * clause];
  if (text.charCodeAt(from) !== AGAIN || bounds[2 * again + 1] - from !== length + 1) return false;
  return text.startsWith(text.slice(bounds[2 * clause], bounds[2 * clause + 1]), from + 1);
}

function hasShortClause(bounds: Int32Array, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (bounds[2 * c + 1] - bounds[2 * c] < MIN_CLAUSE) return true;
  return false;
}

/** A block of clauses of line `line` (starting at `lineStart` in `text`) repeated right after itself, reported once per run of repeats. */
function findRepeatedClauses(reports: RuleReport[], locale: Locale, line: number, text: string, lineStart: number, count: number): void {
  // Passed down as a local: cheaper than reading the module's variable in every comparison.
  const bounds = clauseBounds;
  let j = 1;
  while (j < count) {
    let found = false;
    for (let k = 1; k <= MAX_BLOCK && k <= j; k++) {
      if (!sameClause(bounds, text, j, j - k)) continue;
      // Before measuring the run: measuring a long run of short clauses, only to drop it, made this quadratic.
      if (hasShortClause(bounds, j - k, j)) continue;
      let run = 0;
      while (j + run < count && sameClause(bounds, text, j + run, j + run - k)) run++;
      if (run < k) continue;
      const last = j + run - 1;
      // `抓落实、抓落实、再抓落实`, `学习、学习、再学习`: the repeat is the figure of speech.
      if (k === 1 && last + 1 < count && isAgainClause(bounds, text, last + 1, last)) {
        j = last + 2;
        found = true;
        break;
      }
      const unit = text.slice(bounds[2 * (j - k)], bounds[2 * (j - 1) + 1]);
      reports.push({
        range: range(line, bounds[2 * j] - lineStart, bounds[2 * last + 1] - lineStart),
        message: localize(locale, messages.clause, { unit, times: 1 + Math.floor(run / k) }),
        // Everything deleted is a copy of the text kept before it.
        fixes: [deleteFix(locale, line, bounds[2 * (j - 1) + 1] - lineStart, bounds[2 * last + 1] - lineStart, unit)],
      });
      j = last + 1;
      found = true;
      break;
    }
    if (!found) j++;
  }
}

export const textDuplicate: Rule = {
  id: 'text/duplicate',
  defaultSeverity: 'warning',
  check(doc, { locale }) {
    const reports: RuleReport[] = [];
    if (clauseBounds.length > INITIAL_CLAUSE_BOUNDS) clauseBounds = new Int32Array(INITIAL_CLAUSE_BOUNDS);
    const { previous } = proseOccurrences(doc);
    // Prose lines are exact slices of the text at their offsets: suppression comments, blanked in `doc.lines`, are never prose.
    for (const line of proseLines(doc)) {
      const clauses = scanLine(reports, locale, doc, line, previous);
      findRepeatedClauses(reports, locale, line, doc.text, doc.lineOffsets[line], clauses);
    }
    return reports;
  },
};
