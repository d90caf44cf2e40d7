/**
 * Hover on a stated count: what the document actually holds (the aspects and
 * problems under the rectification part) or how the parts add up, and
 * whether the figure agrees.
 */
import { checkCounts, checkMentions, mentionRange } from '../counts';
import type { Locale } from '../i18n';
import type { NoticeDocument, Position, Range } from '../model';
import { countHover } from '../rules/count-mismatch';

export interface HoverData {
  /** Markdown. */
  contents: string;
  range: Range;
}

function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  return position.line === start.line && position.character >= start.character && position.character <= end.character;
}

export function hoverAt(document: NoticeDocument, position: Position, locale: Locale): HoverData | undefined {
  for (const check of checkCounts(document)) {
    for (const mention of checkMentions(check)) {
      const range = mentionRange(mention);
      if (contains(range, position)) return { contents: countHover(check, locale), range };
    }
  }
  return undefined;
}
