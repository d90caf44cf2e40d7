/** Applying LSP-shaped text edits to a string, as an editor would. */
import type { Position, TextEdit } from './model';
import { splitLines } from './parser';

/**
 * Applies non-overlapping edits, given against `text`, all at once. Edits that
 * start at the same place land in the order given, as LSP prescribes.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const { lineOffsets } = splitLines(text);
  const offset = (position: Position) => lineOffsets[position.line] + position.character;
  // From the end backwards, so that each edit's offsets still hold when it is applied.
  const backwards = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => offset(b.edit.range.start) - offset(a.edit.range.start) || b.index - a.index);
  let result = text;
  for (const { edit } of backwards) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}
