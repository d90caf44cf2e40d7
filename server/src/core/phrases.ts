/**
 * Standard formulations and their slips. A slip is the formulation with one
 * character replaced (`未位表态`) or one character inserted
 * (`创造性转变化、创新性发展`), found by anchoring on the formulation's first
 * or last two characters: one edit can break only one of them.
 */
import { CodePairMap } from './char-keys';
import { CHINESE_DIGITS, codeTable, isHan } from './text';
import { hasWordDictionary, wordAt, wordsAround, wordsOf } from './words';

/** A formulation to check, with misspellings that are not one edit away (or that one edit would not catch). */
export interface PhraseEntry {
  phrase: string;
  misspellings?: readonly string[];
}

/** The genre's fixed formulations: political formulas and the standing terms of rectification work. */
const STANDARD_PHRASES: readonly string[] = [
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '四个全面',
  '五位一体',
  '四个伟大',
  '两个务必',
  '两个一百年',
  '中华民族伟大复兴',
  '习近平新时代中国特色社会主义思想',
  '不忘初心、牢记使命',
  '以人民为中心',
  '创造性转化、创新性发展',
  '举旗帜、聚民心、育新人、兴文化、展形象',
  '政治判断力、政治领悟力、政治执行力',
  '全面从严治党',
  '党要管党、从严治党',
  '党风廉政建设',
  '中央八项规定精神',
  '形式主义、官僚主义',
  '不敢腐、不能腐、不想腐',
  '惩前毖后、治病救人',
  '四种形态',
  '第一种形态',
  '一岗双责',
  '三重一大',
  '三严三实',
  '两学一做',
  '三会一课',
  '民主集中制',
  '民主生活会',
  '组织生活会',
  '末位表态',
  '第一责任人',
  '关键少数',
  '风清气正',
  '守正创新',
  '标本兼治',
  '举一反三',
  '立行立改',
  '即知即改',
  '对账销号',
  '后半篇文章',
];

/** The verbs of inspection and rectification that fill the frame of `立行立改`, `即知即改` in formulations of their own. */
const FRAME_VERBS = '行知查察巡审督检纠整办说';

/**
 * Beginnings of formulations that start as a slip of a shorter standard one
 * would: `全面从严管党治党`, and the trades' own `全面从严管党治警` (police),
 * `…治检`, `…治校`, beside `全面从严治党`.
 */
const LONGER_FORMS: readonly string[] = ['全面从严管党治'];

/** Shorter formulations are too close to ordinary words for one edit to mean a slip. */
const MIN_LENGTH = 4;

export interface PhraseSlip {
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  /** The standard form. */
  phrase: string;
}

interface Anchor {
  phrase: string;
  /** Whether the anchor is the phrase's last two characters (else its first two). */
  atEnd: boolean;
}

interface CompiledPhrases {
  known: Set<string>;
  /** Per phrase, the positions of characters that belong to a word of two or more characters. */
  inWords: Map<string, Set<number>>;
  /** Anchors by their two characters' codes: no string is cut while scanning. */
  anchors: CodePairMap<Anchor[]>;
  /** Per UTF-16 code unit, whether an anchor has it first (ANCHOR_FIRST) or second (ANCHOR_SECOND): a quick test before the maps. */
  anchorCharacters: Uint8Array;
  misspellings: Array<[wrong: string, right: string]>;
}

const ANCHOR_FIRST = 1;
const ANCHOR_SECOND = 2;

const compiled = new WeakMap<readonly PhraseEntry[], CompiledPhrases>();

function compilePhrases(entries: readonly PhraseEntry[]): CompiledPhrases {
  let result = compiled.get(entries);
  if (result) return result;
  const phrases = [...new Set([...STANDARD_PHRASES, ...entries.map((e) => e.phrase)])].filter((p) => p.length >= MIN_LENGTH);
  const anchorsByKey = new Map<string, Anchor[]>();
  const add = (key: string, anchor: Anchor) => {
    const list = anchorsByKey.get(key);
    if (list) list.push(anchor);
    else anchorsByKey.set(key, [anchor]);
  };
  for (const phrase of phrases) {
    add(phrase.slice(0, 2), { phrase, atEnd: false });
    add(phrase.slice(-2), { phrase, atEnd: true });
  }
  const anchors = new CodePairMap([...anchorsByKey].map(([key, list]) => [key.charCodeAt(0), key.charCodeAt(1), list] as const));
  const misspellings = entries.flatMap((e) => (e.misspellings ?? []).filter(Boolean).map((wrong) => [wrong, e.phrase] as [string, string]));
  const inWords = new Map(phrases.map((phrase) => [phrase, positionsInWords(phrase)]));
  const anchorCharacters = new Uint8Array(0x10000);
  for (const phrase of phrases) {
    anchorCharacters[phrase.charCodeAt(0)] |= ANCHOR_FIRST;
    anchorCharacters[phrase.charCodeAt(phrase.length - 2)] |= ANCHOR_FIRST;
    anchorCharacters[phrase.charCodeAt(1)] |= ANCHOR_SECOND;
    anchorCharacters[phrase.charCodeAt(phrase.length - 1)] |= ANCHOR_SECOND;
  }
  result = { known: new Set(phrases), inWords, anchors, anchorCharacters, misspellings };
  compiled.set(entries, result);
  return result;
}

function positionsInWords(phrase: string): Set<number> {
  const positions = new Set<number>();
  for (const word of wordsOf(phrase)) {
    if (word.end - word.start > 1) for (let i = word.start; i < word.end; i++) positions.add(i);
  }
  return positions;
}

/** The one position where `text[start, start+phrase.length)` (within the line) differs from `phrase`, or -1 (none, or more than one). */
function replacedAt(text: string, start: number, phrase: string): number {
  let at = -1;
  for (let k = 0; k < phrase.length; k++) {
    if (text.charCodeAt(start + k) === phrase.charCodeAt(k)) continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at;
}

/** The position of the one character inserted inside `phrase` at `text[start, …+1)` (within the line), or -1. */
function insertedAt(text: string, start: number, phrase: string): number {
  let k = 0;
  while (k < phrase.length && text.charCodeAt(start + k) === phrase.charCodeAt(k)) k++;
  // An extra character at either end is a neighbour, not an insertion.
  if (k === 0 || k >= phrase.length) return -1;
  for (let j = k; j < phrase.length; j++) {
    if (text.charCodeAt(start + j + 1) !== phrase.charCodeAt(j)) return -1;
  }
  return k;
}

/**
 * Whether the character replaced at `index` fails to make a word with its
 * neighbours, as a slip does (`未位` is no word; `四个一百` is 一百, a
 * different formulation, not a slip of `四个一批`).
 */
function breaksWords(text: string, index: number): boolean {
  if (!hasWordDictionary) return true;
  const word = wordAt(wordsAround(text, index, index + 1), index);
  return word.end - word.start === 1;
}

function isReplacementSlip(text: string, start: number, phrase: string, { known, inWords }: CompiledPhrases): boolean {
  const at = replacedAt(text, start, phrase);
  if (at < 0) return false;
  // A one-character word swapped at either end is another object or subject (`全面从严治军`); inside, or within a word, a slip.
  if ((at === 0 || at === phrase.length - 1) && !inWords.get(phrase)!.has(at)) return false;
  const written = text[start + at];
  // `形式主义和官僚主义` joins with a word where the formulation has a mark: a variant, not a slip.
  if (!isHan(written.charCodeAt(0)) || !isHan(phrase.charCodeAt(at))) return false;
  // `三个代表` beside `四个…`: another count is another formulation.
  if (CHINESE_DIGITS.includes(written) && CHINESE_DIGITS.includes(phrase[at])) return false;
  // `立查立改`, `即察即改` beside `立行立改`, `即知即改`: the frame makes formulations of its own with the verbs of the work.
  if (at === 1 && phrase.length === 4 && phrase[0] === phrase[2] && FRAME_VERBS.includes(written)) return false;
  // `全面从严管党治党`, `全面从严管党治警` beside `全面从严治党`: formulations of their own, longer.
  if (LONGER_FORMS.some((form) => text.startsWith(form, start))) return false;
  return !known.has(text.slice(start, start + phrase.length)) && breaksWords(text, start + at);
}

/** Words that join others: inserted between two words of a formulation (`中华民族的伟大复兴`, `守正和创新`), grammar, not a slip. */
const JOINING_WORDS = codeTable('的之和与及');

function isInsertionSlip(text: string, start: number, phrase: string): boolean {
  const at = insertedAt(text, start, phrase);
  if (at <= 0) return false;
  const inserted = text.charCodeAt(start + at);
  if (!isHan(inserted)) return false;
  return JOINING_WORDS[inserted] !== 1 || !wordsOf(phrase).some((word) => word.start === at);
}

/** Pushes onto `slips` the slips of the formulations anchored on `text[at, at+2)`, within the line `text[from, to)`. */
function addAnchoredSlips(text: string, from: number, to: number, at: number, compiledPhrases: CompiledPhrases, slips: PhraseSlip[]): void {
  const found = compiledPhrases.anchors.get(text.charCodeAt(at), text.charCodeAt(at + 1));
  if (!found) return;
  for (const { phrase, atEnd } of found) {
    const m = phrase.length;
    // Ending here, the replaced form starts m-2 back, the one with an insertion m-1 back; starting here, both start here.
    const replacedStart = atEnd ? at + 2 - m : at;
    const insertedStart = atEnd ? replacedStart - 1 : replacedStart;
    if (replacedStart >= from && replacedStart + m <= to && isReplacementSlip(text, replacedStart, phrase, compiledPhrases)) {
      slips.push({ start: replacedStart, end: replacedStart + m, phrase });
    } else if (insertedStart >= from && insertedStart + m + 1 <= to && isInsertionSlip(text, insertedStart, phrase)) {
      slips.push({ start: insertedStart, end: insertedStart + m + 1, phrase });
    }
  }
}

/**
 * Every slip of a standard formulation in the line `text[from, to)`, in order,
 * none overlapping, with offsets in `text`. Lines are read in the whole
 * text rather than cut out of it: reading a flat string is cheaper.
 */
export function findPhraseSlips(text: string, entries: readonly PhraseEntry[], from: number, to: number): PhraseSlip[] {
  const compiledPhrases = compilePhrases(entries);
  const { anchorCharacters, misspellings } = compiledPhrases;
  const slips: PhraseSlip[] = [];
  // Every second character is read first: each two-character anchor holds one of them, and most are in no anchor,
  // which rules out both pairs they belong to. Pairs are still taken in text order.
  for (let i = from + 1; i < to; i += 2) {
    const kind = anchorCharacters[text.charCodeAt(i)];
    if (kind === 0) continue;
    if ((kind & ANCHOR_SECOND) !== 0 && (anchorCharacters[text.charCodeAt(i - 1)] & ANCHOR_FIRST) !== 0) {
      addAnchoredSlips(text, from, to, i - 1, compiledPhrases, slips);
    }
    if ((kind & ANCHOR_FIRST) !== 0 && i + 1 < to && (anchorCharacters[text.charCodeAt(i + 1)] & ANCHOR_SECOND) !== 0) {
      addAnchoredSlips(text, from, to, i, compiledPhrases, slips);
    }
  }
  if (misspellings.length > 0) {
    const line = text.slice(from, to);
    for (const [wrong, phrase] of misspellings) {
      for (let at = line.indexOf(wrong); at >= 0; at = line.indexOf(wrong, at + wrong.length)) {
        slips.push({ start: from + at, end: from + at + wrong.length, phrase });
      }
    }
  }
  if (slips.length < 2) return slips;
  // A slip found from both anchors, or listed too, is one slip.
  slips.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseSlip[] = [];
  for (const slip of slips) {
    if (kept.length === 0 || slip.start >= kept[kept.length - 1].end) kept.push(slip);
  }
  return kept;
}
