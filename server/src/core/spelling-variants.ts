/**
 * One thing written two ways in one document, where one way is the slip:
 * four characters that differ from another four in the same document only in
 * the second character, where that character occurs nowhere else, looks like
 * the other (same radical) and makes no word (`团练作家` beside `团结作家`); and a person named by surname alone (`钱同志`) where the full
 * name (`钱小芊同志`) stands elsewhere.
 */
import radicalOf from 'cnchar-radical';
import { tripleKey } from './char-keys';
import type { NoticeDocument } from './model';
import { proseOccurrences } from './occurrences';
import { isHan, isHanAt, proseLines } from './text';
import { GENRE_TERMS } from './vocabulary';
import { hasWordDictionary, wordsAround } from './words';

export interface SpellingVariant {
  /** Two four-character spellings, or a surname standing for a full name. */
  kind: 'twin' | 'name';
  line: number;
  start: number;
  end: number;
  written: string;
  /** What the document writes elsewhere, and where (0-based line). */
  right: string;
  rightLine: number;
}

/** Function characters: swapping one for another (`组对中国` / `组向中国`) is grammar, not a slip. */
const FUNCTION_CHARACTERS = new Set('的是和与及在对把将等也都又向为以于从被了着过并而或其之所就才还很更最不没已'.split(''));

/** Radicals looked up so far: the library scans its whole table for each character. */
const radicals = new Map<string, string>();

function radical(ch: string): string {
  let found = radicals.get(ch);
  if (found === undefined) {
    found = radicalOf(ch)[0]?.radical ?? '';
    radicals.set(ch, found);
  }
  return found;
}

/** Characters of one radical look alike (练/结, 末/未): the slips of hand and eye. */
function lookAlike(a: string, b: string): boolean {
  const shared = radical(a);
  return shared !== '' && shared === radical(b);
}

interface Place {
  line: number;
  start: number;
}

function placeOf(doc: NoticeDocument, offset: number, lines: readonly number[]): Place {
  // Lines are few; a binary search keeps this linear overall.
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineOffsets[lines[mid]] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lines[lo], start: offset - doc.lineOffsets[lines[lo]] };
}

/** Whether `text[at]` and `text[at+1]` each stand alone as words in their context: the mark of a slip. */
function standsApart(text: string, at: number): boolean {
  const words = wordsAround(text, at, at + 2);
  return [at, at + 1].every((i) => words.some((word) => word.start === i && word.end === i + 1));
}

/** Whether `text[at, at+2)` lies within one word, by the dictionary or the genre's own terms. */
function isWord(text: string, at: number): boolean {
  const pair = text.slice(at, at + 2);
  return GENRE_TERMS.some((term) => term.includes(pair)) || wordsAround(text, at, at + 2).some((word) => word.start <= at && word.end >= at + 2);
}

/**
 * Per UTF-16 code unit, whether a possible slip has it first, third or
 * fourth (bits 1, 2, 4); reset after each use. Most runs fail one bit, and
 * only the rest are looked up.
 */
const slipCharacters = new Uint8Array(0x10000);

/** How often `phrase` occurs in the document's prose. */
function countInProse(doc: NoticeDocument, lines: readonly number[], phrase: string): number {
  let count = 0;
  for (const line of lines) {
    for (let at = doc.lines[line].indexOf(phrase); at >= 0; at = doc.lines[line].indexOf(phrase, at + phrase.length)) count++;
  }
  return count;
}

/** Whether `text[at, at+4)` are Han characters: as Han characters never cross a line break, four in a row lie within one line. */
function isHanRun4(text: string, at: number): boolean {
  return isHan(text.charCodeAt(at)) && isHan(text.charCodeAt(at + 1)) && isHan(text.charCodeAt(at + 2)) && isHan(text.charCodeAt(at + 3));
}

/** Whether the run at `at` has the slip's first, third and fourth characters (false for a negative `at`). */
function sharesKey(text: string, at: number, slip: number): boolean {
  return (
    text.charCodeAt(at) === text.charCodeAt(slip) &&
    text.charCodeAt(at + 2) === text.charCodeAt(slip + 2) &&
    text.charCodeAt(at + 3) === text.charCodeAt(slip + 3)
  );
}

function countOfCharacterAt(counts: Int32Array, text: string, at: number): number {
  return counts[2 * text.charCodeAt(at)];
}

/** Which of a slip's first, third and fourth characters is the rarest (0, 2 or 3): the one whose occurrences to follow. */
function rarestAt(counts: Int32Array, text: string, slip: number): number {
  const rarest = countOfCharacterAt(counts, text, slip + 2) < countOfCharacterAt(counts, text, slip) ? 2 : 0;
  return countOfCharacterAt(counts, text, slip + 3) < countOfCharacterAt(counts, text, slip + rarest) ? 3 : rarest;
}

/** Whether the run at `at` could be a slip: four Han characters, the second a content character that occurs nowhere else. */
function isPossibleSlip(counts: Int32Array, text: string, at: number): boolean {
  return at >= 0 && countOfCharacterAt(counts, text, at + 1) === 1 && isHanRun4(text, at) && !FUNCTION_CHARACTERS.has(text[at + 1]);
}

/**
 * The runs that share a slip's key, found by following the occurrences of
 * its rarest character back from the last: a few steps per slip where
 * ordinary text has them.
 */
function pairsByOccurrences(
  counts: Int32Array,
  previous: Int32Array,
  text: string,
  slipStarts: readonly number[],
): Array<[slip: number, right: number]> {
  const pairs: Array<[slip: number, right: number]> = [];
  for (const slip of slipStarts) {
    const k = rarestAt(counts, text, slip);
    const before = pairs.length;
    for (let at = counts[2 * text.charCodeAt(slip + k) + 1] - 1; at >= 0; at = previous[at]) {
      const right = at - k;
      if (right === slip || !sharesKey(text, right, slip) || !isHanRun4(text, right)) continue;
      // Of two possible slips with one key, the later is the slip, as a scan of the text would take it.
      if (right > slip && isPossibleSlip(counts, text, right)) {
        pairs.length = before;
        break;
      }
      pairs.push([slip, right]);
    }
  }
  // In text order, as a scan of the text finds them.
  return pairs.sort((a, b) => a[1] - b[1]);
}

/** The runs that share a slip's key, found by a scan of every line: for texts where following occurrences would take longer. */
function pairsByScan(doc: NoticeDocument, lines: readonly number[], slipStarts: number[]): Array<[slip: number, right: number]> {
  const text = doc.text;
  // Indexed by their first, third and fourth characters; in text order, so that of two with one key the later is kept.
  slipStarts.sort((a, b) => a - b);
  const slipsByKey = new Map<number, number>();
  for (const at of slipStarts) slipsByKey.set(tripleKey(text.charCodeAt(at), text.charCodeAt(at + 2), text.charCodeAt(at + 3)), at);
  for (const slip of slipsByKey.values()) {
    slipCharacters[text.charCodeAt(slip)] |= 1;
    slipCharacters[text.charCodeAt(slip + 2)] |= 2;
    slipCharacters[text.charCodeAt(slip + 3)] |= 4;
  }
  const pairs: Array<[slip: number, right: number]> = [];
  for (const line of lines) {
    const end = doc.lineOffsets[line] + doc.lines[line].length;
    for (let at = doc.lineOffsets[line]; at + 3 < end; at++) {
      if ((slipCharacters[text.charCodeAt(at)] & 1) === 0 || (slipCharacters[text.charCodeAt(at + 2)] & 2) === 0) continue;
      if ((slipCharacters[text.charCodeAt(at + 3)] & 4) === 0) continue;
      const slip = slipsByKey.get(tripleKey(text.charCodeAt(at), text.charCodeAt(at + 2), text.charCodeAt(at + 3)));
      if (slip !== undefined && slip !== at && isHanRun4(text, at)) pairs.push([slip, at]);
    }
  }
  for (const slip of slipsByKey.values()) {
    slipCharacters[text.charCodeAt(slip)] = 0;
    slipCharacters[text.charCodeAt(slip + 2)] = 0;
    slipCharacters[text.charCodeAt(slip + 3)] = 0;
  }
  return pairs;
}

function twinSlips(doc: NoticeDocument, lines: readonly number[]): SpellingVariant[] {
  if (!hasWordDictionary) return [];
  const text = doc.text;
  const { counts, previous, codes, characters } = proseOccurrences(doc);
  // A slip's second character occurs nowhere else: it is found from its count.
  const slipStarts: number[] = [];
  for (const code of codes) {
    const at = counts[2 * code + 1] - 2;
    if (isPossibleSlip(counts, text, at)) slipStarts.push(at);
  }
  // Following occurrences costs the rarest character's count per slip; past one step per character, a scan is cheaper.
  let steps = 0;
  for (const slip of slipStarts) steps += countOfCharacterAt(counts, text, slip + rarestAt(counts, text, slip));
  const pairs =
    steps <= characters ? pairsByOccurrences(counts, previous, text, slipStarts) : pairsByScan(doc, lines, slipStarts);
  const variants: SpellingVariant[] = [];
  const reported = new Set<number>();
  const pairCounts = new Map<string, number>();
  const countOf = (pair: string) => {
    if (!pairCounts.has(pair)) pairCounts.set(pair, countInProse(doc, lines, pair));
    return pairCounts.get(pair)!;
  };
  for (const [slip, right] of pairs) {
    if (reported.has(slip) || FUNCTION_CHARACTERS.has(text[right + 1]) || !lookAlike(text[slip + 1], text[right + 1])) continue;
    // The right form's first two characters recur; it makes a word where the slip makes none.
    if (countOf(text.slice(right, right + 2)) < 2 || !standsApart(text, slip) || !isWord(text, right)) continue;
    reported.add(slip);
    const place = placeOf(doc, slip, lines);
    variants.push({
      kind: 'twin',
      line: place.line,
      start: place.start,
      end: place.start + 4,
      written: text.slice(slip, slip + 4),
      right: text.slice(right, right + 4),
      rightLine: placeOf(doc, right, lines).line,
    });
  }
  return variants;
}

/** Titles a name follows (`党组书记钱小芊同志`). */
const TITLE_BEFORE_NAME = /(?:书记|主席|组长|部长|局长|厅长|处长|科长|主任|院长|校长|社长|总编辑|会长|秘书长|委员|成员|代表)$/;
const LONGEST_TITLE = 3;
const COMRADE = '同志';

interface Naming {
  line: number;
  start: number;
  name: string;
}

/** Names written before `同志` after a title or at the start of a clause. */
function namings(doc: NoticeDocument, lines: readonly number[]): Naming[] {
  const found: Naming[] = [];
  if (lines.length === 0) return found;
  // One search of the whole text: most lines name no comrade.
  for (let hit = doc.text.indexOf(COMRADE); hit >= 0; hit = doc.text.indexOf(COMRADE, hit + COMRADE.length)) {
    const { line, start: index } = placeOf(doc, hit, lines);
    const text = doc.lines[line];
    // Before the first prose line, or past the end of the one before it: not in prose.
    if (index < 0 || index + COMRADE.length > text.length) continue;
    let start = index;
    while (start > 0 && index - start < 3 && isHanAt(text, start - 1)) start--;
    // Try the longest name first: the one whose preceding text is a title or a break.
    for (let s = start; s < index; s++) {
      const before = text.slice(Math.max(0, s - LONGEST_TITLE), s);
      if (TITLE_BEFORE_NAME.test(before) || s === 0 || !isHanAt(text, s - 1)) {
        found.push({ line, start: s, name: text.slice(s, index) });
        break;
      }
    }
  }
  return found;
}

function surnameOnly(doc: NoticeDocument, lines: readonly number[]): SpellingVariant[] {
  const all = namings(doc, lines);
  const fullNames = new Map<string, Naming[]>();
  for (const naming of all) {
    if (naming.name.length < 2) continue;
    const surname = naming.name[0];
    fullNames.set(surname, [...(fullNames.get(surname) ?? []), naming]);
  }
  const variants: SpellingVariant[] = [];
  for (const naming of all) {
    if (naming.name.length !== 1) continue;
    const full = fullNames.get(naming.name);
    // Two different people share the surname: no way to tell which is meant.
    if (!full || new Set(full.map((f) => f.name)).size !== 1) continue;
    variants.push({
      kind: 'name',
      line: naming.line,
      start: naming.start,
      end: naming.start + 3,
      written: `${naming.name}同志`,
      right: `${full[0].name}同志`,
      rightLine: full[0].line,
    });
  }
  return variants;
}

export function findSpellingVariants(doc: NoticeDocument): SpellingVariant[] {
  const lines = proseLines(doc);
  return twinSlips(doc, lines).concat(surnameOnly(doc, lines));
}
