/**
 * Fix-all: the repairs safe to apply without asking, over the whole document
 * at once (the editor's `source.fixAll.notice`, the checker's `--fix`).
 * Today that is the numbering; another rule's repair may join SAFE_REPAIRS
 * when its edits never overlap the others' and applying it twice changes
 * nothing more.
 */
import type { Analysis, AnalysisOptions } from './analyze';
import type { TextEdit } from './model';
import { planNumbering } from './numbering';
import { parse } from './parser';
import { renumberDocument } from './renumber';
import { applyEdits } from './text-edits';

/** The parts of an analysis the repairs work from. */
type Planned = Pick<Analysis, 'document' | 'numbering'>;

interface SafeRepair {
  /** The edits for the whole document; `enabled` says which rules the user has left on. */
  edits(analysis: Planned, enabled: (rule: string) => boolean): TextEdit[];
}

const SAFE_REPAIRS: readonly SafeRepair[] = [
  {
    // Renumbering follows numbering/sequence; unifying marker styles, numbering/style.
    edits: ({ document, numbering }, enabled) =>
      renumberDocument(document, numbering, {
        numbers: enabled('numbering/sequence'),
        styles: enabled('numbering/style'),
      }),
  },
];

/** `analysis` must have been made under `options`: its numbering plan follows the accepted styles. */
export function fixAllEdits(analysis: Planned, options: AnalysisOptions = {}): TextEdit[] {
  const enabled = (rule: string) => options.rules?.[rule] !== 'off';
  return SAFE_REPAIRS.flatMap((repair) => repair.edits(analysis, enabled));
}

/** The text with every safe repair applied. */
export function fixAll(text: string, options: AnalysisOptions = {}): string {
  // Only the numbering plan is needed, not the rules' findings.
  const document = parse(text);
  return applyEdits(text, fixAllEdits({ document, numbering: planNumbering(document, options.numberingStyles) }, options));
}
