/**
 * Word boundaries from the ICU dictionary that Node ships (`Intl.Segmenter`,
 * granularity `word`). Segmenting a whole notice costs tens of milliseconds,
 * so rules ask only about short windows around the few places they doubt,
 * and recent answers are remembered across analyses of the same text.
 */

export interface Word {
  /** Offsets in the text the window was cut from. */
  start: number;
  end: number;
}

import { isHanAt } from './text';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Whether this runtime's ICU has the Chinese word dictionary. A runtime built
 * with small ICU cuts every character apart; rules that lean on word
 * boundaries then stay silent rather than guess.
 */
export const hasWordDictionary = [...segmenter.segment('层层传导')].length === 2;

/** How many windows to remember: a few notices' worth of doubtful places. */
const CACHE_SIZE = 2048;
const cache = new Map<string, Array<[number, number]>>();

function segmentWindow(window: string): Array<[number, number]> {
  let words = cache.get(window);
  if (!words) {
    words = [];
    for (const { index, segment } of segmenter.segment(window)) words.push([index, index + segment.length]);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(window, words);
  }
  return words;
}

/** Han characters of context either side of the place in doubt: enough for the words that touch it. */
const CONTEXT = 4;

/**
 * The words around `text[from, to)`, with offsets in `text`, judged within
 * a window widened by a few Han characters either side (never across
 * punctuation). A word at the window's edge may come out shorter than in
 * running text; the words touching the place in doubt come out whole.
 */
export function wordsAround(text: string, from: number, to: number): Word[] {
  let start = from;
  while (start > 0 && from - start < CONTEXT && isHanAt(text, start - 1)) start--;
  let end = to;
  while (end < text.length && end - to < CONTEXT && isHanAt(text, end)) end++;
  return segmentWindow(text.slice(start, end)).map(([a, b]) => ({ start: start + a, end: start + b }));
}

/** The word holding offset `index`, among `words`. */
export function wordAt(words: readonly Word[], index: number): Word {
  return words.find((word) => word.start <= index && index < word.end) ?? { start: index, end: index + 1 };
}

/** The words of a whole short text, such as a formulation. */
export function wordsOf(text: string): Word[] {
  return segmentWindow(text).map(([start, end]) => ({ start, end }));
}
