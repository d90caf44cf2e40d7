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
  const ordered = edits
    .map((edit, index) => ({ edit, index, start: offset(edit.range.start), end: offset(edit.range.end) }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  // One pass, joined once: thousands of edits to a long text stay linear.
  const pieces: string[] = [];
  let at = 0;
  for (const { edit, start, end } of ordered) {
    pieces.push(text.slice(at, start), edit.newText);
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
