/**
 * Folding for the editor: each heading folds the text it governs. Plain
 * objects shaped like LSP's `FoldingRange`, so the core stays free of the
 * LSP packages.
 */
import type { NoticeDocument } from '../model';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind: 'region';
}

export function foldingRanges(document: NoticeDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const heading of document.headings) {
    const endLine = heading.governedRange.end.line;
    // A heading with its body on its own line has nothing to fold.
    if (endLine > heading.line) ranges.push({ startLine: heading.line, endLine, kind: 'region' });
  }
  return ranges;
}
