/** Character classes the content rules share, tested on UTF-16 code units (no regex per character). */
import type { NoticeDocument } from './model';

/**
 * A table of the given characters by UTF-16 code unit, for scans that test
 * every character of a line: a typed-array read is cheaper than a Set or a
 * regex per character.
 */
export function codeTable(characters: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < characters.length; i++) table[characters.charCodeAt(i)] = 1;
  return table;
}

/** JavaScript's whitespace as `\s` and `trim` read it: spaces and line breaks of every width, U+3000, the BOM. */
const SPACES = codeTable('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');

/** Whether a UTF-16 code unit is whitespace to `\s` and `trim`, tested without a regex or a one-character string. */
export function isSpaceCode(code: number): boolean {
  return SPACES[code] === 1;
}

/** Where `text` would end once `trimEnd` took its trailing whitespace. */
export function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The first of two places found by `indexOf`-like searches; -1 when neither found one. */
export function firstFound(a: number, b: number): number {
  return a < 0 ? b : b < 0 || a < b ? a : b;
}

/** CJK ideographs (the BMP blocks and 〇): the characters Chinese words are written in. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007
  );
}

export function isHanAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isHan(text.charCodeAt(index));
}

/** Characters that write numbers in Chinese; their repetition (`二〇二二`, `一一`) is never a typing slip to report. */
export const CHINESE_DIGITS = '〇零一二三四五六七八九十百千万两';

/** Per document: nine rules and helpers ask for its prose lines in every analysis. */
const proseLinesOf = new WeakMap<NoticeDocument, readonly number[]>();

/** The lines the content rules read: the title and every paragraph (not web-page debris, not suppression comments). */
export function proseLines(doc: NoticeDocument): readonly number[] {
  let lines = proseLinesOf.get(doc);
  if (!lines) {
    const paragraphs = doc.paragraphs.map((p) => p.line);
    lines = doc.title ? [...doc.title.lines, ...paragraphs].sort((a, b) => a - b) : paragraphs;
    proseLinesOf.set(doc, lines);
  }
  return lines;
}

/**
 * Walks the matches of a global regex through a whole text, for rules that
 * visit the prose lines in order: a line is ruled out by comparing offsets
 * with the next match, so a stretch without matches is searched once, not
 * once per line. `test` moves `lastIndex` past each match without building
 * one; `at` is the offset of the last character of the current match (of the
 * match itself for one-character patterns), `text.length` past the last.
 */
export class MatchScanner {
  at = -1;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  /** Moves to the first match ending at or after `from`, unless the current one does. */
  seek(from: number): number {
    if (this.at < from) {
      this.pattern.lastIndex = from;
      this.at = this.pattern.test(this.text) ? this.pattern.lastIndex - 1 : this.text.length;
    }
    return this.at;
  }

  /** Moves to the match after the current one. */
  next(): number {
    return this.seek(this.at + 1);
  }
}

/**
 * `MatchScanner` for a few single characters, each looked for with
 * `indexOf`, which passes over a text several times faster than a regex
 * engine: for characters that most texts hold few of, a handful of such
 * passes beat one regex scan.
 */
export class CharScanner {
  at = -1;
  /** Per character: where it next occurs at or after the last search (`text.length` for nowhere), or -1 before any. */
  private readonly nextOf: Int32Array;

  constructor(
    private readonly characters: readonly string[],
    private readonly text: string,
  ) {
    this.nextOf = new Int32Array(characters.length).fill(-1);
  }

  /** Moves to the first of the characters at or after `from`, unless the current one is. */
  seek(from: number): number {
    if (this.at >= from) return this.at;
    let first = this.text.length;
    for (let k = 0; k < this.characters.length; k++) {
      if (this.nextOf[k] < from) {
        const found = this.text.indexOf(this.characters[k], from);
        this.nextOf[k] = found < 0 ? this.text.length : found;
      }
      if (this.nextOf[k] < first) first = this.nextOf[k];
    }
    return (this.at = first);
  }

  /** Moves to the character after the current one. */
  next(): number {
    return this.seek(this.at + 1);
  }
}
