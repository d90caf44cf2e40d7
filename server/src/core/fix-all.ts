/**
 * Fix-all: the repairs safe to apply without asking, over the whole document
 * at once (the editor's `source.fixAll.notice`, the checker's `--fix`).
 * Today that is the numbering; another rule's repair may join SAFE_REPAIRS
 * when its edits never overlap the others' and applying it twice changes
 * nothing more.
 */
import type { AnalysisOptions } from './analyze';
import type { NoticeDocument, TextEdit } from './model';
import { planNumbering } from './numbering';
import { parse } from './parser';
import { renumberDocument } from './renumber';
import { applyEdits } from './text-edits';

interface SafeRepair {
  /** The edits for the whole document; `enabled` says which rules the user has left on. */
  edits(doc: NoticeDocument, enabled: (rule: string) => boolean, options: AnalysisOptions): TextEdit[];
}

const SAFE_REPAIRS: readonly SafeRepair[] = [
  {
    // Renumbering follows numbering/sequence; unifying marker styles, numbering/style.
    edits: (doc, enabled, options) =>
      renumberDocument(doc, planNumbering(doc, options.numberingStyles), {
        numbers: enabled('numbering/sequence'),
        styles: enabled('numbering/style'),
      }),
  },
];

export function fixAllEdits(doc: NoticeDocument, options: AnalysisOptions = {}): TextEdit[] {
  const enabled = (rule: string) => options.rules?.[rule] !== 'off';
  return SAFE_REPAIRS.flatMap((repair) => repair.edits(doc, enabled, options));
}

/** The text with every safe repair applied. */
export function fixAll(text: string, options: AnalysisOptions = {}): string {
  return applyEdits(text, fixAllEdits(parse(text), options));
}
