/**
 * Quick fixes: the repairs the rules attached to their findings, offered for
 * the findings that touch the range the editor asks about.
 */
import type { Analysis } from '../analyze';
import type { Finding, Range, TextEdit } from '../model';

export const QUICK_FIX = 'quickfix';

export interface CodeActionData {
  title: string;
  kind: string;
  /** The finding the action repairs, so the editor can link it to its diagnostic. */
  finding: Finding;
  edits: TextEdit[];
  isPreferred: boolean;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Touching counts: a cursor at either end of a finding's range is on it. */
export function rangesTouch(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function quickFixes(analysis: Analysis, range: Range): CodeActionData[] {
  return analysis.findings
    .filter((finding) => finding.fixes?.length && rangesTouch(finding.range, range))
    .flatMap((finding) =>
      finding.fixes!.map((fix, index) => ({
        title: fix.title,
        kind: QUICK_FIX,
        finding,
        edits: fix.edits,
        isPreferred: index === 0,
      })),
    );
}
